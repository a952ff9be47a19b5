import { z } from 'zod';
import { name } from '../../content/common';
import { BLOCK, type Packet, type RuleKind } from '../types';
import { isAgainst, lowestReliability, readVote, who } from './shared';

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
  reads: z
    .enum(['raw', 'calibrated'])
    .default('raw')
    .describe(
      "Which of the holder's votes the veto reads: `raw`, the vote as cast (what version 2 did), or `calibrated`, the holder's score with their leniency history taken off, read on the pack's recommendation thresholds. A habitually harsh holder's no may be a yes once calibrated.",
    ),
});
type Settings = z.infer<typeof settings>;

// A reliability floor holds whatever the scores say, so it stands under either reading.
const underFloor = (s: Settings, p: Packet) => {
  if (s.reliabilityFloor === undefined) return false;
  const low = lowestReliability(p.cards);
  return !!low && low.reliability! < s.reliabilityFloor;
};

const holderOf = (s: Settings, p: Packet) => {
  for (const v of p.votes) {
    if (v.role !== s.holder) continue;
    // A v1 file's migrated veto carries no `reads`: it reads raw votes, as it always did.
    const against =
      s.reads === 'calibrated'
        ? isAgainst(readVote(v, p, 'calibrated')) || underFloor(s, p)
        : isAgainst(v.recommendation);
    if (against) return v;
  }
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
  evaluate: (s, p) => (p.step !== null && (p.step >= 0 || s.vetoes === 'any-offer') && holderOf(s, p) ? BLOCK : null),
  explain(s, p) {
    const holder = holderOf(s, p)!;
    const low = lowestReliability(p.cards);
    const why =
      s.reliabilityFloor !== undefined && low && low.reliability! < s.reliabilityFloor
        ? `reliability ${low.reliability}/10 in ${low.roundTitle}, below the floor of ${s.reliabilityFloor}`
        : s.reads === 'calibrated'
          ? `calibrated ${holder.calibrated}, short of the ${p.thresholds.yes} a yes needs: ${holder.reason}`
          : holder.reason;
    const best = Math.max(...p.cards.map((c) => c.overall));
    const what =
      p.step !== null && p.step < 0 ? 'vetoed even a down-level offer' : 'vetoed an offer the scores support';
    return { by: who(holder), reason: `${what} (best round ${best}/5): ${why}` };
  },
};
