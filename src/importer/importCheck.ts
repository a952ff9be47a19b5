import { checkImports, type CheckedImports, type ImportContext, type ImportProblem } from './check';
import { readDropped } from './readDropped';
import type { ImportedFile } from './imported';

/** What the importer asks for: the files kept so far, any just dropped, and what to check them against. */
export interface ImportRequest {
  stored: ImportedFile[];
  dropped: File[];
  context: ImportContext;
}

export interface ImportResult {
  /** The stored files with the dropped ones added (a file of the same name replaced). */
  files: ImportedFile[];
  /** The names just added. */
  added: string[];
  /** Dropped files that could not be read at all (not UTF-8, too large, a broken or oversized zip). */
  unread: ImportProblem[];
  checked: CheckedImports;
}

/** Read the dropped files and check everything: the work the import worker does off the main thread. */
export async function runImportCheck({ stored, dropped, context }: ImportRequest): Promise<ImportResult> {
  const { files: added, problems: unread } = await readDropped(dropped);
  const files = [...stored.filter((f) => !added.some((a) => a.name === f.name)), ...added];
  return { files, added: added.map((a) => a.name), unread, checked: checkImports(files, context) };
}
