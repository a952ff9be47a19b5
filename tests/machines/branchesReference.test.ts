import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLibrary } from '../../src/content/library';
import { enumerateBranches } from '../../machines/engine/branches';
import { playPath } from '../../machines/engine/playPath';
import { bruteBranches } from '../helpers/bruteBranches';
import { allPaths } from '../helpers/paths';
import { syntheticScenario } from '../helpers/synthetic';
import { grownScenario } from '../helpers/grown';

const root = join(import.meta.dirname, '../..');
const library = loadLibrary([
  join(root, 'scenarios'),
  join(root, 'tests/fixtures/golden.yaml'),
  join(root, 'tests/fixtures/v2'),
]);

// The dynamic-programming check must count exactly what enumerating every combination counts.
describe('the branch check by dynamic programming equals the brute-force enumeration', () => {
  for (const resolved of library.scenarios) {
    it(`${resolved.scenario.id}: paths, decisions, unreachable probes and dead ends`, () => {
      const fast = enumerateBranches(resolved);
      const slow = bruteBranches(resolved);
      expect({
        paths: fast.paths,
        decisions: fast.decisions,
        deadEnds: fast.deadEnds,
        unreachable: fast.unreachable,
      }).toEqual({
        paths: slow.paths,
        decisions: slow.decisions,
        deadEnds: slow.deadEnds,
        unreachable: slow.unreachable,
      });
      // Every example is a real path that plays to the decision it stands for.
      for (const [decision, choices] of Object.entries(fast.examples)) {
        expect(
          playPath(resolved, { name: 'example', choices: choices!, negotiation: [] }).decision,
          choices!.join(','),
        ).toBe(decision);
      }
      const every = allPaths(resolved, 2000);
      if (every && !fast.deadEnds) expect(fast.paths).toBe(every.length);
    });
  }
});

describe('the branch check grows with states, not paths', () => {
  it('counts a scenario of 5^13 (over a billion) paths exactly, in a few thousand states', () => {
    const report = enumerateBranches(syntheticScenario(1, 13));
    expect(report.paths).toBe(5 ** 13);
    expect(Object.values(report.decisions).reduce((a, b) => a + b, 0)).toBe(5 ** 13);
    expect(report.states).toBeLessThan(20_000);
    for (const [decision, choices] of Object.entries(report.examples)) {
      expect(choices).toHaveLength(13);
      expect(decision).toMatch(/hire|down_level|no_hire/);
    }
  });
  it('and two rounds of it agree with the slow enumeration where that can still run', () => {
    const small = syntheticScenario(2, 3);
    const fast = enumerateBranches(small);
    expect(fast.paths).toBe(5 ** 6);
    expect(fast.decisions).toEqual(bruteBranches(small).decisions);
  });
});

describe('the branch check keeps sums across rounds, not sequences', () => {
  const a06 = library.scenarios.find((s) => s.scenario.id === 'a06-latency-veto')!;
  // Every round of a06 is run by a committee member, so each member's own overalls used to be kept
  // as a sequence: from 3 rounds on, most paths were states of their own.
  it.each([3, 4])(
    'a06 grown to %i rounds counts what brute force counts',
    (rounds) => {
      const grown = grownScenario(a06, rounds);
      const fast = enumerateBranches(grown);
      const slow = bruteBranches(grown);
      expect({ paths: fast.paths, decisions: fast.decisions }).toEqual({
        paths: slow.paths,
        decisions: slow.decisions,
      });
      for (const [decision, choices] of Object.entries(fast.examples))
        expect(playPath(grown, { name: 'example', choices: choices!, negotiation: [] }).decision).toBe(decision);
    },
    300_000,
  );
  it('a06 grown to 6 rounds: 46,656,000 paths in a few hundred thousand states', () => {
    const report = enumerateBranches(grownScenario(a06, 6));
    expect(report.paths).toBe(46_656_000);
    expect(Object.values(report.decisions).reduce((a, b) => a + b, 0)).toBe(report.paths);
    expect(report.states).toBeLessThan(report.paths / 100);
  }, 300_000);
});
