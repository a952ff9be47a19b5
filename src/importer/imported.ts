import { openStore, store } from '../session/store';

/** Files the player imported, kept in this browser only: the text as dropped, never uploaded. */
export interface ImportedFile {
  name: string;
  text: string;
  addedAt: number;
}

const KEY = 'debrief.imported';

/** The imported files, from IndexedDB (moved there from localStorage on first open). */
export async function readImported(storage: Storage = store): Promise<ImportedFile[]> {
  if (storage === store) await openStore();
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw)
      ? raw.filter((f): f is ImportedFile => typeof f?.name === 'string' && typeof f?.text === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Keep the imported files; a write the browser refuses is said aloud by the store, and the old list kept. */
export function writeImported(files: ImportedFile[], storage: Storage = store) {
  storage.setItem(KEY, JSON.stringify(files));
}
