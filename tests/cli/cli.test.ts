import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** A temporary copy of the golden fixture (scenario + pack) that a test may break. */
function goldenCopy(edit?: (yaml: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-'));
  cpSync(join(FIXTURES, 'golden.yaml'), join(dir, 'golden.yaml'));
  cpSync(join(FIXTURES, 'packs'), join(dir, 'packs'), { recursive: true });
  const file = join(dir, 'golden.yaml');
  if (edit) writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return { dir, file };
}

describe('debrief validate', () => {
  it('passes a valid folder and says what it checked', () => {
    const { dir } = goldenCopy();
    const r = cli('validate', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2 files valid: 1 scenario, 1 pack');
  });

  it('names the path of a misspelled key and exits 1', () => {
    const { file } = goldenCopy((y) => y.replace('    interviewer: eli', '    interviewr: eli'));
    const r = cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('golden.yaml: rounds[1].interviewr: unknown key "interviewr"');
  });

  it('reports every problem, not just the first, one line each with file, path, expected and found', () => {
    const { dir, file } = goldenCopy((y) =>
      y.replace('level: L5', 'level: 5').replace('pack: golden', 'pack: nowhere'),
    );
    writeFileSync(join(dir, 'other.yaml'), 'kind: scenario\nid: Bad Id\n');
    const r = cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.errLines.filter((l) => l.includes('golden.yaml: level: expected string, found number'))).toHaveLength(1);
    expect(r.stderr).toMatch(/other\.yaml: id: expected a lowercase id/);
    expect(r.stderr).toMatch(/other\.yaml: schemaVersion: expected number, found nothing \(the key is missing\)/);
    expect(r.errLines.at(-1)).toMatch(/^\d+ problems in 3 files$/);
    expect(file).toBeTruthy();
  });

  it('checks cross-references: a path naming an option that does not exist, and an unknown pack', () => {
    const r1 = cli(
      'validate',
      goldenCopy((y) =>
        y.replace(
          'choices: [s1-strong, t1-strong, probe-strong, t2-decisive, p1-push]',
          'choices: [s1-strong, t1-typo]',
        ),
      ).file,
    );
    expect(r1.stderr).toContain('paths.best.choices[1]: expected an option id of this scenario, found "t1-typo"');
    const r2 = cli('validate', goldenCopy((y) => y.replace('pack: golden', 'pack: nowhere')).file);
    expect(r2.stderr).toMatch(/pack: expected the id of a pack .*found "nowhere"/);
  });

  it('plays every named path and fails when one misses its declared decision', () => {
    const r = cli(
      'validate',
      goldenCopy((y) => y.replace('p1-push], decision: hire', 'p1-push], decision: no_hire')).file,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('paths.best.decision: expected the path to reach no_hire, it reaches hire');
  });

  it('a bad file does not stop the good ones from loading', () => {
    const { dir } = goldenCopy();
    writeFileSync(join(dir, 'broken.yaml'), 'kind: scenario\n  : : nonsense [');
    const r = cli('list', '--json', dir);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(['golden']);
    expect(r.stderr).toMatch(/broken\.yaml: line \d+: not valid YAML/);
  });

  it('says plainly when a file is from a newer format version', () => {
    const r = cli('validate', goldenCopy((y) => y.replace('schemaVersion: 1', 'schemaVersion: 9')).file);
    expect(r.stderr).toContain(
      'schemaVersion: expected a format version from 1 (oldest still read) to 3 (current), found version 9, newer than this engine reads',
    );
  });
});

describe('debrief play', () => {
  it('--json prints the documented object', () => {
    const r = cli('play', goldenCopy().file, '--path', 'best', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['scenario', 'path', 'decision', 'level', 'rulesFired', 'scorecards', 'offer', 'days']),
    );
    expect(out).toMatchObject({ scenario: 'golden', path: 'best', decision: 'hire', level: 'L5', days: 23 });
    expect(out.scorecards[0]).toEqual(
      expect.objectContaining({ round: 'screen', interviewer: 'rita', recommendation: 'strong_yes', reliability: 7 }),
    );
    expect(out.offer).toEqual(expect.objectContaining({ level: 'L5', base: 187500, accepted: true, extras: [] }));
  });

  it('text mode shows rounds, scorecards, the debrief, the rule that fired and the decision', () => {
    const r = cli('play', goldenCopy().file);
    expect(r.stdout).toContain('Day 7 · Technical with Eli (engineering-manager)');
    expect(r.stdout).toContain('↳ probe: What did you say no to?');
    expect(r.stdout).toMatch(/reliability 4\/10/);
    expect(r.stdout).toContain('Decision: NO HIRE');
    expect(r.stdout).toContain('V1 fired by Hank (hiring manager)');
  });

  it('accepts comma-separated option ids, and --seed makes a random path repeatable', () => {
    const r = cli('play', goldenCopy().file, '--path', 's1-ok,t1-ok,t2-decisive,p1-push', '--json');
    expect(JSON.parse(r.stdout).path).toBe('custom');
    const file = goldenCopy().file;
    const a = JSON.parse(cli('play', file, '--path', 'random', '--seed', '7', '--json').stdout);
    const b = JSON.parse(cli('play', file, '--path', 'random', '--seed', '7', '--json').stdout);
    expect(a.transcript.map((t: { option: string }) => t.option)).toEqual(
      b.transcript.map((t: { option: string }) => t.option),
    );
  });

  it.each([
    [['play', 'no-such-scenario'], /^unknown scenario "no-such-scenario": expected one of /],
    [['play', '/tmp/does-not-exist.yaml'], /^\/tmp\/does-not-exist\.yaml: no such file$/],
    [['play', 'GOLDEN', '--path', 's1-strong,nope'], /unknown option id "nope"/],
    [
      ['play', 'GOLDEN', '--path', 'bestt'],
      /--path "bestt": expected a path of golden \(recorded, best, worst\), "random", or comma-separated option ids/,
    ],
    [
      ['play', 'GOLDEN', '--path', 't1-strong'],
      /path "custom": "t1-strong" is not an answer to prompt s1 \(Screen\); expected one of s1-strong, s1-ok, s1-late/,
    ],
    [
      ['play', 'GOLDEN', '--path', 's1-strong,t1-ok'],
      /path "custom" ends before the loop does: no answer for prompt t2/,
    ],
    [['play', 'GOLDEN', '--seed', 'abc'], /--seed: expected an integer, found "abc"/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('bad input %j: one clear line, non-zero exit, no stack trace', (argv, message) => {
    const file = goldenCopy().file;
    const r = cli(...argv.map((a) => (a === 'GOLDEN' ? file : a)));
    expect(r.code).not.toBe(0);
    expect(r.errLines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid scenario file is reported, not played', () => {
    const r = cli('play', goldenCopy((y) => y.replace('kind: scenario', 'kind: scenari0')).file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/golden\.yaml: kind: /);
  });
});

describe('debrief schema', () => {
  it('prints a JSON Schema an editor can use, naming scenario fields', () => {
    const schema = JSON.parse(cli('schema').stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(JSON.stringify(schema)).toContain('"followUp"');
  });
});

describe('the installed bin', () => {
  it('runs through node as `debrief` does after npm ci, with the exit code', () => {
    const bin = join(import.meta.dirname, '../../bin/debrief.js');
    const out = execFileSync('node', [bin, 'play', goldenCopy().file, '--path', 'best', '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out).decision).toBe('hire');
    expect(() => execFileSync('node', [bin, 'play', 'no-such-scenario'], { stdio: 'pipe' })).toThrow(
      /unknown scenario/,
    );
  });
});

describe('debrief paths', () => {
  it('counts the paths through a scenario, how many end in each decision, with a way to reach each', () => {
    const { file } = goldenCopy();
    const r = cli('paths', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('72 paths through 3 rounds');
    expect(r.stdout).toMatch(/hold\s+24\s+33\.3 %\s+e\.g\. --path s1-late,/);
    expect(r.stdout).toContain('Every prompt is reachable and every path ends in a decision.');
    const json = JSON.parse(cli('paths', file, '--json').stdout);
    expect(json.paths).toBe(72);
    expect(Object.values(json.decisions as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(72);
  });

  it('fails on a probe no answer leads to, naming it, and validate fails the same way', () => {
    const { file } = goldenCopy((y) => y.replace(', followUp: t1-probe }', ' }'));
    const r = cli('paths', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('golden.yaml: rounds[1].prompts[1]: no path reaches prompt "t1-probe"');
    const v = cli('validate', file);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain('rounds[1].prompts[1]: no path reaches prompt "t1-probe"');
  });

  it('fails on a follow-up that loops back, a path with no decision', () => {
    const { file } = goldenCopy((y) =>
      y.replace(
        'note: No trade-off named., signals: { scores: { structure: -1 } } }',
        'note: No trade-off named., followUp: t1-probe }',
      ),
    );
    const r = cli('paths', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/no decision\s+3/);
    expect(r.stderr).toContain('rounds[1].prompts[1].options[1].followUp: leads back to prompt "t1-probe"');
  });

  it('names the scenario it cannot find', () => {
    const r = cli('paths', 'no-such-scenario');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^unknown scenario "no-such-scenario": expected one of /);
  });
});
