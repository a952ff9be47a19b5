import { toCsv } from '../export/csv';
import type { LabResult } from '../../machines/lab/run';

/**
 * A lab result as CSV, one block per table separated by a blank line; every row starts with what
 * produced it (question, scenario, path, seed, N, error, leniency, rules off), so a row pasted
 * alone into a spreadsheet still says where it came from.
 */
export function labCsv(result: LabResult): string {
  const { setup } = result;
  const head = ['question', 'target', 'path', 'seed', 'n', 'err', 'len', 'off'];
  const lead = [
    setup.question,
    result.scenario?.id ?? 'library',
    result.path,
    setup.seed,
    setup.n,
    setup.err,
    setup.len,
    setup.off.join(' '),
  ];
  return result.tables
    .map((t) =>
      toCsv(
        ['table', ...head, ...t.fields],
        t.rows.map((r) => [t.title, ...lead, ...r]),
      ),
    )
    .join('\n');
}

/** The file name an export gets: the scenario, the question and the seed, so two runs never collide. */
export const labFileName = (result: LabResult, ext: 'csv' | 'json') =>
  `debrief-lab-${result.scenario?.id ?? 'library'}-${result.setup.question}-n${result.setup.n}-seed${result.setup.seed}.${ext}`;
