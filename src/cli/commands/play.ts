import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue } from '../../../machines/content/issues';
import { PathError, pathSpecFor, playPath } from '../../../machines/engine/playPath';
import { loadLibrary, REPO_SCENARIOS } from '../library';
import { textReport } from '../textReport';
import type { Io } from '../io';

/** `debrief play <id or file> [--path …] [--seed N] [--json]`: one headless run. */
export function play(io: Io, target: string | undefined, opts: { path?: string; seed?: string; json: boolean }): number {
  if (!target) {
    io.err('debrief play: expected a scenario id or file, e.g. debrief play a06-latency-veto');
    return 2;
  }
  const seed = opts.seed === undefined ? 1 : Number(opts.seed);
  if (!Number.isInteger(seed)) {
    io.err(`--seed: expected an integer, found "${opts.seed}"`);
    return 2;
  }
  const isFile = /\.(ya?ml|json)$/.test(target) || target.includes('/');
  if (isFile && !existsSync(target)) {
    io.err(`${target}: no such file`);
    return 1;
  }
  const lib = loadLibrary(isFile ? [target] : [REPO_SCENARIOS]);
  const resolved = isFile
    ? lib.scenarios.find((s) => resolve(s.file) === resolve(target))
    : lib.scenarios.find((s) => s.scenario.id === target);
  if (!resolved) {
    const own = lib.issues.filter((i) => (isFile ? resolve(i.file) === resolve(target) : true));
    if (isFile && own.length) {
      for (const i of own) io.err(formatIssue(i));
    } else if (isFile) {
      io.err(`${target}: expected a scenario file (kind: scenario), found a pack`);
    } else {
      const ids = lib.scenarios.map((s) => s.scenario.id).join(', ');
      io.err(`unknown scenario "${target}": expected one of ${ids || '(none)'} or a file path`);
      const broken = lib.issues.filter((i) => i.file.includes(target));
      for (const i of broken) io.err(formatIssue(i));
    }
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
    if (err instanceof PathError) {
      io.err(`${resolved.file}: ${err.message}`);
      return 1;
    }
    throw err;
  }
}


