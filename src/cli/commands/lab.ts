import type { Io } from '../io';
import { findScenario } from '../findScenario';
import { loadLibrary, REPO_SCENARIOS } from '../../content/library';
import { parseSetup, type SetupText } from '../../../machines/lab/setup';
import { LabError, runLab, type LabResult } from '../../../machines/lab/run';
import { labCsv } from '../../lab/labCsv';

/** The CLI's flag for each setup field. */
const FLAG_NAMES = {
  q: '--question',
  n: '--runs',
  seed: '--seed',
  path: '--path',
  err: '--err',
  len: '--len',
  off: '--off',
  scope: '--scope',
} as const;

export interface LabOptions {
  flags: Partial<Record<keyof SetupText, string>>;
  json: boolean;
  csv: boolean;
}

/** A table with its columns padded, for the terminal. */
export function textTable(fields: string[], rows: Array<Array<string | number>>): string {
  const cells = [fields, ...rows.map((r) => r.map(String))];
  const widths = fields.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (typeof rows[0]?.[i] === 'number' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The result as a terminal report: what was run, the warning if any, every table, the model's notes. */
export function labText(result: LabResult): string {
  const s = result.setup;
  const where = result.scenario
    ? `${result.scenario.id} (${result.scenario.title}), path ${result.path}`
    : 'every scenario of the library, recorded paths';
  const lines = [
    `${result.title} · ${where}`,
    `N = ${s.n} · seed ${s.seed} · error ${s.err} · leniency ${s.len} · rules off: ${s.off.join(', ') || 'none'}`,
  ];
  if (result.recorded)
    lines.push(
      `Recorded decision: ${result.recorded.label}${result.recorded.consensus === null ? '' : ` (consensus ${result.recorded.consensus})`}`,
    );
  if (result.warning) lines.push(`Warning: ${result.warning}`);
  for (const t of result.tables) lines.push('', t.title, textTable(t.fields, t.rows));
  lines.push('', ...result.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

/** `debrief lab <id> [--question …] [--runs N] [--seed S] [--path P] [--json|--csv]`: a lab question in the terminal. */
export function lab(io: Io, target: string | undefined, opts: LabOptions): number {
  const parsed = parseSetup(opts.flags, FLAG_NAMES);
  if (!parsed.ok) {
    for (const p of parsed.problems) io.err(p);
    return 2;
  }
  const setup = parsed.setup;
  if (opts.json && opts.csv) {
    io.err('debrief lab: expected --json or --csv, not both');
    return 2;
  }
  const library = setup.question === 'rules' && setup.scope === 'library';
  let resolved = null;
  let all: ReturnType<typeof loadLibrary>['scenarios'] | undefined;
  if (library) {
    const lib = loadLibrary([REPO_SCENARIOS]);
    all = lib.scenarios;
  } else {
    const found = findScenario(io, target, 'lab');
    if (typeof found === 'number') return found;
    resolved = found;
  }
  const progress = io.progress;
  const onProgress = progress && ((f: number) => progress(`debrief lab: ${Math.floor(f * 100)} % done`));
  try {
    const result = runLab(resolved, setup, { library: all, onProgress });
    progress?.(null);
    io.out(opts.json ? JSON.stringify(result, null, 2) : opts.csv ? labCsv(result).trimEnd() : labText(result));
    return 0;
  } catch (err) {
    progress?.(null);
    if (err instanceof LabError) {
      io.err(`${resolved?.file ?? 'debrief lab'}: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
