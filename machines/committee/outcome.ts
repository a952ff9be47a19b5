import type { DebriefOutcome } from '../rules/types';
import { calibrate, deriveVote } from '../rules/votes';
import { decide } from '../rules/decide';
import { concernsOf, type CommitteeInput } from './committeeInput';

/** The members who vote: everyone in a debrief, the three phases' roles in a conversion. */
export function votingMembers(input: CommitteeInput): CommitteeInput['members'] {
  const phases = input.committee.kind === 'conversion' ? input.committee.phases : undefined;
  if (!phases) return input.members;
  const roles = new Set([phases.manager, phases.engineers, phases.calibrator]);
  return input.members.filter((m) => roles.has(m.role));
}

/**
 * The decision a committee with no person in it reaches: the same vote, calibration and rule
 * functions the debrief and conversion machines call, without the actors. Used to enumerate
 * every path through a scenario, where playing each through the machines would take hours.
 */
export function committeeOutcome(input: CommitteeInput): DebriefOutcome {
  const votes = votingMembers(input).map((m) =>
    calibrate(deriveVote(m, input.scorecards, input.scoring, concernsOf(m, input.rules)), m.leniency),
  );
  return decide({ ...input, votes });
}
