import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLibrary } from '../../src/content/library';
import { pathPlaysQuickly } from '../../machines/engine/checkPath';
import { pathOutcome } from '../../machines/engine/pathOutcome';
import { PathError, playPath } from '../../machines/engine/playPath';
import type { NegotiationStep, Scenario } from '../../machines/content/schema';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { seededRandom } from '../../machines/engine/random';
import { samplePaths } from '../helpers/paths';

const root = join(import.meta.dirname, '../..');
const library = loadLibrary([
  join(root, 'scenarios'),
  join(root, 'tests/fixtures/golden.yaml'),
  join(root, 'tests/fixtures/v2'),
]).scenarios;
type NamedPath = Scenario['paths'][string];

/** What the loop says of a path: true when it plays to the declared decision with no error. */
function loopPlays(resolved: ResolvedScenario, path: NamedPath): boolean {
  try {
    return (
      playPath(resolved, { name: 'x', choices: path.choices, negotiation: path.negotiation }).decision === path.decision
    );
  } catch (err) {
    if (err instanceof PathError) return false;
    throw err;
  }
}

const STEPS: NegotiationStep[] = [
  'verbal',
  'accept',
  'decline',
  { ask: 'base', amount: 5000 },
  { ask: 'equity', amount: 20000 },
  { ask: 'signOn', amount: 10000 },
  { ask: 'bonus', amount: 3000 },
];

describe('the quick check of a named path (validate)', () => {
  it('passes every shipped and fixture path, as the loop does', () => {
    let n = 0;
    for (const r of library) {
      for (const [name, path] of Object.entries(r.scenario.paths)) {
        expect(pathPlaysQuickly(r, path), `${r.scenario.id} ${name}`).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it('says "play it through the loop" for a wrong decision, a short negotiation, a bad answer or answers left over', () => {
    const a06 = library.find((r) => r.scenario.id === 'a06-latency-veto')!;
    const best = a06.scenario.paths.best!;
    const broken: NamedPath[] = [
      { ...best, decision: best.decision === 'hire' ? 'no_hire' : 'hire' },
      { ...best, negotiation: ['verbal'] },
      { ...best, choices: [...best.choices.slice(0, -1), 'no-such-answer'] },
      { ...best, choices: [...best.choices, best.choices[0]!] },
    ];
    for (const path of broken) {
      expect(pathPlaysQuickly(a06, path)).toBe(false);
      expect(loopPlays(a06, path)).toBe(false);
    }
  });

  // Sound: a path it passes always plays so through the loop. Complete: it passes what the loop plays.
  it('agrees with the loop on sampled answers and random negotiations', { timeout: 600_000 }, () => {
    const random = seededRandom(5);
    let compared = 0;
    for (const r of library) {
      for (const choices of samplePaths(r, 12)) {
        const walked = pathOutcome(r, choices);
        if (!walked) continue;
        const negotiation = Array.from(
          { length: Math.floor(random() * 4) },
          () => STEPS[Math.floor(random() * STEPS.length)]!,
        );
        const path: NamedPath = {
          choices: choices.slice(0, walked.answered),
          negotiation,
          decision: walked.decision,
        } as NamedPath;
        expect(pathPlaysQuickly(r, path), `${r.scenario.id} ${JSON.stringify(path)}`).toBe(loopPlays(r, path));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
