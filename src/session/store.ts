import { createStore, del, entries, set, setMany, type UseStore } from 'idb-keyval';

/** Keys Debrief kept in localStorage before IndexedDB: moved once, then removed from localStorage. */
const LEGACY = /^debrief\.(save\.|set-aside\.|imported$)/;
/**
 * Each write also goes, synchronously, to localStorage under this prefix until IndexedDB has it: a
 * tab closed right after an answer would otherwise lose it, as IndexedDB writes finish later.
 */
const JOURNAL = 'debrief.journal.';
/**
 * And each removal, as a mark under this prefix until IndexedDB has dropped the key: a tab closed
 * right after "Remove" would otherwise find the save back in IndexedDB on the next visit.
 */
const REMOVAL = 'debrief.journal-removal.';
/** Where what cannot be read is kept, out of the way but never deleted. */
const SET_ASIDE = 'debrief.set-aside.';

/** A write that did not reach the browser's storage, said aloud on every screen. */
export interface StorageNotice {
  key: string;
  message: string;
}

const memory = new Map<string, string>();
const notices: StorageNotice[] = [];
const listeners = new Set<() => void>();
let backend: { write: (key: string, value: string) => Promise<void>; remove: (key: string) => Promise<void> } | null =
  null;
let opening: Promise<void> | null = null;
/** Without IndexedDB, localStorage itself is the store (and needs no journal). */
const LOCAL = {
  write: async (key: string, value: string) => localStorage.setItem(key, value),
  remove: async (key: string) => localStorage.removeItem(key),
};

const what = (key: string) =>
  key === 'debrief.imported'
    ? 'your imported files'
    : key.startsWith('debrief.save.')
      ? 'your progress in this session'
      : key.startsWith('debrief.draft.')
        ? 'your studio draft'
        : 'a set-aside save';
const reason = (err: unknown) => {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError'
    ? "the browser's storage for this site is full"
    : (err instanceof Error ? err.message : String(err)) || 'the browser refused';
};

/** Say that a write failed; everything stored before it is still there. */
export function reportStorageProblem(key: string, err: unknown) {
  reportNotice(
    key,
    `Debrief could not store ${what(key)} in this browser: ${reason(err)}. What was stored before is kept; this change lives only until the tab is closed.`,
  );
}

/**
 * Say that a removal did not reach IndexedDB: it is gone from this page, and, when its note is in
 * localStorage, removed again on the next visit (else it may come back then).
 */
function reportRemovalProblem(key: string, err: unknown) {
  let noted = false;
  try {
    noted = localStorage.getItem(REMOVAL + key) !== null;
  } catch {
    // Storage blocked: nothing noted.
  }
  reportNotice(
    key,
    `Debrief could not remove ${what(key)} from this browser's storage: ${reason(err)}. It is gone from this page${
      noted ? ', and Debrief removes it again on your next visit.' : '; on your next visit it may be back.'
    }`,
  );
}

/** Say something about stored data on whatever screen is showing (a state set aside, a failed write). */
export function reportNotice(key: string, message: string) {
  if (!notices.some((n) => n.message === message)) notices.push({ key, message });
  for (const l of listeners) l();
}

/** Every storage problem so far, newest last. */
export const storageNotices = (): readonly StorageNotice[] => notices;

/** Call `listener` whenever a storage problem is reported; returns the unsubscribe. */
export function onStorageNotice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const fromLocalStorage = (pattern: RegExp) => {
  const found: Array<[string, string]> = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key && pattern.test(key)) found.push([key, localStorage.getItem(key) ?? '']);
    }
  } catch {
    // Storage blocked entirely (a privacy setting): nothing to move.
  }
  return found;
};

/** Note in localStorage what is on its way to IndexedDB: the value written, or (null) the key removed. */
const journal = (key: string, value: string | null) => {
  try {
    if (value === null) {
      localStorage.removeItem(JOURNAL + key);
      localStorage.setItem(REMOVAL + key, '');
    } else {
      localStorage.removeItem(REMOVAL + key);
      localStorage.setItem(JOURNAL + key, value);
    }
  } catch {
    // A full localStorage only loses the safety copy; the write itself goes on to IndexedDB.
  }
};

/** IndexedDB has what was noted for this key: the note goes. */
const landed = (key: string) => {
  try {
    localStorage.removeItem(JOURNAL + key);
    localStorage.removeItem(REMOVAL + key);
  } catch {
    // Storage blocked after all: nothing was noted.
  }
};

/**
 * Open IndexedDB, read everything into memory (so screens read synchronously), and move what an
 * older Debrief left in localStorage, deleting it there only once IndexedDB holds it. Without
 * IndexedDB, localStorage stays the store.
 */
