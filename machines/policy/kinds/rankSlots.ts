import { z } from 'zod';
import { BLOCK, type Packet, type RuleKind } from '../types';

const settings = z.strictObject({
  slots: z.number().int().positive().max(1000).describe('How many offers there are; the cohort is ranked for them.'),
});
type Settings = z.infer<typeof settings>;

// Ties go to the cohort: a slot is not won on a tie.
const rankOf = (p: Pick<Packet, 'consensus' | 'cohort'>) => {
  let ahead = 0;
  for (const c of p.cohort) if (c.score >= p.consensus) ahead++;
  return ahead + 1;
};

/** The cohort ordered as the rule ranks it, the candidate in their place: ahead (ties included), then behind. */
export function cohortRanking(consensus: number, cohort: Packet['cohort']) {
  const byScore = [...cohort].sort((a, b) => b.score - a.score);
  return {
    rank: rankOf({ consensus, cohort }),
    ahead: byScore.filter((c) => c.score >= consensus),
    behind: byScore.filter((c) => c.score < consensus),
  };
}

/** V5 (003, D06): conversion is a competitive slot: rank the cohort and offer down to the slots. */
export const rankSlots: RuleKind<Settings> = {
  kind: 'rank-slots',
  defaultLabel: 'Ranking against the slots',
  summary: 'The candidate is ranked against the cohort; only the top ones, up to the number of slots, get an offer.',
  phase: 'rank',
  reads: () => ({ consensus: true, cohort: true }),
  settings,
  evaluate: (s, p) => (rankOf(p) > s.slots ? BLOCK : null),
  explain(s, p) {
    const rank = rankOf(p);
    const behind = p.cohort.filter((c) => c.score > p.consensus).map((c) => `${c.name} ${c.score}`);
    const tied = p.cohort.filter((c) => c.score === p.consensus).map((c) => `${c.name} ${c.score}`);
    const parts = [
      behind.length ? `behind ${behind.join(', ')}` : '',
      tied.length ? `tied with ${tied.join(', ')}, and a tie does not win a slot` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      by: 'committee',
      reason: `ranked ${rank} of ${p.cohort.length + 1} for ${s.slots} slot${s.slots > 1 ? 's' : ''} (${p.consensus} ${parts})`,
    };
  },
};
