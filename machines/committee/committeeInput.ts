import type { Pack, Person, Recommendation } from '../content/schema';
import type { Scorecard, Vote } from '../rules/types';
import type { Policy } from '../policy/compile';
import type { ResolvedScenario } from '../content/resolve';
import { missingNarratives } from '../rules/narrative';
import { round2, scoreOfRecommendation } from '../rules/scoring';
import { recommendationLabel } from '../format';
import { discussionOf } from './discussion';

/** What a committee (debrief or conversion) is handed by the loop. */
export interface CommitteeInput {
  members: Person[];
  /** Members played by a person: the machine waits for their `committee.vote`. */
  personMembers: string[];
  policy: Policy;
  scoring: Pack['scoring'];
  scorecards: Scorecard[];
}

export type Phase = 'manager' | 'engineers' | 'calibrator';

/** The members who speak in a conversion phase: those with the phase's role. */
export const membersIn = (ctx: Pick<CommitteeInput, 'members' | 'policy'>, phase: Phase): Person[] => {
  const role = ctx.policy.committee.phases?.[phase];
  return ctx.members.filter((m) => m.role === role);
};

/** A person's vote: a recommendation, optional per-dimension scores, and the R2 narrative. */
export interface PersonVoteEvent {
  type: 'committee.vote';
  member: string;
  recommendation: Recommendation;
  scores?: Record<string, number>;
  narrative?: string;
}

/** A member's answer in the calibration round, once the votes are unsealed: keep the vote, or revise it. */
export interface RevisionEvent {
  type: 'committee.revise';
  member: string;
  recommendation?: Recommendation;
  reason: string;
}

export type CommitteeEvent =
  | PersonVoteEvent
  | RevisionEvent
  | { type: 'member.voted'; vote: Vote }
  | { type: 'debrief.advance' };

/** Why a person's vote cannot be taken, or null when it can (R2: a score below the bar needs a narrative). */
export function personVoteProblem(
  input: Pick<CommitteeInput, 'personMembers' | 'scoring'>,
  event: PersonVoteEvent,
): string | null {
  if (!input.personMembers.includes(event.member)) {
    return `${event.member} is not a member played by a person in this debrief`;
  }
  const scores = event.scores ?? {};
  const narratives = Object.fromEntries(Object.keys(scores).map((k) => [k, event.narrative]));
  const problems = missingNarratives(scores, narratives, input.scoring.narrativeBelow);
  return problems.length ? problems.map((p) => p.message).join('; ') : null;
}

/** A person's vote in the same form as a derived one. */
export function personVote(input: Pick<CommitteeInput, 'members'>, event: PersonVoteEvent): Vote {
  const member = input.members.find((m) => m.id === event.member)!;
  const values = Object.values(event.scores ?? {});
  const score = values.length
    ? round2(values.reduce((a, b) => a + b, 0) / values.length)
    : scoreOfRecommendation(event.recommendation);
  return {
    member: member.id,
    name: member.name,
    role: member.role,
    recommendation: event.recommendation,
    score,
    raw: score,
    reason: event.narrative?.trim() || `votes ${recommendationLabel(event.recommendation).toLowerCase()}`,
    byPerson: true,
    narrative: event.narrative,
  };
}

/** A vote after the calibration round: the new recommendation (or the same), with the member's reason. */
export function revisedVote(vote: Vote, event: RevisionEvent): Vote {
  const recommendation = event.recommendation ?? vote.recommendation;
  const changed = recommendation !== vote.recommendation;
  const score = changed ? scoreOfRecommendation(recommendation) : vote.score;
  const said = event.reason.trim();
  return {
    ...vote,
    recommendation,
    score,
    raw: changed ? score : vote.raw,
    reason: changed
      ? `revised from ${recommendationLabel(vote.recommendation).toLowerCase()}: ${said}`
      : `${vote.reason.trim().replace(/[.;]$/, '')}; holds after hearing the others${said ? `: ${said}` : ''}`,
  };
}

/** The discussion as the committee hears it around the table, argued from the packet (committee/discussion.ts). */
export const discussionLines = (votes: ReadonlyArray<Vote>, scorecards: ReadonlyArray<Scorecard>) =>
  discussionOf(votes, scorecards);

/** What the committee is handed once the packet is complete. */
export function committeeInputOf(
  resolved: ResolvedScenario,
  scorecards: Scorecard[],
  personMembers: string[] = [],
): CommitteeInput {
  return {
    members: resolved.committee,
    personMembers,
    policy: resolved.policy,
    scoring: resolved.pack.scoring,
    scorecards,
  };
}
