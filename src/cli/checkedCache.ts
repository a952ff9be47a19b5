import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { CheckedMemo, ContentDocument } from '../content/parseDocument';
import type { ParseResult } from '../../machines/content/parse';

/** Past this many documents the oldest unused ones go: a folder of test copies must not grow it forever. */
const KEEP = 100;

/**
 * The documents earlier commands found valid, by a hash of their name and exact text, kept beside
 * the CLI's bundle: a new bundle (any change to the schema or the loader) starts with none, and a
 * file edited by one byte is a new document, read and checked afresh. Only valid documents are
 * kept, so every problem is always found by the real check, with its message. A command reads the
 * library's 34 files this way in a few milliseconds instead of parsing and checking each.
 */
export function checkedCache(file: string): CheckedMemo & { save(): void } {
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // No cache yet, or a torn one: every document is checked afresh.
  }
  const used: Record<string, unknown> = {};
  let changed = false;
  const keyOf = (doc: ContentDocument) =>
    createHash('sha256').update(doc.name).update('\0').update(doc.text).digest('base64url');
  return {
    get(doc) {
      const key = keyOf(doc);
      if (!Object.hasOwn(stored, key)) return undefined;
      used[key] = stored[key];
      return stored[key] as ParseResult;
    },
    set(doc, result) {
      if (!result.ok) return;
      // Kept only when JSON gives back exactly what the check returned (no undefined, no special values).
      const again = JSON.parse(JSON.stringify(result)) as unknown;
      if (!isDeepStrictEqual(again, result)) return;
      used[keyOf(doc)] = again;
      changed = true;
    },
    save() {
      if (!changed) return;
      const kept = { ...used };
      for (const key of Object.keys(stored)) {
        if (Object.keys(kept).length >= KEEP) break;
        if (!Object.hasOwn(kept, key)) kept[key] = stored[key];
      }
      try {
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify(kept));
        renameSync(temp, file);
      } catch {
        // A cache that cannot be written only costs the next command its speed.
      }
    },
  };
}
