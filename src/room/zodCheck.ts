import { serverMessage, type ServerMessage } from './protocol';

/** The full zod check of a server message, for the facilitator's and projector's windows. */
export function zodCheck(json: unknown): ServerMessage | null {
  const parsed = serverMessage.safeParse(json);
  if (parsed.success) return parsed.data;
  console.error('room: a message from the server did not match the protocol', parsed.error.issues[0]);
  return null;
}
