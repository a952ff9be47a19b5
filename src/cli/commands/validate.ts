import { formatIssue, type ContentIssue } from '../../../machines/content/issues';
import { PathError, playPath } from '../../../machines/engine/playPath';
import { enumerateBranches } from '../../../machines/engine/branches';
import { loadLibrary, REPO_SCENARIOS } from '../library';
import type { Io } from '../io';

/**
 * `debrief validate [files or folders…]`: schema, cross-references, the branch check (no
 * unreachable prompt, no endless follow-up), and every named path played to the decision it declares. Reports every problem, then exits 1 if there was any.
 */
export function validate(io: Io, targets: string[]): number {
  const lib = loadLibrary(targets.length ? targets : [REPO_SCENARIOS]);
  const issues: ContentIssue[] = [...lib.issues];
  for (const resolved of lib.scenarios) {
    // The author's branch check: content no path reaches, and follow-ups that never let a round end.
    const branches = enumerateBranches(resolved);
    for (const p of [...branches.unreachable, ...branches.deadEndProblems]) issues.push({ file: resolved.file, ...p });
    for (const [name, path] of Object.entries(resolved.scenario.paths)) {
      const at = `paths.${name}`;
      try {
        const report = playPath(resolved, { name, choices: path.choices, negotiation: path.negotiation });
        if (report.decision !== path.decision) {
          const why = report.rulesFired.map((f) => f.rule).join(', ') || `consensus ${report.consensus}`;
          issues.push({ file: resolved.file, path: `${at}.decision`, message: `expected the path to reach ${path.decision}, it reaches ${report.decision} (${why})` });
        }
      } catch (err) {
        if (!(err instanceof PathError)) throw err;
        issues.push({ file: resolved.file, path: `${at}.choices`, message: err.message });
      }
    }
  }
  for (const issue of issues) io.err(formatIssue(issue));
  const files = `${lib.fileCount} file${lib.fileCount === 1 ? '' : 's'}`;
  if (issues.length) {
    io.err(`${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files}`);
    return 1;
  }
  io.out(`${files} valid: ${lib.scenarios.length} scenario${lib.scenarios.length === 1 ? '' : 's'}, ${lib.ownPacks} pack${lib.ownPacks === 1 ? '' : 's'}`);
  return 0;
}
