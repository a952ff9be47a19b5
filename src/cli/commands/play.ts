import { formatIssue } from '../../../machines/content/issues';
import { branchProblems } from '../../../machines/engine/branches';
import { PathError, pathSpecFor, playPath } from '../../../machines/engine/playPath';
import { findScenario } from '../findScenario';
import { textReport } from '../textReport';
import type { Io } from '../io';

/** `debrief play <id or file> [--path …] [--seed N] [--json]`: one headless run. */
export function play(
  io: Io,
  target: string | undefined,
  opts: { path?: string; seed?: string; json: boolean },
): number {
  const seed = opts.seed === undefined ? 1 : Number(opts.seed);
  if (!Number.isInteger(seed)) {
    io.err(`--seed: expected an integer, found "${opts.seed}"`);
    return 2;
  }
  const resolved = findScenario(io, target, 'play');
  if (typeof resolved === 'number') return resolved;
  // A follow-up that leads back into itself has no end to play to: refused as validate refuses it.
  const { deadEndProblems } = branchProblems(resolved);
  if (deadEndProblems.length) {
    for (const p of deadEndProblems) io.err(formatIssue({ file: resolved.file, ...p }));
    io.err(
      `${resolved.file}: cannot be played: a follow-up leads back into itself, so the interview would never end (fix what debrief validate lists)`,
    );
    return 1;
  }
  try {
    const report = playPath(resolved, pathSpecFor(resolved, opts.path), seed);
    if (opts.json) {
      const { packet: _packet, discussion: _discussion, ...json } = report;
      io.out(JSON.stringify(json, null, 2));
    } else io.out(textReport(report, resolved));
    return 0;
  } catch (err) {
    if (err instanceof PathError) io.err(`${resolved.file}: ${err.message}`);
    // Content that passed the loader yet stops the engine: say which file, and where to look.
    else
      io.err(
        `${resolved.file}: Debrief could not play this scenario (${err instanceof Error ? err.message.split('\n')[0] : String(err)}): run debrief validate on it`,
      );
    return 1;
  }
}
