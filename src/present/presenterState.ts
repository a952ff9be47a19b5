// zod/mini, as for saves: the presenter opens without loading the full schema library.
import * as z from 'zod/mini';
import { START, type PresenterState } from './deck';
import { reportNotice } from '../session/store';

const count = z.number().check(z.int(), z.nonnegative());
const stateSchema = z.looseObject({
  index: count,
  revealed: z.array(z.string()),
  blank: z.boolean(),
  tally: z.record(z.string(), z.record(z.string(), count)),
});

/**
 * The facilitator's state as kept in localStorage, checked like a save: anything that is not a
 * presenter state (`{"revealed":5}`, `{"index":"x"}`, `{"tally":null}`, cut-short JSON) is set
 * aside under `debrief.set-aside.present.<id>` with a notice, and the deck starts from the top.
 */
export function readPresenterState(key: string, storage: Storage = localStorage): PresenterState {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return START;
  }
  if (raw === null) return START;
  let reason: string;
  try {
    const data: unknown = JSON.parse(raw);
    const parsed =
      typeof data === 'object' && data !== null && !Array.isArray(data)
        ? stateSchema.safeParse({ ...START, ...data })
        : null;
    if (parsed?.success) return parsed.data as PresenterState;
    reason = parsed
      ? `its ${parsed.error.issues[0]?.path.join('.') || 'content'} is not what a presenter state holds`
      : 'it is not a presenter state';
  } catch {
    reason = 'it is not readable data';
  }
  try {
    storage.setItem(key.replace(/^debrief\./, 'debrief.set-aside.'), raw);
    storage.removeItem(key);
  } catch {
    // Left in place: it is ignored on every load until it can be moved, never read as state.
  }
  reportNotice(
    key,
    `The presenter's saved place could not be read because ${reason}. It has been set aside, and the session starts from the first slide.`,
  );
  return START;
}
