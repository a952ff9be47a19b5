/** Files the player imported, kept in this browser only: the text as dropped, never uploaded. */
export interface ImportedFile {
  name: string;
  text: string;
  addedAt: number;
}

const KEY = 'debrief.imported';

export function readImported(storage: Storage = localStorage): ImportedFile[] {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((f): f is ImportedFile => typeof f?.name === 'string' && typeof f?.text === 'string') : [];
  } catch {
    return [];
  }
}

export function writeImported(files: ImportedFile[], storage: Storage = localStorage) {
  storage.setItem(KEY, JSON.stringify(files));
}
