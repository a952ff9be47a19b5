import { describe, expect, it } from 'vitest';
import { runLabRequest, scenarioData } from '../../src/lab/labRequest';
import { parseSetup } from '../../machines/lab/setup';
import { cli } from '../helpers/cli';
import { scenario, shipped } from './library';

describe('the lab screen and debrief lab give the same numbers for one seed', () => {
  it.each([
    ['fragility', 'a06-latency-veto'],
    ['rules', 'd08-engineers-vote'],
    ['interviewers', 'a03-sustainable-pace'],
    ['calibration', 'b01-data-pm-loop'],
    ['report', 'a06-latency-veto'],
  ])('%s on %s', (question, id) => {
    const parsed = parseSetup({ q: question, n: '1500', seed: '42', err: '0.8', len: '0.3' });
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    // What the worker runs, on the plain data the page posts to it.
    const screen = runLabRequest({ target: scenarioData(scenario(id)), setup: parsed.setup });
    const run = cli(
      'lab',
      id,
      '--question',
      question,
      '--runs',
      '1500',
      '--seed',
      '42',
      '--err',
      '0.8',
      '--len',
      '0.3',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(screen)));
  });

  it('over the whole library too, whatever order the scenarios come in', () => {
    const parsed = parseSetup({ q: 'rules', n: '200', seed: '5', scope: 'library' });
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const screen = runLabRequest({
      target: null,
      library: [...shipped].reverse().map(scenarioData),
      setup: parsed.setup,
    });
    const run = cli('lab', '--question', 'rules', '--scope', 'library', '--runs', '200', '--seed', '5', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(screen)));
    expect(screen.tables[0]!.rows.length).toBeGreaterThan(shipped.length);
  });

  it('another seed gives other numbers', () => {
    const a = cli('lab', 'a06-latency-veto', '--runs', '1500', '--seed', '1', '--json');
    const b = cli('lab', 'a06-latency-veto', '--runs', '1500', '--seed', '2', '--json');
    expect(JSON.parse(a.stdout).data).not.toEqual(JSON.parse(b.stdout).data);
  });
});

describe('debrief lab refuses a bad setup, naming the flag', () => {
  it.each([
    [['--runs', '10'], '--runs: expected a whole number of draws from 100 to 5000000, found "10"'],
    [
      ['--question', 'luck'],
      '--question: expected one of fragility, rules, interviewers, calibration, report, found "luck"',
    ],
    [['--err=-1'], '--err: expected an error sd in points from 0 to 3, found "-1"'],
  ])('%j', (flags, message) => {
    const run = cli('lab', 'a06-latency-veto', ...flags);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
  });

  it('a rule the scenario does not have', () => {
    const run = cli('lab', 'a06-latency-veto', '--off', 'V9');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/off: V9 is not a rule of a06-latency-veto; expected some of V1, V6/);
  });

  it('warns when N is too small for ±2 points, and prints the seed and N', () => {
    const run = cli('lab', 'a06-latency-veto', '--runs', '300', '--seed', '9');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('N = 300 · seed 9');
    expect(run.stdout).toMatch(/Warning: N = 300 is too small for ±2 points.*use N ≥ 2401/);
  });

  it('writes CSV with the seed and N on every row', () => {
    const run = cli('lab', 'a06-latency-veto', '--runs', '500', '--seed', '4', '--csv');
    const lines = run.stdout.split('\n').filter((l) => l && !l.startsWith('table,'));
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l).toMatch(/^[^,]+,fragility,a06-latency-veto,recorded,4,500,/);
  });
});
