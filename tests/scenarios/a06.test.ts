import { describe, expect, it } from 'vitest';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import type { PlayReport } from '../../machines/engine/report';
import { cli } from '../helpers/cli';
import { expectDecision } from '../helpers/expectDecision';
import { play } from '../helpers/play';

// A06's named failure: agree to the re-rank that doubles model latency, then keep to it after
// finance says two enterprise contracts would be breached.
const FAILURE = ['a06-xf-rerank-yes', 'a06-xf-contracts-hold'];
const STRONG_DEEP_DIVE = ['a06-di-attribution-holdout', 'a06-di-confound-split', 'a06-di-gate-forecast'];

const playJson = (path: string): PlayReport => {
  const r = cli('play', 'a06-latency-veto', '--path', path, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as PlayReport;
};
const crossFunctional = (run: PlayReport) => run.scorecards.find((c) => c.round === 'cross-functional')!;

describe('A06: the latency veto', () => {
  it('a player who repeats the failure and then gives a tidy dated commitment still meets the veto', () => {
    const run = playJson([...STRONG_DEEP_DIVE, ...FAILURE, 'a06-xf-commit-dated'].join(','));
    expectDecision(run, 'no_hire', { fired: ['V1'] });
    expect(crossFunctional(run).reliability).toBeLessThan(5);
    expect(run.rulesFired[0]!.reason).toMatch(/reliability 4\/10 in Cross-functional simulation/);
    expect(run.offer).toBeNull();
  });

  it('the scenario names that failure as a path, so validate holds the engine to it', () => {
    const run = playJson('repeats-the-failure');
    expectDecision(run, 'no_hire', { fired: ['V1'] });
  });

  it('the recorded debrief is unchanged: 4/10 reliability vetoed despite a stellar deep-dive', () => {
    const run = playJson('recorded');
    expectDecision(run, 'no_hire', { fired: ['V1'] });
    expect(crossFunctional(run).reliability).toBe(4);
    expect(run.scorecards.find((c) => c.round === 'data-impact')!.overall).toBeGreaterThanOrEqual(4.5);
  });

  it('saying no inside the risk budget still earns the offer', () => {
    const run = playJson('best');
    expectDecision(run, 'hire');
    expect(crossFunctional(run).reliability).toBeGreaterThanOrEqual(5);
  });

  it('no way through that repeats the failure ends in an offer, a down-level included, whatever else the player answers', () => {
    const resolved = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'a06-latency-veto')!;
    const deepDives: string[][] = [];
    for (const attribution of ['a06-di-attribution-holdout', 'a06-di-attribution-usage', 'a06-di-attribution-team']) {
      // Only the holdout answer draws the confound probe.
      const confounds = attribution.endsWith('holdout')
        ? ['a06-di-confound-split', 'a06-di-confound-all', 'a06-di-confound-rerun']
        : [undefined];
      for (const confound of confounds)
        for (const gate of ['a06-di-gate-forecast', 'a06-di-gate-demo', 'a06-di-gate-metrics'])
          deepDives.push([attribution, confound, gate].filter((c): c is string => c !== undefined));
    }
    const offered = deepDives.flatMap((deepDive) =>
      ['a06-xf-commit-dated', 'a06-xf-commit-same', 'a06-xf-commit-later']
        .map((commit) => [...deepDive, ...FAILURE, commit])
        .filter((choices) => play(resolved, choices).level !== null),
    );
    expect(deepDives).toHaveLength(15);
    // Not a hire, and not a down-level either: the veto meets any offer on a rating this low.
    expect(offered, 'paths that repeat the A06 failure yet get an offer').toEqual([]);
  });
});
