import { z } from 'zod';
import { name } from '../../content/common';
import { BLOCK, type RuleKind, type VoteFacts } from '../types';
import { isAgainst, who } from './shared';
import { recommendationLabel } from '../../format';

const settings = z.strictObject({
  voters: name.describe('The role whose members vote as a group (the engineering leads).'),
  overrules: name.describe('The role whose support the group overrules (the hiring manager).'),
  distrustShare: z
    .number()
    .gt(0)
    .max(1)
    .describe('Share of the group voting against (above 0, up to 1) that carries its vote.'),
});
type Settings = z.infer<typeof settings>;

/** V2 (003, D08): if enough of a group distrust the candidate, another member's support is overruled. */
export const groupDistrust: RuleKind<Settings> = {
  kind: 'group-distrust',
  defaultLabel: "The engineer's vote",
  summary: 'When at least this share of one role votes against, the offer is blocked whoever supports it.',
  phase: 'committee',
  reads: () => ({ votes: true }),
  settings,
  roles: (s) => [
    { key: 'voters', role: s.voters },
    { key: 'overrules', role: s.overrules },
  ],
  evaluate(s, p) {
    let voters = 0;
    let against = 0;
    for (const v of p.votes) {
      if (v.role !== s.voters) continue;
      voters++;
      if (isAgainst(v.recommendation)) against++;
    }
    return voters && against / voters >= s.distrustShare ? BLOCK : null;
  },
  explain(s, p) {
    const voters = p.votes.filter((v) => v.role === s.voters);
    const against = voters.filter((v) => isAgainst(v.recommendation));
    const manager: VoteFacts | undefined = p.votes.find((v) => v.role === s.overrules);
    const overruled =
      manager && !isAgainst(manager.recommendation)
        ? `; that overrules ${manager.name}'s ${recommendationLabel(manager.recommendation).toLowerCase()}`
        : '';
    // Each reason beside the name of the member who gave it, so none reads as the overruled member's.
    const said = against.map((v) => `${v.name}: ${v.reason.trim().replace(/[.;]$/, '')}`).join('; ');
    return {
      by: against.map(who).join(', '),
      reason: `${against.length} of ${voters.length} votes against (${said})${overruled}`,
    };
  },
};
