import type { Pack, Person, Recommendation, Rules } from '../content/schema';
import type { MemberConcerns } from '../rules/votes';
import type { Scorecard, Vote } from '../rules/types';
import { missingNarratives } from '../rules/narrative';
import { round2, scoreOfRecommendation } from '../rules/scoring';

/** What a committee (debrief or conversion) is handed by the loop. */
export interface CommitteeInput {
  members: Person[];
  /** Members played by a person: the machine waits for their `committee.vote`. */
  personMembers: string[];
  rules: Rules;
  scoring: Pack['scoring'];
  committee: Pack['committee'];
  scorecards: Scorecard[];
  level: string;
  levels: string[];
  candidate: string;
  cohort: Array<{ name: string; score: number }>;
}

/** A person's vote: a recommendation, optional per-dimension scores, and the R2 narrative. */
export interface PersonVoteEvent {
  type: 'committee.vote';
  member: string;
  recommendation: Recommendation;
  scores?: Record<string, number>;
  narrative?: string;
  level?: string;
}

export type CommitteeEvent =
  | PersonVoteEvent
  | { type: 'member.voted'; vote: Vote }
  | { type: 'debrief.advance' };

/** What a member holds against the candidate beyond the scores: the V1 holder's reliability floor. */
export function concernsOf(member: Person, rules: Rules): MemberConcerns {
  return rules.V1 && rules.V1.holder === member.role ? { reliabilityFloor: rules.V1.reliabilityFloor } : {};
}

/** Why a person's vote cannot be taken, or null when it can (R2: a score below the bar needs a narrative). */
export function personVoteProblem(input: CommitteeInput, event: PersonVoteEvent): string | null {
  if (!input.personMembers.includes(event.member)) {
    return `${event.member} is not a member played by a person in this debrief`;
  }
  const scores = event.scores ?? {};
  const narratives = Object.fromEntries(Object.keys(scores).map((k) => [k, event.narrative]));
  const problems = missingNarratives(scores, narratives, input.scoring.narrativeBelow);
  return problems.length ? problems.map((p) => p.message).join('; ') : null;
}

/** A person's vote in the same form as a derived one. */
export function personVote(input: CommitteeInput, event: PersonVoteEvent): Vote {
  const member = input.members.find((m) => m.id === event.member)!;
  const values = Object.values(event.scores ?? {});
  const score = values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : scoreOfRecommendation(event.recommendation);
  return {
    member: member.id,
    name: member.name,
    role: member.role,
    recommendation: event.recommendation,
    score,
    reason: event.narrative?.trim() || `votes ${event.recommendation}`,
    byPerson: true,
    narrative: event.narrative,
    level: event.level,
  };
}

/** One discussion line per vote, as the committee hears it around the table. */
export const discussionLines = (votes: ReadonlyArray<Vote>, scorecards: ReadonlyArray<Scorecard>) => [
  ...votes.map((v) => `${v.name} (${v.role}) votes ${v.recommendation}: ${v.reason}`),
  ...scorecards.filter((c) => c.flags.length).map((c) => `${c.interviewerName} raises ${c.flags.join(', ')} from ${c.roundTitle}`),
];
