import { z } from 'zod';
import { slug } from '../../content/common';
import { BLOCK, type CardFacts, type Effect, type RuleKind } from '../types';
import { ranBy } from './shared';

const settings = z.strictObject({
  dimension: slug.describe('The rubric dimension that must pass ("correctness").'),
  below: z
    .number()
    .int()
    .min(2)
    .max(5)
    .describe('A score below this on that dimension, in any round that scores it, fires the rule.'),
  rounds: z
    .array(slug)
    .min(1)
    .max(20)
    .optional()
    .describe('Only these rounds (by id) count; all rounds that score the dimension when left out.'),
  effect: z
    .enum(['block', 'down-level'])
    .default('block')
    .describe('`block` refuses the offer; `down-level` allows at most one level down.'),
});
type Settings = z.infer<typeof settings>;

const CAP_ONE_DOWN: Effect = Object.freeze({ type: 'cap', step: -1 });

/** The card's score on the dimension when it is under the floor in a round the rule counts. */
const scoreUnder = (s: Settings, c: CardFacts) => {
  if (s.rounds && !s.rounds.includes(c.round)) return undefined;
  const score = Object.hasOwn(c.scores, s.dimension) ? c.scores[s.dimension] : undefined;
  return score !== undefined && score < s.below ? score : undefined;
};

const under = (s: Settings, cards: ReadonlyArray<CardFacts>) => {
  for (const c of cards) {
    const score = scoreUnder(s, c);
    if (score !== undefined) return { card: c, score };
  }
  return undefined;
};

/** A must-pass dimension: below the floor the offer is blocked or held one level down. */
export const dimensionFloor: RuleKind<Settings> = {
  kind: 'dimension-floor',
  defaultLabel: 'A must-pass dimension',
  summary: 'A score below the floor on this dimension blocks the offer, or caps it one level down.',
  phase: 'committee',
  // The down-level effect also reads the step the consensus reaches.
  reads: (s) => ({
    consensus: s.effect === 'down-level',
    cards: [{ rounds: s.rounds, dimension: s.dimension, meets: (c) => scoreUnder(s, c) !== undefined }],
  }),
  rounds: (s) => (s.rounds ?? []).map((id, j) => ({ key: `rounds[${j}]`, id })),
  dimensions: (s) => [{ key: 'dimension', id: s.dimension }],
  settings,
  evaluate(s, p) {
    if (!under(s, p.cards)) return null;
    if (s.effect === 'block') return BLOCK;
    return p.step !== null && p.step > -1 ? CAP_ONE_DOWN : null;
  },
  explain(s, p) {
    const { card, score } = under(s, p.cards)!;
    const what =
      s.effect === 'block'
        ? 'which the committee will not hire past'
        : 'so the offer goes no higher than one level down';
    return {
      by: ranBy(card),
      reason: `${s.dimension} scored ${score}/5 in ${card.roundTitle}, below the floor of ${s.below}, ${what}`,
    };
  },
};
