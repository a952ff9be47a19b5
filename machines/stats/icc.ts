import { fQuantile } from './fDistribution';

/** One rating of a long table: a rater's score for a target; `row` is where it was read, for errors. */
export interface Rating {
  target: string;
  rater: string;
  score: number;
  row?: number;
}

/** A table the ICC cannot be computed from: the message names the row or the target and rater, and what was expected. */
export class IccError extends Error {
  override name = 'IccError';
  constructor(
    message: string,
    readonly row?: number,
  ) {
    super(message);
  }
}

/** A balanced table: `scores[t][r]` is rater r's score for target t, in first-seen order. */
export interface RatingMatrix {
  targets: string[];
  raters: string[];
  scores: number[][];
}

const at = (row: number | undefined) => (row === undefined ? '' : `row ${row}: `);

/** The long table as a targets x raters matrix; refuses a duplicate, a missing cell or fewer than 2 targets or raters. */
export function ratingMatrix(ratings: readonly Rating[]): RatingMatrix {
  const targets = new Map<string, number>();
  const raters = new Map<string, number>();
  const cells = new Map<string, Rating>();
  for (const r of ratings) {
    if (!Number.isFinite(r.score))
      throw new IccError(`${at(r.row)}score: expected a number, found "${r.score}"`, r.row);
    if (!targets.has(r.target)) targets.set(r.target, targets.size);
    if (!raters.has(r.rater)) raters.set(r.rater, raters.size);
    // JSON of the pair keeps ("a,b", "c") apart from ("a", "b,c").
    const key = JSON.stringify([r.target, r.rater]);
    const before = cells.get(key);
    if (before)
      throw new IccError(
        `${at(r.row)}rater "${r.rater}" already scored target "${r.target}"${before.row === undefined ? '' : ` on row ${before.row}`}: expected one score per target and rater`,
        r.row,
      );
    cells.set(key, r);
  }
  if (targets.size < 2 || raters.size < 2)
    throw new IccError(
      `expected at least 2 targets and 2 raters, found ${targets.size} target${targets.size === 1 ? '' : 's'} and ${raters.size} rater${raters.size === 1 ? '' : 's'}`,
    );
  const scores = [...targets.keys()].map((t) =>
    [...raters.keys()].map((r) => {
      const cell = cells.get(JSON.stringify([t, r]));
      if (!cell)
        throw new IccError(
          `target "${t}" has no score from rater "${r}": expected every rater to score every target (the table is unbalanced)`,
        );
      return cell.score;
    }),
  );
  return { targets: [...targets.keys()], raters: [...raters.keys()], scores };
}

/** The mean squares of the two-way (targets x raters) analysis of variance with one rating per cell. */
export interface MeanSquares {
  n: number;
  k: number;
  /** Between targets. */
  rows: number;
  /** Between raters. */
  columns: number;
  /** Residual of the two-way model. */
  error: number;
  /** Within targets: the one-way model's residual (raters and error together). */
  within: number;
}

/** Mean squares from the computational formulas (sums of squared totals less the correction term). */
export function meanSquares(m: RatingMatrix): MeanSquares {
  const n = m.targets.length;
  const k = m.raters.length;
  let grand = 0;
  let squares = 0;
  const rowTotals = new Array<number>(n).fill(0);
  const columnTotals = new Array<number>(k).fill(0);
  m.scores.forEach((row, t) => {
    row.forEach((x, r) => {
      grand += x;
      squares += x * x;
      rowTotals[t]! += x;
      columnTotals[r]! += x;
    });
  });
  const correction = (grand * grand) / (n * k);
  const total = squares - correction;
  const ssRows = rowTotals.reduce((s, x) => s + x * x, 0) / k - correction;
  const ssColumns = columnTotals.reduce((s, x) => s + x * x, 0) / n - correction;
  // Rounding can leave a perfect fit a hair below zero.
  const ssError = Math.max(0, total - ssRows - ssColumns);
  return {
    n,
    k,
    rows: ssRows / (n - 1),
    columns: ssColumns / (k - 1),
    error: ssError / ((n - 1) * (k - 1)),
    within: Math.max(0, total - ssRows) / (n * (k - 1)),
  };
}

