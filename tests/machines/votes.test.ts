import { describe, expect, it } from 'vitest';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { calibrate, concernsOf, deriveVote } from '../../machines/rules/votes';
import { personVote } from '../../machines/committee/committeeInput';
import { pathOutcome } from '../../machines/engine/pathOutcome';

const library = loadLibrary([REPO_SCENARIOS]).scenarios;

describe('calibrate', () => {
  it("carries every field of the votes the engine and a person cast, and takes the member's leniency off the read", () => {
    const a06 = library.find((s) => s.scenario.id === 'a06-latency-veto')!;
    const cards = pathOutcome(a06, a06.scenario.paths.recorded!.choices)!.cards;
    const [first, second] = a06.committee;
    const derived = deriveVote(first!, cards, a06.pack.scoring, concernsOf(first!, a06.policy));
    const cast = personVote(
      { members: a06.committee },
      {
        type: 'committee.vote',
        member: second!.id,
        recommendation: 'no',
        scores: { a: 2 },
        narrative: 'The latency answer did not hold up.',
      },
    );
    for (const vote of [derived, cast]) {
      const calibrated = calibrate(vote, 0.25);
      // Every field the vote had, unchanged, plus the two calibration adds.
      expect(calibrated).toEqual({ ...vote, leniency: 0.25, calibrated: expect.any(Number) });
      expect(calibrated.calibrated).toBeCloseTo(Math.min(5, Math.max(1, vote.raw - 0.25)), 2);
    }
    expect(calibrate(cast, 0).narrative).toBe('The latency answer did not hold up.');
  });
});
