import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IccError, iccTable, ratingMatrix, type Rating } from '../../machines/stats/icc';
import { fCdf, fQuantile } from '../../machines/stats/fDistribution';
import { seededDraws } from '../../machines/lab/normal';

// Shrout & Fleiss (1979), Table 2: six targets rated by four judges (as in R psych's test_ICC.R).
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

/** A wide table as the long one the CLI reads: one row a rating. */
const long = (wide: number[][]): Rating[] =>
  wide.flatMap((row, t) => row.map((score, r) => ({ target: `S${t + 1}`, rater: `J${r + 1}`, score })));

/**
 * A second computation, written apart from the module's: sums of squares as sums of squared
 * deviations from the means (the module uses totals and a correction term), and each ICC as the
 * share of variance the published definitions name.
 */
function byDeviations(x: number[][]) {
  const n = x.length;
  const k = x[0]!.length;
  const mean = (v: number[]) => v.reduce((s, y) => s + y, 0) / v.length;
  const grand = mean(x.flat());
  const rowMeans = x.map(mean);
  const colMeans = x[0]!.map((_, j) => mean(x.map((row) => row[j]!)));
  let ssR = 0;
  let ssC = 0;
  let ssE = 0;
  let ssW = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < k; j++) {
      ssR += (rowMeans[i]! - grand) ** 2;
      ssC += (colMeans[j]! - grand) ** 2;
      ssE += (x[i]![j]! - rowMeans[i]! - colMeans[j]! + grand) ** 2;
      ssW += (x[i]![j]! - rowMeans[i]!) ** 2;
    }
  const bms = ssR / (n - 1);
  const jms = ssC / (k - 1);
  const ems = ssE / ((n - 1) * (k - 1));
  const wms = ssW / (n * (k - 1));
  // Variance components: targets, raters, residual.
  const targets = (bms - ems) / k;
  const raters = (jms - ems) / n;
  return {
    icc1: (bms - wms) / (bms + (k - 1) * wms),
    icc2: targets / (targets + raters + ems),
    icc3: targets / (targets + ems),
  };
}

describe('the ICC functions reproduce Shrout & Fleiss (1979)', () => {
  const table = iccTable(long(SHROUT_FLEISS));

  it('gives the published ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71', () => {
    expect(table.icc1.value.toFixed(2)).toBe('0.17');
    expect(table.icc2.value.toFixed(2)).toBe('0.29');
    expect(table.icc3.value.toFixed(2)).toBe('0.71');
    expect([table.targets, table.raters]).toEqual([6, 4]);
  });

  it('gives the F tests of the paper: F = 1.79 on (5, 18) one-way and 11.03 on (5, 15) two-way', () => {
    expect(table.icc1.f).toBeCloseTo(1.795, 3);
    expect([table.icc1.df1, table.icc1.df2]).toEqual([5, 18]);
    expect(table.icc3.f).toBeCloseTo(11.027, 3);
    expect([table.icc3.df1, table.icc3.df2]).toEqual([5, 15]);
  });

  it('gives the 95 % intervals R psych prints for the same table (McGraw & Wong 1996)', () => {
    // psych::ICC(sf): ICC1 -0.133 to 0.72, ICC2 0.019 to 0.76, ICC3 0.342 to 0.95.
    expect(table.icc1.low).toBeCloseTo(-0.133, 3);
    expect(table.icc1.high).toBeCloseTo(0.72, 2);
    expect(table.icc2.low).toBeCloseTo(0.019, 3);
    expect(table.icc2.high).toBeCloseTo(0.76, 2);
    expect(table.icc3.low).toBeCloseTo(0.342, 3);
    expect(table.icc3.high).toBeCloseTo(0.95, 2);
  });
});

