import type { DebriefOutcome } from '../rules/types';
import { calibrate, concernsOf, deriveVote } from '../rules/votes';
import { decide } from '../rules/decide';
import { membersIn, type CommitteeInput } from './committeeInput';

/** The members who vote: everyone in a debrief, the three phases' roles in a conversion, in the order they speak. */
export function votingMembers(input: Pick<CommitteeInput, 'members' | 'policy'>): CommitteeInput['members'] {
  if (input.policy.committee.kind !== 'conversion' || !input.policy.committee.phases) return input.members;
  const speaking = new Set([
    ...membersIn(input, 'manager'),
    ...membersIn(input, 'engineers'),
    ...membersIn(input, 'calibrator'),
  ]);
  return input.members.filter((m) => speaking.has(m));
}

/**
 * The decision a committee with no person in it reaches: the same vote, calibration and kernel the
 * debrief and conversion machines call, without the actors (the branch check, the lab, what-if tables).
 */
export function committeeOutcome(input: CommitteeInput): DebriefOutcome {
  const votes = votingMembers(input).map((m) =>
    calibrate(deriveVote(m, input.scorecards, input.scoring, concernsOf(m, input.policy)), m.leniency),
  );
  return decide(input.policy, input.scorecards, votes);
}
