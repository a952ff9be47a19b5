// zod/mini checks saves, loaded only when there is a save to read, never with an empty library screen.
import type * as Z from 'zod/mini';
import type { Scenario } from '../../machines/content/schema';
import type { Mode } from '../shared/router';
import { reportStorageProblem, store } from './store';

const PREFIX = 'debrief.save.';
const SET_ASIDE = 'debrief.set-aside.';
const SAVE_FORMAT = 1;

/**
 * A save is what the player did, never a machine snapshot: the scenario, a hash of its content,
 * and the steps taken. Resuming replays the steps, so an edited scenario still opens.
 */
const buildSaveSchema = (z: typeof Z) =>
  z.object({
    format: z.literal(SAVE_FORMAT),
    scenarioId: z.string().check(z.minLength(1)),
    title: z.string(),
    mode: z.enum(['candidate', 'committee', 'coach', 'present', 'notes']),
    contentHash: z.string(),
    steps: z.string(),
    // A time a Date can hold (the Continue list formats it): 1e300 would throw on every library load.
    updatedAt: z.number().check(z.minimum(0), z.maximum(8.64e15)),
    finished: z.boolean(),
    outcome: z.nullable(z.string()),
    /** Committee mode: the member whose seat the player took. */
    seat: z._default(z.nullable(z.string()), null),
  });
export type Save = Z.input<ReturnType<typeof buildSaveSchema>>;

let saveSchema: ReturnType<typeof buildSaveSchema> | null = null;
/** What this tab wrote, per storage: typed when written, so read back as it is while no check is loaded. */
const ownWrites = new WeakMap<Storage, Map<string, string>>();

const saveKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX));

/** Load the save checks (zod/mini, about 85 KB gzip in the browser) now. */
export async function loadSaveChecks(): Promise<void> {
  saveSchema ??= buildSaveSchema(await import('zod/mini'));
}

/**
 * Get ready to read saves from an opened store: the checks load only when it holds a save, so a
 * first visit (no saves) never fetches them. Every screen that reads saves awaits this first.
 */
export async function prepareSaveReads(storage: Storage = store): Promise<void> {
  if (saveKeys(storage).length) await loadSaveChecks();
}

/** A save that could not be read, in words a player understands. */
export interface SaveProblem {
  key: string;
  message: string;
}

const keyOf = (scenarioId: string, mode: Mode) => `${PREFIX}${mode}.${scenarioId}`;

/** FNV-1a over the scenario's content: enough to notice it changed since the save. */
export function contentHash(scenario: Scenario): string {
  const text = JSON.stringify(scenario);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Keep a save. A full or blocked storage does not stop the play: it is said aloud, and the last save kept. */
export function writeSave(save: Save, storage: Storage = store) {
  const key = keyOf(save.scenarioId, save.mode);
  const raw = JSON.stringify(save);
  try {
    storage.setItem(key, raw);
    if (!ownWrites.has(storage)) ownWrites.set(storage, new Map());
    ownWrites.get(storage)!.set(key, raw);
  } catch (err) {
    reportStorageProblem(key, err);
  }
}

export function readSave(scenarioId: string, mode: Mode, storage: Storage = store): Save | null {
  const { saves } = listSaves(storage);
  return saves.find((s) => s.scenarioId === scenarioId && s.mode === mode) ?? null;
}

export function deleteSave(scenarioId: string, mode: Mode, storage: Storage = store) {
  storage.removeItem(keyOf(scenarioId, mode));
}

/**
 * Every readable save, newest first. A save that is corrupt or from an unknown format is moved
 * aside (kept, in case it matters to someone) and reported, never allowed to break the page.
 */
export function listSaves(storage: Storage = store): { saves: Save[]; problems: SaveProblem[] } {
  const saves: Save[] = [];
  const problems: SaveProblem[] = [];
  const keys = saveKeys(storage);
  for (const key of keys) {
    const raw = storage.getItem(key) ?? '';
    // Outside the catch below, so a missing check is a loud programming error, never a save set aside.
    const schema = saveSchema ?? uncheckedRead(storage, key, raw);
    if (!schema) {
      saves.push(JSON.parse(raw) as Save);
      continue;
    }
    let reason: string | null = null;
    try {
      const parsed = schema.safeParse(JSON.parse(raw));
      if (parsed.success) saves.push(parsed.data);
      else {
        const format = (JSON.parse(raw) as { format?: unknown })?.format;
        reason =
          format !== SAVE_FORMAT
            ? `it is in format ${JSON.stringify(format ?? 'unknown')}, and this version of Debrief reads format ${SAVE_FORMAT}`
            : `its ${parsed.error.issues[0]?.path.join('.') || 'content'} is not what a save holds`;
      }
    } catch {
      reason = 'it is not readable data (the file may have been cut short or edited by hand)';
    }
    if (reason) {
      setAside(key, raw, storage);
      problems.push({
        key: key.slice(PREFIX.length),
        message: `A saved session could not be opened because ${reason}. It has been set aside; everything else works as before.`,
      });
    }
  }
  saves.sort((a, b) => b.updatedAt - a.updatedAt);
  return { saves, problems };
}

/** Without the checks, only what this tab wrote itself may be read (null); anything else is a caller's mistake. */
function uncheckedRead(storage: Storage, key: string, raw: string): null {
  if (ownWrites.get(storage)?.get(key) === raw) return null;
  throw new Error('a save read before its checks: await prepareSaveReads() after openStore() first');
}

/** Move a save out of the way, kept under another key; removed only once the copy is written. */
function setAside(key: string, raw: string, storage: Storage) {
  try {
    storage.setItem(SET_ASIDE + key.slice(PREFIX.length), raw);
    storage.removeItem(key);
  } catch (err) {
    reportStorageProblem(key, err);
  }
}

/**
 * Saves of scenarios this library no longer has (a deleted or renamed file, a removed import):
 * set aside and listed, never silently hidden. `known` holds every scenario id the library has.
 */
export function setAsideOrphans(
  saves: Save[],
  known: ReadonlySet<string>,
  storage: Storage = store,
): { saves: Save[]; problems: SaveProblem[] } {
  const kept: Save[] = [];
  const problems: SaveProblem[] = [];
  for (const save of saves) {
    if (known.has(save.scenarioId)) {
      kept.push(save);
      continue;
    }
    const key = keyOf(save.scenarioId, save.mode);
    setAside(key, JSON.stringify(save), storage);
    problems.push({
      key: key.slice(PREFIX.length),
      message: `A saved session of “${save.title}” (${save.mode} mode) is for a scenario this library no longer has (${save.scenarioId}). It has been set aside (kept in this browser); everything else works as before.`,
    });
  }
  return { saves: kept, problems };
}
