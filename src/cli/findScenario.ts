import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatIssue } from '../../machines/content/issues';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { loadLibrary, REPO_SCENARIOS, shown } from '../content/library';
import type { Io } from './io';

/**
 * The scenario a command names, by id or by file, or the exit code after saying why it cannot be
 * found: a missing file, a folder, a pack, an invalid file (its problems), or an unknown id (the known ones).
 */
export function findScenario(io: Io, target: string | undefined, command: string): ResolvedScenario | number {
  if (!target) {
    io.err(`debrief ${command}: expected a scenario id or file, e.g. debrief ${command} a06-latency-veto`);
    return 2;
  }
  const isFile = /\.(ya?ml|json)$/i.test(target) || target.includes('/');
  let folder = false;
  try {
    folder = statSync(target).isDirectory();
  } catch {
    if (isFile) {
      io.err(`${target}: no such file`);
      return 1;
    }
  }
  if (folder) {
    io.err(
      `${shown(target)}: is a folder; debrief ${command} takes one scenario, by id or file (debrief list ${target} shows the ids there)`,
    );
    return 1;
  }
  // A scenario lives in <id>.yaml by convention: load just it and the packs, and the whole library only when it does not.
  if (!isFile) {
    for (const ext of ['yaml', 'yml', 'json']) {
      const guess = join(REPO_SCENARIOS, `${target}.${ext}`);
      if (!/^[a-z0-9][a-z0-9-]*$/.test(target) || !existsSync(guess)) continue;
      const one = loadLibrary([guess]).scenarios.find((s) => s.scenario.id === target);
      if (one) return one;
    }
  }
  const lib = loadLibrary(isFile ? [target] : [REPO_SCENARIOS]);
  const resolved = isFile
    ? lib.scenarios.find((s) => resolve(s.file) === resolve(target))
    : lib.scenarios.find((s) => s.scenario.id === target);
  if (resolved) return resolved;
  const own = lib.issues.filter((i) => (isFile ? resolve(i.file) === resolve(target) : true));
  if (isFile && own.length) {
    for (const i of own) io.err(formatIssue(i));
  } else if (isFile) {
    io.err(`${target}: expected a scenario file (kind: scenario), found a pack`);
  } else {
    const ids = lib.scenarios.map((s) => s.scenario.id).join(', ');
    io.err(`unknown scenario "${target}": expected one of ${ids || '(none)'} or a file path`);
    for (const i of lib.issues.filter((i) => i.file.includes(target))) io.err(formatIssue(i));
  }
  return 1;
}
