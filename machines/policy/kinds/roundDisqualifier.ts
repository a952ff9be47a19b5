import { z } from 'zod';
import { recommendationSchema, slug } from '../../content/common';
import { BLOCK, type CardFacts, type RuleKind } from '../types';
import { costliestNote, ranBy, recommendationRank } from './shared';
import { recommendationLabel } from '../../format';

const settings = z.strictObject({
  round: slug.describe('The id of the round whose failure disqualifies (several rounds: several instances).'),
  failAt: recommendationSchema.describe('A scorecard recommendation at or below this in that round disqualifies.'),
});
type Settings = z.infer<typeof settings>;

const fails = (s: Settings, c: CardFacts) =>
  c.round === s.round && recommendationRank(c.recommendation) <= recommendationRank(s.failAt);

const failed = (s: Settings, cards: ReadonlyArray<CardFacts>) => {
  for (const c of cards) if (fails(s, c)) return c;
  return undefined;
};

/** V3 (002): failing a disqualifying round ends the candidacy whatever the other rounds say. */
export const roundDisqualifier: RuleKind<Settings> = {
  kind: 'round-disqualifier',
  defaultLabel: 'Failing the technical round disqualifies',
  summary: 'A scorecard at or below this recommendation in this round blocks the offer.',
  phase: 'committee',
  reads: (s) => ({ cards: [{ rounds: [s.round], meets: (c) => fails(s, c) }] }),
  rounds: (s) => [{ key: 'round', id: s.round }],
  settings,
  evaluate: (s, p) => (failed(s, p.cards) ? BLOCK : null),
  explain(s, p) {
    const card = failed(s, p.cards)!;
    const note = costliestNote(card);
    return {
      by: ranBy(card),
      reason: `${card.roundTitle} scored ${recommendationLabel(card.recommendation).toLowerCase()} (${card.overall}/5)${note ? `: ${note}` : ''}`,
    };
  },
};
