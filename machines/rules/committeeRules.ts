import type { Recommendation, Rules } from '../content/schema';
import type { CalibratedVote, RuleFiring, Scorecard } from './types';
import { isAgainst, recommendationRank } from './scoring';
import { lowestReliability } from './votes';

type Enabled<K extends keyof Rules> = Exclude<Rules[K], false | undefined>;

/**
 * V1 (000, A06): the hiring manager vetoes an offer the scores support.
 * Fires only when the consensus clears the hire bar and the holder votes against.
 */
export function hiringManagerVeto(
  rule: Enabled<'V1'>,
  votes: ReadonlyArray<CalibratedVote>,
  scorecards: ReadonlyArray<Scorecard>,
  scoresSupportHire: boolean,
): RuleFiring | null {
  const holder = votes.find((v) => v.role === rule.holder);
  if (!holder || !scoresSupportHire || !isAgainst(holder.recommendation)) return null;
  const low = lowestReliability(scorecards);
  const why =
    rule.reliabilityFloor !== undefined && low && low.reliability! < rule.reliabilityFloor
      ? `reliability ${low.reliability}/10 in ${low.roundTitle}, below the floor of ${rule.reliabilityFloor}`
      : holder.reason;
  const best = Math.max(...scorecards.map((c) => c.overall));
  return {
    rule: 'V1',
    by: `${holder.name} (${holder.role})`,
    reason: `vetoed an offer the scores support (best round ${best}/5): ${why}`,
  };
}

/** V2 (003, D08): if enough engineering leads distrust the candidate, the manager's support is overruled. */
export function engineersVote(rule: Enabled<'V2'>, votes: ReadonlyArray<CalibratedVote>): RuleFiring | null {
  const voters = votes.filter((v) => v.role === rule.voters);
  if (!voters.length) return null;
  const against = voters.filter((v) => isAgainst(v.recommendation));
  if (against.length / voters.length < rule.distrustShare) return null;
  const manager = votes.find((v) => v.role === rule.overrules);
  const overruled =
    manager && !isAgainst(manager.recommendation) ? `, overruling ${manager.name}'s ${manager.recommendation}` : '';
  return {
    rule: 'V2',
    by: against.map((v) => `${v.name} (${v.role})`).join(', '),
    reason: `${against.length} of ${voters.length} engineering votes against${overruled}: ${against
      .map((v) => v.reason)
      .join('; ')}`,
  };
}

/** V3 (002): failing the technical round disqualifies, whatever the other rounds say. */
export function technicalDisqualifier(rule: Enabled<'V3'>, scorecards: ReadonlyArray<Scorecard>): RuleFiring | null {
  const card = scorecards.find((c) => c.round === rule.round);
  if (!card || recommendationRank(card.recommendation) > recommendationRank(rule.failAt as Recommendation)) {
    return null;
  }
  return {
    rule: 'V3',
    by: `${card.interviewerName} (${card.roundTitle})`,
    reason: `technical round scored ${card.recommendation} (${card.overall}/5): ${card.notes.at(-1) ?? ''}`.trim(),
  };
}

/** V4 (002, C06): indecision, even in reflection, disqualifies. */
export function indecisionFlag(rule: Enabled<'V4'>, scorecards: ReadonlyArray<Scorecard>): RuleFiring | null {
  const card = scorecards.find((c) => c.flags.some((f) => rule.flags.includes(f)));
  if (!card) return null;
  const flag = card.flags.find((f) => rule.flags.includes(f))!;
  return {
    rule: 'V4',
    by: `${card.interviewerName} (${card.roundTitle})`,
    reason: `flagged ${flag}: ${card.notes.join(' ')}`,
  };
}

/** V5 (003, D06): conversion is a competitive slot: rank the cohort, offer down to the slots. */
export function rankAgainstSlots(
  rule: Enabled<'V5'>,
  candidate: { name: string; score: number },
  cohort: ReadonlyArray<{ name: string; score: number }>,
): RuleFiring | null {
  // Ties go to the cohort: a slot is not won on a tie.
  const ahead = cohort.filter((c) => c.score >= candidate.score);
  const rank = ahead.length + 1;
  if (rank <= rule.slots) return null;
  return {
    rule: 'V5',
    by: 'committee',
    reason: `ranked ${rank} of ${cohort.length + 1} for ${rule.slots} slot${rule.slots > 1 ? 's' : ''} (${candidate.score} behind ${ahead
      .map((c) => `${c.name} ${c.score}`)
      .join(', ')})`,
  };
}
