import Papa from 'papaparse';
import type { Io } from '../io';
import { readContentFile } from '../../content/contentFiles';
import { IccError, type IccTable, iccTable, type Rating } from '../../../machines/stats/icc';

const COLUMNS = ['target', 'rater', 'score'] as const;

/** What each ICC measures, as the report's last column says it. */
const MEANINGS = {
  icc1: 'one-way random: each target scored by its own raters',
  icc2: 'two-way random, absolute agreement: any raters like these',
  icc3: 'two-way mixed, consistency: these raters only',
} as const;

/**
 * A long table's ratings (`target,rater,score`, one row a rating, a header first, other columns
 * ignored), or the problem with its row: row 1 is the header, as a spreadsheet numbers them.
 */
export function ratingsFromCsv(text: string): { ok: true; ratings: Rating[] } | { ok: false; problem: string } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const bad = parsed.errors[0];
  if (bad) return { ok: false, problem: `row ${(bad.row ?? 0) + 1}: ${bad.message}` };
  const [header, ...records] = parsed.data;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const index = COLUMNS.map((c) => names.indexOf(c));
  if (!header || index.some((i) => i < 0))
    return {
      ok: false,
      problem: `row 1: expected a header naming the columns target, rater and score, found "${(header ?? []).join(',')}"`,
    };
  const [ti, ri, si] = index as [number, number, number];
  const ratings: Rating[] = [];
  for (const [i, record] of records.entries()) {
    const row = i + 2;
    const target = record[ti]?.trim() ?? '';
    const rater = record[ri]?.trim() ?? '';
    const raw = record[si]?.trim() ?? '';
    if (!target || !rater)
      return { ok: false, problem: `row ${row}: ${target ? 'rater' : 'target'}: expected a name, found an empty cell` };
    const score = raw === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(score)) return { ok: false, problem: `row ${row}: score: expected a number, found "${raw}"` };
    ratings.push({ target, rater, score, row });
  }
  if (!ratings.length) return { ok: false, problem: 'row 2: expected ratings after the header, found none' };
  return { ok: true, ratings };
}

const fixed = (x: number) => (x < 0 ? '' : ' ') + x.toFixed(2);

/** The three ICCs as a terminal report, one line each with its interval and what it measures. */
export function iccText(file: string, table: IccTable): string {
  const lines = (['icc1', 'icc2', 'icc3'] as const).map((key, i) => {
    const { value, low, high } = table[key];
    return `ICC(${i + 1},1)  ${fixed(value)}  [${fixed(low)}, ${fixed(high)}]  ${MEANINGS[key]}`;
  });
  return [
    `${file}: ${table.targets} targets x ${table.raters} raters, ${Math.round(table.level * 100)} % intervals (Shrout & Fleiss 1979)`,
    `          ICC    interval`,
    ...lines,
  ].join('\n');
}

/** `debrief icc FILE.csv [--json]`: the interrater reliability of a long table of ratings. */
export function icc(io: Io, file: string | undefined, json: boolean): number {
  if (!file) {
    io.err('debrief icc: expected a CSV file of ratings (columns target, rater, score; one row a rating)');
    return 2;
  }
  const read = readContentFile(file);
  if (!read.ok) {
    // The reader speaks of content files; this command reads CSV.
    io.err(`${file}: ${read.issue.message.replace('a YAML or JSON file', 'a CSV file')}`);
    return 1;
  }
  const parsed = ratingsFromCsv(read.text);
  if (!parsed.ok) {
    io.err(`${file}: ${parsed.problem}`);
    return 1;
  }
  let table: IccTable;
  try {
    table = iccTable(parsed.ratings);
  } catch (err) {
    if (err instanceof IccError) {
      io.err(`${file}: ${err.message}`);
      return 1;
    }
    throw err;
  }
  const { icc1, icc2, icc3, targets, raters, level } = table;
  io.out(json ? JSON.stringify({ file, targets, raters, level, icc1, icc2, icc3 }, null, 2) : iccText(file, table));
  return 0;
}
