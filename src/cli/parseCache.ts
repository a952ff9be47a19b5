import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { type ContentDocument, type ParseMemo, rememberParses } from '../content/parseDocument';
import type { ParseResult } from '../../machines/content/parse';

/** Bumped when what is kept changes shape; a store of another shape is read as empty. */
const FORMAT = 1;
/** The files kept, the most recently read last: enough for several libraries and an author's own folders. */
const MAX_FILES = 400;

interface Kept {
  text: string;
  /** The result as V8 serialised it when it was made, so a reader's later changes never reach the store. */
  result: Uint8Array;
}

/**
 * The CLI's reads of content files, kept between runs in one file beside the command's bundle.
 * Reading the library (YAML, then the schema and the checks) is most of what `list` and
 * `validate` do, and the same files are read at every command; a file whose text is exactly what
 * was read before, under the same name, gets the same result without the work. The store lives in
 * the bundle's own build folder, so a change to any source (the schema, a check, a message) or to
 * an installed package starts it afresh; a store that cannot be read is read as empty.
 */
function keepParses(file: string): ParseMemo & { save(): void } {
  const files = readStore(file);
  let changed = false;
  return {
    get(doc: ContentDocument): ParseResult | undefined {
      const kept = files.get(doc.name);
      if (!kept || kept.text !== doc.text) return undefined;
      try {
        return deserialize(kept.result) as ParseResult;
      } catch {
        return undefined;
      }
    },
    set(doc: ContentDocument, result: ParseResult) {
      files.delete(doc.name);
      files.set(doc.name, { text: doc.text, result: serialize(result) });
      changed = true;
    },
    save() {
      if (!changed) return;
      const recent = [...files].slice(-MAX_FILES);
      const temp = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, serialize({ format: FORMAT, files: new Map(recent) }));
        renameSync(temp, file);
      } catch {
        // Like the code cache beside it: a store that cannot be written (a read-only install) only
        // costs the next run its speed; the command's own output is already complete and correct.
      }
    },
  };
}

function readStore(file: string): Map<string, Kept> {
  try {
    const stored = deserialize(readFileSync(file)) as { format?: unknown; files?: unknown };
    if (stored?.format === FORMAT && stored.files instanceof Map) return stored.files as Map<string, Kept>;
  } catch {
    // Missing (the first run of this build) or unreadable: start afresh.
  }
  return new Map();
}

/** Run a command with its reads kept in `file` (none when there is no file), and store them after. */
export async function withKeptParses<T>(file: string | undefined, run: () => T | Promise<T>): Promise<T> {
  if (!file) return run();
  const kept = keepParses(file);
  rememberParses(kept);
  try {
    return await run();
  } finally {
    rememberParses(null);
    kept.save();
  }
}
