import { enumerateBranches, type BranchReport } from '../../../machines/engine/branches';
import { formatIssue } from '../../../machines/content/issues';
import { findScenario } from '../findScenario';
import type { Io } from '../io';
import { DECISIONS } from '../../../machines/content/schema';
import { formatCount } from '../../../machines/format';

/**
 * `debrief paths <id or file> [--json]`: every way through a scenario, how many end in each
 * decision, and any prompt no path reaches or path that never ends. Exit 1 when there is either.
 */
export function paths(io: Io, target: string | undefined, json: boolean): number {
  const found = findScenario(io, target, 'paths');
  if (typeof found === 'number') return found;
  let report: BranchReport;
  try {
    report = enumerateBranches(found);
  } catch (err) {
    // A check that throws is a bug in Debrief: said plainly, with the file, not as a stack trace.
    io.err(
      `${found.file}: the branch check stopped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
    return 1;
  }
  const problems = [...report.unreachable, ...report.deadEndProblems].map((p) => ({ file: found.file, ...p }));
  if (json) io.out(JSON.stringify(report, null, 2));
  else io.out(branchText(report, found.scenario.title, found.rounds.length));
  for (const p of problems) io.err(formatIssue(p));
  return problems.length ? 1 : 0;
}

function branchText(report: BranchReport, title: string, rounds: number): string {
  const n = formatCount;
  const lines = [
    `${title}  [${report.scenario}]`,
    `  ${n(report.paths)} paths through ${rounds} round${rounds === 1 ? '' : 's'}`,
  ];
  for (const d of DECISIONS) {
    const count = report.decisions[d];
    if (!count) continue;
    const share = ((count / report.paths) * 100).toFixed(1);
    lines.push(
      `  ${d.padEnd(10)} ${n(count).padStart(9)}  ${share.padStart(5)} %   e.g. --path ${report.examples[d]!.join(',')}`,
    );
  }
  if (report.deadEnds)
    lines.push(`  no decision ${n(report.deadEnds).padStart(8)}  (a follow-up loops back: see below)`);
  if (!report.unreachable.length && !report.deadEnds)
    lines.push('  Every prompt is reachable and every path ends in a decision.');
  return lines.join('\n');
}
