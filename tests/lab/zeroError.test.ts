import { describe, expect, it } from 'vitest';
import { labPath } from '../../machines/lab/path';
import { readsDimensions } from '../../machines/lab/committee';
import { runLab } from '../../machines/lab/run';
import { seededDraws } from '../../machines/lab/normal';
import { DEFAULT_SETUP } from '../../machines/lab/setup';
import { committeeOutcome } from '../../machines/committee/outcome';
import { committeeInputOf } from '../../machines/loopMachine';
import { recommendationFor, weightedOverall } from '../../machines/rules/scoring';
import type { Scorecard } from '../../machines/rules/types';
import { barRaiser, shipped } from './library';

describe('with zero error the lab replays the recorded decision', () => {
  it.each(shipped.map((s) => [s.scenario.id, s] as const))(
    '%s: every draw decides as the recorded path did',
    (_id, resolved) => {
      const result = runLab(resolved, { ...DEFAULT_SETUP, n: 200, err: 0, len: 0 });
      if (result.question !== 'fragility') throw new Error('expected fragility');
      const hit = result.data.decisions.filter((d) => d.share.count > 0);
      expect(hit.map((d) => d.decision)).toEqual([result.recorded!.decision]);
      expect(hit[0]!.share.count).toBe(200);
    },
  );
});

describe("the lab's fast path decides as the explained committee does", () => {
  // The bar-raiser fixture reads dimension scores (a must-pass floor), so every field of a card is checked.
  it.each([...barRaiser, ...shipped].map((s) => [s.scenario.id, s] as const))(
    '%s: noisy draws decided alike',
    (_id, resolved) => {
      const lab = labPath(resolved, DEFAULT_SETUP);
      const cm = lab.committee;
      const floors = cm.floorsFor(cm.policy);
      const draws = seededDraws(3);
      const rounds = new Map(resolved.rounds.map((r) => [r.id, r]));
      const readsScores = readsDimensions(resolved.policy.rules);
      for (let i = 0; i < 300; i++) {
        // The reference knows only the recorded leniency, so the interviewers keep theirs; the error is the default.
        cm.recordedPeople();
        cm.readAll(draws, 0, DEFAULT_SETUP.err);
        cm.vote(floors);
        const fast = cm.decide();
        const cards: Scorecard[] = lab.report.packet.map((card, c) => ({
          ...card,
          ...cm.cards[c]!,
          scores: { ...cm.cards[c]!.scores },
          notes: [...card.notes],
          flags: [...card.flags],
          impacts: [...card.impacts],
        }));
        if (readsScores) {
          for (const card of cards) {
            const overall = weightedOverall(card.scores, rounds.get(card.round)!.rubric.dimensions);
            expect(card.overall).toBe(overall);
            expect(card.recommendation).toBe(recommendationFor(overall, resolved.pack.scoring.recommendation));
          }
        }
        const slow = committeeOutcome(committeeInputOf(resolved, cards));
        expect(cm.packet.consensus).toBe(slow.consensus);
        expect(fast).toBe(slow.step);
      }
    },
  );
});
