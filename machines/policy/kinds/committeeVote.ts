import { z } from 'zod';
import { name } from '../../content/common';
import { BLOCK, type Packet, type RuleKind, type VoteFacts } from '../types';
import { isAgainst, quoteVote, readVote } from './shared';

const settings = z.strictObject({
  rule: z
    .union(
      [
        z.enum(['unanimity', 'majority'], { error: 'expected unanimity, majority or {quorum: share}' }),
        z.strictObject({
          quorum: z
            .number()
            .gt(0)
            .max(1)
            .describe("The share of the committee's vote weight that must be for (0.75 is three quarters)."),
        }),
      ],
      { error: 'expected unanimity, majority or {quorum: share}' },
    )
    .describe(
      'How the committee must vote for the offer to stand: `unanimity`, every member for; `majority`, more than half the weight for; `{quorum: 0.75}`, at least that share of the weight for.',
    ),
  weights: z
    .record(name, z.number().min(0).max(100))
    .optional()
    .describe(
      "Vote weight by role (`hiring-manager: 2`); a role left out weighs 1, and 0 takes a role's vote out of the count.",
    ),
  reads: z
    .enum(['raw', 'calibrated'])
    .default('raw')
    .describe(
      "Which vote counts: `raw`, each member's vote as cast, or `calibrated`, their leniency-corrected score read on the pack's recommendation thresholds.",
    ),
});
type Settings = z.infer<typeof settings>;

const weightOf = (s: Settings, v: Pick<VoteFacts, 'role'>) =>
  s.weights && Object.hasOwn(s.weights, v.role) ? s.weights[v.role]! : 1;

/** The weight voting for and the weight counted, without allocating. */
function tally(s: Settings, p: Packet) {
  let forWeight = 0;
  let total = 0;
  for (const v of p.votes) {
    const w = weightOf(s, v);
    total += w;
    if (!isAgainst(readVote(v, p, s.reads ?? 'raw'))) forWeight += w;
  }
  return { forWeight, total };
}

function carried(s: Settings, p: Packet): boolean {
  const { forWeight, total } = tally(s, p);
  if (!total) return true;
  if (s.rule === 'unanimity') return forWeight === total;
  if (s.rule === 'majority') return forWeight * 2 > total;
  return forWeight >= s.rule.quorum * total - 1e-9;
}

const need = (s: Settings) =>
  s.rule === 'unanimity'
    ? 'a unanimous committee'
    : s.rule === 'majority'
      ? 'more than half the vote'
      : `${Math.round(s.rule.quorum * 100)} % of the vote`;

/** A committee vote rule: the offer stands only when enough of the committee, weighted by role, votes for it. */
export const committeeVote: RuleKind<Settings> = {
  kind: 'committee-vote',
  defaultLabel: 'The committee must agree',
  summary:
    'Unanimity, a majority or a quorum of the committee, each role weighted as the pack says, must vote for the offer, or it is blocked.',
  phase: 'committee',
  since: 3,
  reads: () => ({ votes: true, consensus: true }),
  settings,
  roles: (s) => Object.keys(s.weights ?? {}).map((role) => ({ key: `weights.${role}`, role })),
  evaluate: (s, p) => (p.step !== null && !carried(s, p) ? BLOCK : null),
  explain(s, p) {
    const reads = s.reads ?? 'raw';
    const { forWeight, total } = tally(s, p);
    const against = p.votes.filter((v) => weightOf(s, v) > 0 && isAgainst(readVote(v, p, reads)));
    const weighted = s.weights ? ' by weight' : '';
    return {
      by: 'committee',
      reason: `${forWeight} of ${total}${weighted} for, where the offer needs ${need(s)}; against: ${against.map((v) => quoteVote(v, readVote(v, p, reads), reads)).join(', ')}`,
    };
  },
};