describe('the ICC functions agree with an independent computation on random tables', () => {
  it('on any table of 2-12 targets and 2-8 raters with some spread, the three ICCs match to 1e-9', () => {
    const wide = fc
      .tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 8 }))
      .chain(([n, k]) =>
        fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
          minLength: n,
          maxLength: n,
        }),
      )
      // A table with no residual at all has ICC(3,1) = 1 exactly; checked apart below.
      .filter((x) => byDeviations(x).icc3 < 1 && new Set(x.flat()).size > 1);
    fc.assert(
      fc.property(wide, (x) => {
        const ours = iccTable(long(x));
        const theirs = byDeviations(x);
        expect(ours.icc1.value).toBeCloseTo(theirs.icc1, 9);
        expect(ours.icc2.value).toBeCloseTo(theirs.icc2, 9);
        expect(ours.icc3.value).toBeCloseTo(theirs.icc3, 9);
        for (const icc of [ours.icc1, ours.icc2, ours.icc3]) {
          expect(icc.low).toBeLessThanOrEqual(icc.value + 1e-9);
          expect(icc.high).toBeGreaterThanOrEqual(icc.value - 1e-9);
        }
      }),
      { numRuns: 300, seed: 24 },
    );
  });

  it('the order of the rows does not matter', () => {
    const rows = long(SHROUT_FLEISS);
    const shuffled = [...rows].reverse();
    expect(iccTable(shuffled).icc2.value).toBeCloseTo(iccTable(rows).icc2.value, 12);
  });

  it('raters who differ only by a constant agree perfectly on consistency, not on absolute agreement', () => {
    const x = [1, 2, 3, 4, 5].map((t) => [t, t + 1, t + 2]);
    const table = iccTable(long(x));
    expect(table.icc3.value).toBe(1);
    expect([table.icc3.low, table.icc3.high]).toEqual([1, 1]);
    expect(table.icc2.value).toBeLessThan(1);
    expect(table.icc2.value).toBeCloseTo(byDeviations(x).icc2, 9);
  });

  it('95 % intervals cover the true ICC(3,1) in about 95 % of simulated rooms', () => {
    // Targets with variance 1, residual variance 1: the true consistency ICC is .5.
    const draws = seededDraws(7);
    let covered = 0;
    const trials = 1000;
    for (let i = 0; i < trials; i++) {
      const x = Array.from({ length: 8 }, () => {
        const level = draws.normal();
        return [0.3, -0.2, 0.5, 0].map((bias) => level + bias + draws.normal());
      });
      const { icc3 } = iccTable({ targets: x.map((_, t) => `t${t}`), raters: ['a', 'b', 'c', 'd'], scores: x });
      if (icc3.low <= 0.5 && 0.5 <= icc3.high) covered++;
    }
    // Binomial sd at 1000 trials is 0.7 points: 92-98 % is more than four sds either side.
    expect(covered / trials).toBeGreaterThan(0.92);
    expect(covered / trials).toBeLessThan(0.98);
  });
});

describe('the F distribution under the intervals', () => {
  it('matches printed table quantiles', () => {
    expect(fQuantile(0.95, 1, 1)).toBeCloseTo(161.448, 2);
    expect(fQuantile(0.975, 5, 18)).toBeCloseTo(3.382, 3);
    expect(fQuantile(0.975, 5, 15)).toBeCloseTo(3.576, 3);
    expect(fQuantile(0.95, 10, 20)).toBeCloseTo(2.348, 3);
  });

  it('its CDF agrees with a numerical integral of the F density', () => {
    // Simpson's rule on the density, which the module never uses.
    const lnG = (z: number): number =>
      z === 1 || z === 2 ? 0 : z === 0.5 ? Math.log(Math.sqrt(Math.PI)) : lnG(z - 1) + Math.log(z - 1);
    const density = (x: number, a: number, b: number) =>
      Math.exp(
        lnG((a + b) / 2) -
          lnG(a / 2) -
          lnG(b / 2) +
          (a / 2) * Math.log(a / b) +
          (a / 2 - 1) * Math.log(x) -
          ((a + b) / 2) * Math.log(1 + (a * x) / b),
      );
    for (const [a, b, x] of [
      [4, 6, 2.5],
      [6, 12, 1],
      [10, 30, 3],
    ] as const) {
      const steps = 20_000;
      const h = x / steps;
      let s = 0;
      for (let i = 0; i <= steps; i++) {
        const y = i === 0 ? 0 : density(i * h, a, b);
        s += (i === 0 || i === steps ? 1 : i % 2 ? 4 : 2) * y;
      }
      expect(fCdf(x, a, b)).toBeCloseTo((s * h) / 3, 6);
    }
  });
});

describe('a table the ICC cannot use is refused, saying where and what was expected', () => {
  it('a second score from the same rater for the same target names both rows', () => {
    const rows = long(SHROUT_FLEISS).map((r, i) => ({ ...r, row: i + 2 }));
    rows.push({ target: 'S1', rater: 'J2', score: 3, row: 26 });
    expect(() => ratingMatrix(rows)).toThrow(
      'row 26: rater "J2" already scored target "S1" on row 3: expected one score per target and rater',
    );
  });

  it('a missing score names the target and the rater', () => {
    const rows = long(SHROUT_FLEISS).filter((r) => !(r.target === 'S4' && r.rater === 'J3'));
    expect(() => iccTable(rows)).toThrow(/target "S4" has no score from rater "J3".*unbalanced/);
  });

  it('one rater, or one target, is too small', () => {
    expect(() => iccTable(long([[1], [2], [3]]))).toThrow(
      'expected at least 2 targets and 2 raters, found 3 targets and 1 rater',
    );
    expect(() => iccTable(long([[1, 2, 3]]))).toThrow(IccError);
  });

  it('a table with no spread at all says so instead of printing NaN', () => {
    expect(() =>
      iccTable(
        long([
          [3, 3],
          [3, 3],
        ]),
      ),
    ).toThrow(/every score is 3/);
  });

  it('rater and target ids are data: "constructor" and "__proto__" are ordinary names', () => {
    const rows = long(SHROUT_FLEISS).map((r) => ({
      ...r,
      rater: r.rater === 'J1' ? 'constructor' : r.rater === 'J2' ? '__proto__' : r.rater,
    }));
    expect(iccTable(rows).icc3.value).toBeCloseTo(0.7148, 4);
  });
});
