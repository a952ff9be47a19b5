import { assertEvent, assign, enqueueActions, sendTo, setup } from 'xstate';
import type { CalibratedVote, DebriefOutcome, Vote } from './rules/types';
import { calibrate } from './rules/votes';
import { decide } from './rules/decide';
import { memberVoteMachine } from './committee/memberVoteMachine';
import {
  concernsOf,
  discussionLines,
  personVote,
  personVoteProblem,
  type CommitteeEvent,
  type CommitteeInput,
} from './committee/committeeInput';

export interface DebriefContext extends CommitteeInput {
  votes: Record<string, Vote>;
  discussion: string[];
  calibrated: CalibratedVote[];
  outcome: DebriefOutcome | null;
  error: string | null;
}

/** The hiring-committee debrief: packet, independent votes, discussion, calibration, decision. */
export const debriefMachine = setup({
  types: {
    input: {} as CommitteeInput,
    context: {} as DebriefContext,
    events: {} as CommitteeEvent,
    output: {} as DebriefOutcome,
  },
  actors: { memberVote: memberVoteMachine },
  guards: {
    allVoted: ({ context }) => context.members.every((m) => context.votes[m.id]),
    personVoteStands: ({ context, event }) => {
      assertEvent(event, 'committee.vote');
      return personVoteProblem(context, event) === null && !context.votes[event.member];
    },
  },
  actions: {
    // One actor per member, so each vote is cast independently of the others.
    spawnVoters: enqueueActions(({ context, enqueue }) => {
      for (const member of context.members) {
        enqueue.spawnChild('memberVote', {
          id: `vote-${member.id}`,
          input: {
            member,
            scorecards: context.scorecards,
            scoring: context.scoring,
            concerns: concernsOf(member, context.rules),
            byPerson: context.personMembers.includes(member.id),
          },
        });
      }
    }),
    castPersonVote: sendTo(
      ({ event }) => `vote-${(event as { member: string }).member}`,
      ({ context, event }) => {
        assertEvent(event, 'committee.vote');
        return { type: 'member.cast' as const, vote: personVote(context, event) };
      },
    ),
    rejectPersonVote: assign(({ context, event }) => {
      assertEvent(event, 'committee.vote');
      const already = context.votes[event.member] ? `${event.member} has already voted` : null;
      return { error: already ?? personVoteProblem(context, event) };
    }),
    recordVote: assign(({ context, event }) => {
      assertEvent(event, 'member.voted');
      return { votes: { ...context.votes, [event.vote.member]: event.vote }, error: null };
    }),
    openDiscussion: assign(({ context }) => ({
      discussion: discussionLines(orderedVotes(context), context.scorecards),
    })),
    calibrate: assign(({ context }) => ({
      calibrated: orderedVotes(context).map((v) => calibrate(v, leniencyOf(context, v.member))),
    })),
    decide: assign(({ context }) => ({
      outcome: decide({ ...context, votes: context.calibrated }),
    })),
  },
}).createMachine({
  id: 'debrief',
  context: ({ input }) => ({ ...input, votes: {}, discussion: [], calibrated: [], outcome: null, error: null }),
  initial: 'packet',
  states: {
    packet: { description: 'The committee reads the packet: every scorecard, its notes and ratings.', tags: ['awaiting-advance'], on: { 'debrief.advance': 'voting' } },
    voting: { description: 'Each member votes on their own, one actor per member; a member played by a person waits for their vote.',
      entry: 'spawnVoters',
      tags: ['awaiting-votes'],
      always: { guard: 'allVoted', target: 'discussion' },
      on: {
        'member.voted': { actions: 'recordVote' },
        'committee.vote': [
          { guard: 'personVoteStands', actions: 'castPersonVote' },
          { actions: 'rejectPersonVote' },
        ],
      },
    },
    discussion: { description: 'The votes are read out and the flags raised.', entry: 'openDiscussion', tags: ['awaiting-advance'], on: { 'debrief.advance': 'calibration' } },
    calibration: { description: "Each member's leniency history is taken off their score.",
      entry: 'calibrate',
      tags: ['awaiting-advance'],
      on: { 'debrief.advance': { target: 'decided', actions: 'decide' } },
    },
    decided: { description: 'The rules the loop enables are applied and the decision is made.', type: 'final' },
  },
  output: ({ context }) => context.outcome!,
});

function orderedVotes(context: DebriefContext): Vote[] {
  return context.members.map((m) => context.votes[m.id]!).filter(Boolean);
}

function leniencyOf(context: CommitteeInput, member: string): number {
  return context.members.find((m) => m.id === member)?.leniency ?? 0;
}
