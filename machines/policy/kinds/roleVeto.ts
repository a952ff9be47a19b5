import { z } from 'zod';
import { name } from '../../content/common';
import { BLOCK, type RuleKind } from '../types';
import { isAgainst, lowestReliability, who } from './shared';

const settings = z.strictObject({
  holder: name.describe('Role of the member who holds the veto.'),
  reliabilityFloor: z
    .number()
    .int()
    .min(1)
    .max(10)
    .optional()
    .describe("The holder votes no when any round's R1 rating is below this, whatever the scores say."),
  vetoes: z
    .enum(['hire-at-level', 'any-offer'])
    .default('hire-at-level')
    .describe(
      "`hire-at-level`: the veto meets an offer the scores support at the scenario's level (V1 as recorded); `any-offer` meets a down-level too.",
    ),
});
type Settings = z.infer<typeof settings>;

const holderOf = (s: Settings, votes: Parameters<NonNullable<RuleKind['evaluate']>>[1]['votes']) => {
  for (const v of votes) if (v.role === s.holder && isAgainst(v.recommendation)) return v;
  return undefined;
};

/** V1 (000, A06), or a bar-raiser's veto: one role blocks an offer the scores support. */
export const roleVeto: RuleKind<Settings> = {
  kind: 'role-veto',
  defaultLabel: "The hiring manager's veto",
  summary: 'A member with this role blocks an offer the scores support by voting against it.',
  phase: 'committee',
  reads: () => ({ votes: true, consensus: true }),
  // The floor shapes the holder's own vote (they vote no under it), so it is read as a concern, before the rule.
  concerns: (s, role) =>
    role === s.holder && s.reliabilityFloor !== undefined ? { reliabilityFloor: s.reliabilityFloor } : undefined,
  settings,
  roles: (s) => [{ key: 'holder', role: s.holder }],
  evaluate: (s, p) =>
    p.step !== null && (p.step >= 0 || s.vetoes === 'any-offer') && holderOf(s, p.votes) ? BLOCK : null,
  explain(s, p) {
    const holder = holderOf(s, p.votes)!;
    const low = lowestReliability(p.cards);
    const why =
      s.reliabilityFloor !== undefined && low && low.reliability! < s.reliabilityFloor
        ? `reliability ${low.reliability}/10 in ${low.roundTitle}, below the floor of ${s.reliabilityFloor}`
        : holder.reason;
    const best = Math.max(...p.cards.map((c) => c.overall));
    const what =
      p.step !== null && p.step < 0 ? 'vetoed even a down-level offer' : 'vetoed an offer the scores support';
    return { by: who(holder), reason: `${what} (best round ${best}/5): ${why}` };
  },
};
