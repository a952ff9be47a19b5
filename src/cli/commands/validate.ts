import { formatIssue } from '../../../machines/content/issues';
import { loadLibrary, REPO_SCENARIOS, shown } from '../../content/library';
import { deepCheck } from '../../content/validateDocuments';
import type { Io } from '../io';

/**
 * `debrief validate [files or folders…]`: schema, cross-references, the branch check (no
 * unreachable prompt, no endless follow-up), and every named path played to the decision it
 * declares, through the same check the app's build and importer use. Reports every problem,
 * then exits 1 if there was any, or if there was nothing to check.
 */
export function validate(io: Io, targets: string[]): number {
  const where = targets.length ? targets : [REPO_SCENARIOS];
  const lib = loadLibrary(where, { deep: deepCheck });
  for (const issue of lib.issues) io.err(formatIssue(issue));
  const files = `${lib.fileCount} file${lib.fileCount === 1 ? '' : 's'}`;
  if (lib.issues.length) {
    io.err(`${lib.issues.length} problem${lib.issues.length === 1 ? '' : 's'} in ${files}`);
    return 1;
  }
  if (!lib.fileCount) {
    io.err(`no scenario or pack files (.yaml, .yml, .json) found in ${where.map(shown).join(', ')}`);
    return 1;
  }
  io.out(
    `${files} valid: ${lib.scenarios.length} scenario${lib.scenarios.length === 1 ? '' : 's'}, ${lib.ownPacks} pack${lib.ownPacks === 1 ? '' : 's'}`,
  );
  return 0;
}
