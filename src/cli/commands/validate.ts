import { readFileSync } from 'node:fs';
import { formatIssue, type ContentIssue } from '../../../machines/content/issues';
import { earlyAskWarnings } from '../../../machines/engine/earlyAsks';
import { loadLibrary, REPO_SCENARIOS, shown } from '../../content/library';
import { deepCheck } from '../../content/validateDocuments';
import { linesOf } from '../../content/fieldLines';
import type { Io } from '../io';

/** One problem as `validate --json` prints it; `field` and `line` are null where the problem is the whole file. */
export interface ValidateProblem {
  file: string;
  field: string | null;
  line: number | null;
  message: string;
}

/**
 * `debrief validate [files or folders…] [--json]`: schema, cross-references, the branch check (no
 * unreachable prompt, no endless follow-up), and every named path played to the decision it
 * declares, through the same check the app's build and importer use. Reports every problem,
 * then exits 1 if there was any, or if there was nothing to check. Warnings (a path step the
 * machines take but that changes nothing, such as an ask before the verbal offer) go to stderr,
 * `warning: file: path: message`, in both outputs, and never fail the run.
 */
export function validate(io: Io, targets: string[], opts: { json?: boolean } = {}): number {
  const where = targets.length ? targets : [REPO_SCENARIOS];
  const lib = loadLibrary(where, { deep: deepCheck });
  const empty = !lib.issues.length && !lib.fileCount;
  const nothing = `no scenario or pack files (.yaml, .yml, .json) found in ${where.map(shown).join(', ')}`;
  const warnings = lib.scenarios.flatMap((r) => {
    try {
      return earlyAskWarnings(r).map((w) => ({ file: r.file, ...w }));
    } catch {
      // A path the machines cannot play is already a problem above, said by the deep check.
      return [];
    }
  });
  for (const w of warnings) io.err(`warning: ${formatIssue(w)}`);
  if (opts.json) {
    const problems = lib.issues.map(problemOf());
    if (empty) problems.push({ file: where.map(shown).join(', '), field: null, line: null, message: nothing });
    io.out(JSON.stringify(problems, null, 2));
    return problems.length ? 1 : 0;
  }
  for (const issue of lib.issues) io.err(formatIssue(issue));
  const files = `${lib.fileCount} file${lib.fileCount === 1 ? '' : 's'}`;
  if (lib.issues.length) {
    io.err(`${lib.issues.length} problem${lib.issues.length === 1 ? '' : 's'} in ${files}`);
    return 1;
  }
  if (empty) {
    io.err(nothing);
    return 1;
  }
  const warned = warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'} above)` : '';
  io.out(
    `${files} valid: ${lib.scenarios.length} scenario${lib.scenarios.length === 1 ? '' : 's'}, ${lib.ownPacks} pack${lib.ownPacks === 1 ? '' : 's'}${warned}`,
  );
  return 0;
}

/** Issues as JSON objects, each file read once for the lines of its fields. */
function problemOf() {
  const finders = new Map<string, (path: string) => number | null>();
  const lineIn = (file: string, path: string) => {
    if (!finders.has(file)) {
      let text: string | null = null;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        // A file that cannot be read has its problem said at file level; it has no lines.
      }
      finders.set(file, text === null ? () => null : linesOf(text));
    }
    return finders.get(file)!(path);
  };
  return (issue: ContentIssue): ValidateProblem => {
    const atLine = /^line (\d+)$/.exec(issue.path);
    const whole = /^\(.*\)$/.test(issue.path);
    return {
      file: issue.file,
      field: atLine || whole ? null : issue.path,
      line: atLine ? Number(atLine[1]) : whole ? null : lineIn(issue.file, issue.path),
      message: issue.message,
    };
  };
}
