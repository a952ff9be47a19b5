import { z } from 'zod';
import { recommendationSchema, slug } from '../../content/common';
import { BLOCK, type CardFacts, type RuleKind } from '../types';
import { costliestNote, ranBy, recommendationRank } from './shared';
import { recommendationLabel } from '../../format';

const settings = z.strictObject({
  round: slug.describe('The round whose failure ends the loop at once ("screen").'),
  failAt: recommendationSchema.describe(
    'A scorecard at or below this recommendation in that round ends the loop: no later round, no debrief day.',
  ),
});
type Settings = z.infer<typeof settings>;

const fails = (s: Settings, c: CardFacts) =>
  c.round === s.round && recommendationRank(c.recommendation) <= recommendationRank(s.failAt);

const failed = (s: Settings, cards: ReadonlyArray<CardFacts>) => {
  for (const c of cards) if (fails(s, c)) return c;
  return undefined;
};

/** A failed screen ends the loop there: the candidate sits no later round and no committee meets. */
export const earlyEnd: RuleKind<Settings> = {
  kind: 'early-end',
  defaultLabel: 'A failed screen ends the loop',
  summary:
    'A scorecard at or below this recommendation in this round ends the loop at once, with no later round and no debrief.',
  phase: 'loop',
  since: 3,
  reads: (s) => ({ cards: [{ rounds: [s.round], meets: (c) => fails(s, c) }] }),
  rounds: (s) => [{ key: 'round', id: s.round }],
  settings,
  evaluate: (s, p) => (failed(s, p.cards) ? BLOCK : null),
  explain(s, p) {
    const card = failed(s, p.cards)!;
    const note = costliestNote(card);
    return {
      by: ranBy(card),
      reason: `${card.roundTitle} scored ${recommendationLabel(card.recommendation).toLowerCase()} (${card.overall}/5), so the loop ends there with no debrief${note ? `: ${note}` : ''}`,
    };
  },
};
