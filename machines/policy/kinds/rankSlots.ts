import { z } from 'zod';
import { BLOCK, type Packet, type RuleKind } from '../types';

const settings = z.strictObject({
  slots: z.number().int().positive().max(1000).describe('How many offers there are; the cohort is ranked for them.'),
  ties: z
    .enum(['cohort', 'candidate'])
    .default('cohort')
    .describe(
      'Who wins a tie on the calibrated score: `cohort`, the other candidate (a slot is not won on a tie, as version 2 ranked), or `candidate`, the one being decided.',
    ),
});
type Settings = z.infer<typeof settings>;
type Ties = Settings['ties'];

// A v2 file's ranking carries no `ties`: ties went to the cohort, and still do.
const ahead = (score: number, consensus: number, ties: Ties | undefined) =>
  ties === 'candidate' ? score > consensus : score >= consensus;

const rankOf = (p: Pick<Packet, 'consensus' | 'cohort'>, ties?: Ties) => {
  let n = 0;
  for (const c of p.cohort) if (ahead(c.score, p.consensus, ties)) n++;
  return n + 1;
};

/** The cohort ordered as the rule ranks it, the candidate in their place: ahead (ties as the rule says), then behind. */
export function cohortRanking(consensus: number, cohort: Packet['cohort'], ties?: Ties) {
  const byScore = [...cohort].sort((a, b) => b.score - a.score);
  return {
    rank: rankOf({ consensus, cohort }, ties),
    ahead: byScore.filter((c) => ahead(c.score, consensus, ties)),
    behind: byScore.filter((c) => !ahead(c.score, consensus, ties)),
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
  evaluate: (s, p) => (rankOf(p, s.ties) > s.slots ? BLOCK : null),
  explain(s, p) {
    const rank = rankOf(p, s.ties);
    const behind = p.cohort.filter((c) => c.score > p.consensus).map((c) => `${c.name} ${c.score}`);
    const tied = p.cohort.filter((c) => c.score === p.consensus).map((c) => `${c.name} ${c.score}`);
    const parts = [
      behind.length ? `behind ${behind.join(', ')}` : '',
      tied.length
        ? `tied with ${tied.join(', ')}, and ${s.ties === 'candidate' ? 'a tie goes to the candidate' : 'a tie does not win a slot'}`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      by: 'committee',
      reason: `ranked ${rank} of ${p.cohort.length + 1} for ${s.slots} slot${s.slots > 1 ? 's' : ''} (${p.consensus} ${parts})`,
    };
  },
};