export function openStore(): Promise<void> {
  return (opening ??= (async () => {
    const legacy = fromLocalStorage(LEGACY);
    // Writes a closed tab left unfinished: newer than anything IndexedDB holds.
    const unfinished = fromLocalStorage(new RegExp(`^${JOURNAL.replace(/\./g, '\\.')}`)).map(
      ([k, v]) => [k.slice(JOURNAL.length), v] as [string, string],
    );
    for (const [key, value] of unfinished) if (!memory.has(key)) memory.set(key, value);
    // Removals a closed tab left unfinished: newer than what IndexedDB still holds under those keys.
    const unremoved = new Set(
      fromLocalStorage(new RegExp(`^${REMOVAL.replace(/\./g, '\\.')}`))
        .map(([k]) => k.slice(REMOVAL.length))
        .filter((key) => !memory.has(key)),
    );
    let db: UseStore | null = null;
    const unreadable: Array<[string, unknown]> = [];
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      db = createStore('debrief', 'kv');
      // A key written while this was loading is newer than what storage held.
      for (const [key, value] of await entries<string, unknown>(db)) {
        if (unremoved.has(String(key))) continue;
        if (typeof value !== 'string') unreadable.push([String(key), value]);
        else if (!memory.has(key)) memory.set(key, value);
      }
    } catch {
      db = null;
    }
    if (!db) {
      for (const [key, value] of legacy) if (!memory.has(key)) memory.set(key, value);
      backend = LOCAL;
      return;
    }
    const store = db;
    backend = { write: (key, value) => set(key, value, store), remove: (key) => del(key, store) };
    for (const [key, value] of unreadable) setAsideUnreadable(key, value);
    for (const [key] of unfinished) persist(key, () => backend!.write(key, memory.get(key) ?? ''), true);
    for (const key of unremoved) if (!memory.has(key)) persist(key, () => backend!.remove(key), true);
    const moving = legacy.filter(([key]) => !memory.has(key));
    if (!moving.length) return;
    try {
      await setMany(moving, store);
      for (const [key, value] of moving) if (!memory.has(key)) memory.set(key, value);
      for (const [key] of moving) localStorage.removeItem(key);
    } catch (err) {
      // Left where they were, and read from there this time; the move is tried again next load.
      for (const [key, value] of moving) if (!memory.has(key)) memory.set(key, value);
      reportStorageProblem(moving[0]![0], err);
    }
  })());
}

/**
 * A stored value Debrief never writes (every value it stores is text): kept as text under a
 * set-aside key, the original removed only once the copy is stored, and said aloud.
 */
function setAsideUnreadable(key: string, value: unknown) {
  const aside = key.startsWith(SET_ASIDE) ? key : SET_ASIDE + key.replace(/^debrief\.(save\.)?/, '');
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  memory.set(aside, text);
  persist(aside, async () => {
    await backend!.write(aside, text);
    if (aside !== key) await backend!.remove(key);
  });
  reportNotice(
    key,
    `Something stored in this browser for Debrief (${key}) was not in the form Debrief writes, so it could not be read. It has been set aside (kept in this browser); everything else works as before.`,
  );
}

/** Forget what is in memory (tests): the next openStore reads storage again. */
export function resetStoreForTests() {
  memory.clear();
  notices.length = 0;
  opening = null;
  backend = null;
}

/** Hand a write to storage once it is open; a failure is said aloud, never swallowed. */
function persist(key: string, write: () => Promise<void>, journaled = false) {
  const value = memory.get(key) ?? null;
  if (!journaled && backend !== LOCAL) journal(key, value);
  void openStore()
    .then(write)
    .then(() => {
      // A later write to the same key keeps its own safety copy until it lands.
      if ((memory.get(key) ?? null) === value) landed(key);
    })
    .catch((err: unknown) => (value === null ? reportRemovalProblem(key, err) : reportStorageProblem(key, err)));
}

/**
 * Debrief's stored data as a synchronous Storage: reads come from memory, each write goes on to
 * IndexedDB, and one that fails there is reported with reportStorageProblem.
 */
export const store: Storage = {
  get length() {
    return memory.size;
  },
  key: (i) => [...memory.keys()][i] ?? null,
  getItem: (key) => memory.get(key) ?? null,
  setItem(key, value) {
    memory.set(key, value);
    persist(key, () => backend!.write(key, value));
  },
  removeItem(key) {
    memory.delete(key);
    persist(key, () => backend!.remove(key));
  },
  clear() {
    for (const key of [...memory.keys()]) this.removeItem(key);
  },
};
