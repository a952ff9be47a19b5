import { loadLibrary, REPO_SCENARIOS } from '../../content/library';
import type { Io } from '../io';

/** `debrief list [--json]`: every scenario with id, title, pack, role, sources and file. */
export function list(io: Io, json: boolean, targets: string[]): number {
  const lib = loadLibrary(targets.length ? targets : [REPO_SCENARIOS]);
  const rows = lib.scenarios.map((r) => ({
    id: r.scenario.id,
    title: r.scenario.title,
    pack: r.scenario.pack,
    role: r.scenario.role,
    level: r.scenario.level,
    rounds: r.rounds.map((x) => x.id),
    paths: Object.keys(r.scenario.paths),
    sources: r.scenario.sources,
    teaches: r.scenario.teaches,
    file: r.file,
  }));
  if (json) io.out(JSON.stringify(rows, null, 2));
  else {
    const width = Math.max(2, ...rows.map((r) => r.id.length));
    for (const r of rows) {
      io.out(`${r.id.padEnd(width)}  ${r.title}`);
      io.out(`${' '.repeat(width)}  ${r.pack} · ${r.role} ${r.level} · ${r.sources.join(', ')} · ${r.file}`);
    }
    io.out(
      `${rows.length} scenario${rows.length === 1 ? '' : 's'}${lib.issues.length ? `; ${lib.issues.length} problem(s): run debrief validate` : ''}`,
    );
  }
  for (const issue of lib.issues) io.err(`${issue.file}: ${issue.path}: ${issue.message}`);
  return 0;
}
