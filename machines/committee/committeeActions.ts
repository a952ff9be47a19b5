import type { CalibratedVote, DebriefOutcome, Vote } from '../rules/types';
import { calibrate, concernsOf, deriveVote } from '../rules/votes';
import { decide } from '../rules/decide';
import {
  personVote,
  personVoteProblem,
  revisedVote,
  type CommitteeInput,
  type PersonVoteEvent,
  type RevisionEvent,
} from './committeeInput';
import type { MemberVoteInput } from './memberVoteMachine';
import type { Person } from '../content/schema';

// What the debrief and the conversion committee do alike, as plain functions of their context:
// each machine wraps them in its own actions and says when they run.

export interface CommitteeState extends CommitteeInput {
  votes: Record<string, Vote>;
  discussion: string[];
  calibrated: CalibratedVote[];
  outcome: DebriefOutcome | null;
  error: string | null;
}

export const initialCommitteeState = ({
  members,
  personMembers,
  policy,
  scoring,
  scorecards,
}: CommitteeInput): CommitteeState => ({
  members,
  personMembers,
  policy,
  scoring,
  scorecards,
  votes: {},
  discussion: [],
  calibrated: [],
  outcome: null,
  error: null,
});

/** The input of one member's vote actor. */
export const voterInput = (ctx: CommitteeState, member: Person): MemberVoteInput => ({
  member,
  scorecards: ctx.scorecards,
  scoring: ctx.scoring,
  concerns: concernsOf(member, ctx.policy),
  byPerson: ctx.personMembers.includes(member.id),
});

/** Why a person's vote is refused right now, or null: not theirs to cast, cast already, or R2. */
export function voteRefusal(
  ctx: CommitteeState,
  event: PersonVoteEvent,
  votingNow: ReadonlyArray<Person>,
): string | null {
  if (!votingNow.some((m) => m.id === event.member))
    return `${event.member} does not vote at this point of the committee`;
  if (Object.hasOwn(ctx.votes, event.member)) return `${event.member} has already voted`;
  return personVoteProblem(ctx, event);
}

export const castVote = (ctx: CommitteeState, event: PersonVoteEvent) => personVote(ctx, event);

export const withVote = (ctx: CommitteeState, vote: Vote): Record<string, Vote> => ({
  ...ctx.votes,
  [vote.member]: vote,
});

/** The votes with these members' read off the packet, as the vote actor derives them. */
export function withDerivedVotes(ctx: CommitteeState, members: ReadonlyArray<Person>): Record<string, Vote> {
  const votes = { ...ctx.votes };
  for (const m of members) votes[m.id] = deriveVote(m, ctx.scorecards, ctx.scoring, concernsOf(m, ctx.policy));
  return votes;
}

/** Why a revision is refused, or null: only a person's seat revises, and only a vote already cast. */
export function revisionRefusal(ctx: CommitteeState, event: RevisionEvent): string | null {
  if (!ctx.personMembers.includes(event.member)) return `${event.member} is not a member played by a person`;
  if (!Object.hasOwn(ctx.votes, event.member)) return `${event.member} has not voted yet`;
  if (!event.reason.trim()) return 'a revision or a hold needs a reason the committee can hear';
  return null;
}

export const withRevision = (ctx: CommitteeState, event: RevisionEvent): Record<string, Vote> =>
  withVote(ctx, revisedVote(ctx.votes[event.member]!, event));

/** The votes in the committee's seating order. */
export const orderedVotes = (ctx: CommitteeState): Vote[] =>
  ctx.members.filter((m) => Object.hasOwn(ctx.votes, m.id)).map((m) => ctx.votes[m.id]!);

/** Every vote with the member's leniency history taken off. */
export const calibratedVotes = (ctx: CommitteeState): CalibratedVote[] =>
  ctx.members.filter((m) => Object.hasOwn(ctx.votes, m.id)).map((m) => calibrate(ctx.votes[m.id]!, m.leniency));

export const outcomeOf = (ctx: CommitteeState): DebriefOutcome => decide(ctx.policy, ctx.scorecards, ctx.calibrated);
