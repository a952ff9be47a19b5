import type { ServerMessage } from './protocol';

const KINDS = new Set(['created', 'welcome', 'state', 'you', 'ack', 'error', 'export', 'peek', 'rekeyed']);

/**
 * The phone's check of a server message: its shape, not every field. The server checks every
 * message it sends against the zod schema (src/room/protocol.ts) before it goes out; the phone
 * skips zod because it would take a fifth of its 90 KB budget.
 */
export function lightCheck(json: unknown): ServerMessage | null {
  if (typeof json !== 'object' || json === null || !KINDS.has((json as { t?: unknown }).t as string)) return null;
  const m = json as ServerMessage;
  if (m.t === 'state' && (typeof m.room !== 'object' || m.room === null || typeof m.room.status !== 'string'))
    return null;
  return m;
}
