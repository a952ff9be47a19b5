import { describe, expect, it } from 'vitest';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { fastCommittee, fastStep, fastStepAfter, readPrefix, type PrefixReads } from '../../machines/policy/fast';
import { decisionOfStep } from '../../machines/policy/ladder';
import { votingMembers } from '../../machines/committee/outcome';
import { pathOutcome } from '../../machines/engine/pathOutcome';
import { samplePaths } from '../helpers/paths';

const library = loadLibrary([REPO_SCENARIOS]).scenarios;

describe("the kernel's numeric path", () => {
  it('decides every sampled packet as the explained committee does, and a packet read in two parts as one read whole', () => {
    let packets = 0;
    for (const resolved of library) {
      const committee = fastCommittee(
        resolved.policy,
        resolved.pack.scoring,
        votingMembers({ members: resolved.committee, policy: resolved.policy }),
      );
      const prefix: PrefixReads = {
        length: 0,
        totals: new Float64Array(committee.empty.totals.length),
        low: undefined,
      };
      for (const choices of samplePaths(resolved, 40, 3)) {
        const outcome = pathOutcome(resolved, choices);
        if (!outcome || outcome.decision === 'hold') continue;
        packets++;
        const whole = fastStep(committee, outcome.cards);
        expect(decisionOfStep(whole), `${resolved.scenario.id} ${choices.join(',')}`).toBe(outcome.decision);
        for (let split = 0; split <= outcome.cards.length; split++) {
          readPrefix(committee, outcome.cards.slice(0, split), prefix);
          expect(fastStepAfter(committee, prefix, outcome.cards), `${resolved.scenario.id} split at ${split}`).toBe(
            whole,
          );
          // The votes it leaves behind are the same numbers too, not only the decision.
          const votes = committee.votes.map((v) => `${v.recommendation} ${v.calibrated}`);
          fastStep(committee, outcome.cards);
          expect(votes).toEqual(committee.votes.map((v) => `${v.recommendation} ${v.calibrated}`));
        }
      }
    }
    expect(packets).toBeGreaterThan(500);
  });
});
