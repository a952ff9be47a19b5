import { z } from 'zod';
import { slug } from '../../content/common';
import { BLOCK, type CardFacts, type RuleKind } from '../types';
import { ranBy } from './shared';
import { humanize } from '../../format';

const settings = z.strictObject({
  flags: z.array(slug).min(1).max(20).describe('Any of these flags on any scorecard disqualifies the candidate.'),
});
type Settings = z.infer<typeof settings>;

const flagged = (s: Settings, cards: ReadonlyArray<CardFacts>) => {
  for (const c of cards) for (const f of c.flags) if (s.flags.includes(f)) return { card: c, flag: f };
  return undefined;
};

/** V4 (002, C06): an answer that raises one of these flags disqualifies (indecision, even in reflection). */
export const flagDisqualifier: RuleKind<Settings> = {
  kind: 'flag-disqualifier',
  defaultLabel: 'Indecision disqualifies',
  summary: 'Any answer that raises one of these flags blocks the offer.',
  phase: 'committee',
  reads: (s) => ({ cards: [{ flags: s.flags, meets: (c) => c.flags.some((f) => s.flags.includes(f)) }] }),
  settings,
  evaluate: (s, p) => (flagged(s, p.cards) ? BLOCK : null),
  explain(s, p) {
    const { card, flag } = flagged(s, p.cards)!;
    return { by: ranBy(card), reason: `raised the ${humanize(flag)} flag: ${card.notes.join(' ')}` };
  },
};
