import { z } from 'zod';
import { recommendationSchema, slug } from '../../content/common';
import { BLOCK, type CardFacts, type RuleKind } from '../types';
import { costliestNote, ranBy, recommendationRank } from './shared';
import { recommendationLabel } from '../../format';

// What the kinds that act on one round's failure share (a round that disqualifies, a round whose
// failure ends the loop): their settings, what they read, and the firing's words; each kind says
// its own phase and what the failure means.

/** A round and the recommendation at or below which it fails, each key described as its kind says. */
export const roundFailureSettings = (describe: { round: string; failAt: string }) =>
  z.strictObject({
    round: slug.describe(describe.round),
    failAt: recommendationSchema.describe(describe.failAt),
  });
type Settings = z.infer<ReturnType<typeof roundFailureSettings>>;

const fails = (s: Settings, c: CardFacts) =>
  c.round === s.round && recommendationRank(c.recommendation) <= recommendationRank(s.failAt);

const failed = (s: Settings, cards: ReadonlyArray<CardFacts>) => {
  for (const c of cards) if (fails(s, c)) return c;
  return undefined;
};

/** The reads, rounds, check and explanation of a round-failure kind; `consequence` follows the score in its reason. */
export const roundFailure = (
  consequence = '',
): Pick<RuleKind<Settings>, 'reads' | 'rounds' | 'evaluate' | 'explain'> => ({
  reads: (s) => ({ cards: [{ rounds: [s.round], meets: (c) => fails(s, c) }] }),
  rounds: (s) => [{ key: 'round', id: s.round }],
  evaluate: (s, p) => (failed(s, p.cards) ? BLOCK : null),
  explain(s, p) {
    const card = failed(s, p.cards)!;
    const note = costliestNote(card);
    return {
      by: ranBy(card),
      reason: `${card.roundTitle} scored ${recommendationLabel(card.recommendation).toLowerCase()} (${card.overall}/5)${consequence}${note ? `: ${note}` : ''}`,
    };
  },
});
