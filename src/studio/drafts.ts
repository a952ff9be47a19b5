import { openStore, store } from '../session/store';

/** A scenario or pack being written in the studio, kept in this browser as it is typed. */
export interface Draft {
  id: string;
  /** The file name it downloads as and its problems are reported under. */
  name: string;
  text: string;
  updatedAt: number;
}

const PREFIX = 'debrief.draft.';

const isDraft = (x: unknown): x is Draft => {
  const d = x as Partial<Draft> | null;
  return typeof d?.id === 'string' && typeof d.name === 'string' && typeof d.text === 'string';
};

/** Every draft in this browser, the latest edited first. */
export async function listDrafts(storage: Storage = store): Promise<Draft[]> {
  if (storage === store) await openStore();
  const out: Draft[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const value = JSON.parse(storage.getItem(key) ?? 'null') as unknown;
      if (isDraft(value)) out.push(value);
    } catch {
      // A damaged entry is not a draft; it stays in storage untouched.
    }
  }
  return out.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** One draft by id, or null. */
export async function readDraft(id: string, storage: Storage = store): Promise<Draft | null> {
  if (storage === store) await openStore();
  try {
    const value = JSON.parse(storage.getItem(PREFIX + id) ?? 'null') as unknown;
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keep a draft; a write the browser refuses is said aloud by the store (never swallowed). */
export function writeDraft(draft: Draft, storage: Storage = store) {
  storage.setItem(PREFIX + draft.id, JSON.stringify(draft));
}

export function deleteDraft(id: string, storage: Storage = store) {
  storage.removeItem(PREFIX + id);
}

/** A new draft's id: short, and unlikely to meet another in one browser. */
export const newDraftId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
