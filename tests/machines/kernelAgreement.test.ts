import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLibrary } from '../../src/content/library';
import { playPath } from '../../machines/engine/playPath';
import { pathOutcome } from '../../machines/engine/pathOutcome';
import { allPaths, samplePaths } from '../helpers/paths';

const root = join(import.meta.dirname, '../..');
const library = loadLibrary([
  join(root, 'scenarios'),
  join(root, 'tests/fixtures/golden.yaml'),
  join(root, 'tests/fixtures/v2'),
]);

// The machines are the reference; the kernel-based walk the branch check and the lab use must agree
// with them on every path where there are under 5,000, and on a large sample where there are more.
describe('the machines and the kernel agree on every path', () => {
  it('loads every shipped and fixture scenario', () => {
    expect(library.issues).toEqual([]);
    expect(library.scenarios.length).toBeGreaterThan(30);
  });
  for (const resolved of library.scenarios) {
    it(`${resolved.scenario.id}: decision, level and committee rules`, { timeout: 600_000 }, () => {
      const paths = allPaths(resolved, 5000) ?? samplePaths(resolved, 400);
      const offerRules = new Set(resolved.policy.rules.filter((r) => r.impl.phase === 'offer').map((r) => r.id));
      let compared = 0;
      for (const choices of paths) {
        const kernel = pathOutcome(resolved, choices);
        expect(kernel, choices.join(',')).not.toBeNull();
        const machines = playPath(resolved, {
          name: 'sample',
          choices: choices.slice(0, kernel!.answered),
          negotiation: [],
        });
        const fired = machines.rulesFired.map((f) => f.rule).filter((r) => !offerRules.has(r));
        expect({ decision: kernel!.decision, level: kernel!.level, rules: kernel!.rules }, choices.join(',')).toEqual({
          decision: machines.decision,
          level: machines.level,
          rules: fired,
        });
        compared++;
      }
      expect(compared).toBe(paths.length);
    });
  }
});