/** One intraclass correlation with its confidence interval and the F test it rests on. */
interface Icc {
  value: number;
  low: number;
  high: number;
  f: number;
  df1: number;
  df2: number;
}

/** The three single-rater ICCs of Shrout & Fleiss (1979), with intervals at the same level. */
export interface IccTable {
  /** ICC(1,1): each target rated by its own raters (one-way random). */
  icc1: Icc;
  /** ICC(2,1): absolute agreement, raters a random sample (two-way random). */
  icc2: Icc;
  /** ICC(3,1): consistency, these raters only (two-way mixed). */
  icc3: Icc;
  targets: number;
  raters: number;
  level: number;
}

/** An F ratio's bound turned into an ICC bound, (F - 1) / (F + k - 1); an infinite F (no error at all) gives 1. */
const bound = (f: number, k: number) => (f === Number.POSITIVE_INFINITY ? 1 : (f - 1) / (f + k - 1));

/** ICC(1,1), ICC(2,1) and ICC(3,1) with (level) confidence intervals from McGraw & Wong (1996), from a long table. */
export function iccTable(ratings: readonly Rating[] | RatingMatrix, level = 0.95): IccTable {
  const m = Array.isArray(ratings) ? ratingMatrix(ratings) : (ratings as RatingMatrix);
  const ms = meanSquares(m);
  const { n, k } = ms;
  if (ms.rows === 0 && ms.within === 0)
    throw new IccError(
      `every score is ${m.scores[0]![0]}: expected some spread between scores, without which agreement cannot be measured`,
    );
  const upper = 1 - (1 - level) / 2;
  const q = (d1: number, d2: number) => fQuantile(upper, d1, d2);

  // ICC(1,1): one-way model.
  const df1 = n - 1;
  const dfWithin = n * (k - 1);
  const f1 = ms.rows / ms.within;
  const icc1: Icc = {
    value: (ms.rows - ms.within) / (ms.rows + (k - 1) * ms.within),
    low: bound(f1 / q(df1, dfWithin), k),
    high: bound(f1 * q(dfWithin, df1), k),
    f: f1,
    df1,
    df2: dfWithin,
  };

  // ICC(3,1): consistency in the two-way model.
  const dfError = (n - 1) * (k - 1);
  const f3 = ms.rows / ms.error;
  const icc3: Icc = {
    value: (ms.rows - ms.error) / (ms.rows + (k - 1) * ms.error),
    low: bound(f3 / q(df1, dfError), k),
    high: bound(f3 * q(dfError, df1), k),
    f: f3,
    df1,
    df2: dfError,
  };

  // ICC(2,1): absolute agreement; the interval uses Satterthwaite's degrees of freedom for the denominator.
  const value2 = (ms.rows - ms.error) / (ms.rows + (k - 1) * ms.error + (k * (ms.columns - ms.error)) / n);
  let low2 = 1;
  let high2 = 1;
  if (value2 < 1) {
    const a = (k * value2) / (n * (1 - value2));
    const b = 1 + (k * value2 * (n - 1)) / (n * (1 - value2));
    const satterthwaite =
      (a * ms.columns + b * ms.error) ** 2 / ((a * ms.columns) ** 2 / (k - 1) + (b * ms.error) ** 2 / dfError);
    // A negative estimate on a tiny table can drive the degrees of freedom to zero (an infinitely wide
    // interval), or to 0/0; one degree of freedom is the floor, which still gives a wide, honest interval.
    const v = Math.max(1, satterthwaite || 1);
    const fLow = q(df1, v);
    const fHigh = q(v, df1);
    const spread = k * ms.columns + (k * n - k - n) * ms.error;
    low2 = (n * (ms.rows - fLow * ms.error)) / (fLow * spread + n * ms.rows);
    high2 = (n * (fHigh * ms.rows - ms.error)) / (spread + n * fHigh * ms.rows);
  }
  const icc2: Icc = { value: value2, low: low2, high: high2, f: f3, df1, df2: dfError };
  return { icc1, icc2, icc3, targets: n, raters: k, level };
}
