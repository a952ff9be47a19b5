import { describe, expect, it } from 'vitest';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';

// Shrout & Fleiss (1979): six targets, four judges, as a long table.
const WIDE = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];
const LONG = [
  'target,rater,score',
  ...WIDE.flatMap((row, t) => row.map((score, j) => `S${t + 1},J${j + 1},${score}`)),
].join('\n');

/** A CSV file in a fresh folder. */
function csv(body: string, name = 'ratings.csv') {
  const file = join(mkdtempSync(join(tmpdir(), 'debrief-icc-')), name);
  writeFileSync(file, body);
  return file;
}

describe('debrief icc', () => {
  it('prints each ICC with its 95 % interval', () => {
    const file = csv(LONG);
    const r = cli('icc', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('6 targets x 4 raters, 95 % intervals');
    expect(r.stdout).toMatch(/ICC\(1,1\)\s+0\.17\s+\[-0\.13,\s+0\.72\]/);
    expect(r.stdout).toMatch(/ICC\(2,1\)\s+0\.29\s+\[ 0\.02,\s+0\.76\]/);
    expect(r.stdout).toMatch(/ICC\(3,1\)\s+0\.71\s+\[ 0\.34,\s+0\.95\]/);
  });

  it('--json has the keys icc1, icc2 and icc3, each with its value and interval', () => {
    const r = cli('icc', csv(LONG), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['icc1', 'icc2', 'icc3']));
    expect(out.icc3.value).toBeCloseTo(0.7148, 4);
    expect(out.icc2.low).toBeCloseTo(0.019, 3);
    expect(out.icc1.high).toBeCloseTo(0.72, 2);
    expect([out.targets, out.raters]).toEqual([6, 4]);
  });

  it('reads quoted names, other columns, any column order and a BOM', () => {
    const body = `\uFEFFscore,note,Rater,Target\n${WIDE.flatMap((row, t) => row.map((s, j) => `${s},"a, b","Judge ${j}","Answer ${t}"`)).join('\n')}\n`;
    const out = JSON.parse(cli('icc', csv(body), '--json').stdout);
    expect(out.icc1.value).toBeCloseTo(0.1657, 4);
  });

  it('a score that is not a number names the file, the row and what was expected', () => {
    const file = csv(LONG.replace('S2,J3,3', 'S2,J3,three'));
    const r = cli('icc', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${file}: row 8: score: expected a number, found "three"`);
  });

  it('a missing header column is named', () => {
    const file = csv(LONG.replace('target,rater,score', 'answer,rater,score'));
    const r = cli('icc', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${file}: row 1: expected a header naming the columns target, rater and score, found "answer,rater,score"`,
    );
  });

  it('a rating given twice names both rows; a missing one names the target and the rater', () => {
    const twice = csv(`${LONG}\nS1,J1,4`);
    expect(cli('icc', twice).stderr).toBe(
      `${twice}: row 26: rater "J1" already scored target "S1" on row 2: expected one score per target and rater`,
    );
    const missing = csv(LONG.replace('\nS6,J4,7', ''));
    expect(cli('icc', missing).stderr).toMatch(/target "S6" has no score from rater "J4": .*unbalanced/);
  });

  it('a table too small to measure agreement says so', () => {
    const file = csv('target,rater,score\na,x,3\nb,x,4\n');
    const r = cli('icc', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${file}: expected at least 2 targets and 2 raters, found 2 targets and 1 rater`);
  });

  it('no file, a missing file and a device are usage or file errors, never a stack trace', () => {
    expect(cli('icc').code).toBe(2);
    const gone = cli('icc', '/nonexistent/ratings.csv');
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^\/nonexistent\/ratings\.csv: /);
    const link = join(mkdtempSync(join(tmpdir(), 'debrief-icc-')), 'zero.csv');
    symlinkSync('/dev/zero', link);
    const zero = cli('icc', link);
    expect(zero.stderr).toBe(`${link}: is not a regular file (a device, pipe or socket): expected a CSV file`);
    for (const r of [gone, zero]) expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  });

  it('is listed in the help', () => {
    expect(cli('help').stdout).toMatch(/debrief icc <file\.csv> \[--json\]/);
  });
});
