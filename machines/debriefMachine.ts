import { assertEvent, assign, enqueueActions, sendTo, setup } from 'xstate';
import type { DebriefOutcome } from './rules/types';
import { memberVoteMachine } from './committee/memberVoteMachine';
import type { CommitteeEvent, CommitteeInput } from './committee/committeeInput';
import { openRevisionRound, personRevision } from './committee/revisionRound';
import {
  calibratedVotes,
  castVote,
  initialCommitteeState,
  outcomeOf,
  revisionRefusal,
  voteRefusal,
  voterInput,
  withDerivedVotes,
  withVote,
  type CommitteeState,
} from './committee/committeeActions';

export type DebriefContext = CommitteeState;

/** The hiring-committee debrief: packet, independent votes, discussion, a calibration round, decision. */
export const debriefMachine = setup({
  types: {
    input: {} as CommitteeInput,
    context: {} as DebriefContext,
    events: {} as CommitteeEvent,
    output: {} as DebriefOutcome,
  },
  actors: { memberVote: memberVoteMachine },
  guards: {
    allVoted: ({ context }) => context.members.every((m) => Object.hasOwn(context.votes, m.id)),
    personVoteStands: ({ context, event }) => {
      assertEvent(event, 'committee.vote');
      return voteRefusal(context, event, context.members) === null;
    },
    revisionStands: ({ context, event }) => {
      assertEvent(event, 'committee.revise');
      return revisionRefusal(context, event) === null;
    },
  },
  actions: {
    // Each vote is cast on its own, sealed: a member a person plays gets a vote actor that waits for
    // them; a member the engine plays reads the packet at once, with the same function that actor calls.
    spawnVoters: enqueueActions(({ context, enqueue }) => {
      const derived = context.members.filter((m) => !context.personMembers.includes(m.id));
      if (derived.length) enqueue.assign({ votes: withDerivedVotes(context, derived) });
      for (const member of context.members) {
        if (context.personMembers.includes(member.id))
          enqueue.spawnChild('memberVote', { id: `vote-${member.id}`, input: voterInput(context, member) });
      }
    }),
    castPersonVote: sendTo(
      ({ event }) => `vote-${(event as { member: string }).member}`,
      ({ context, event }) => {
        assertEvent(event, 'committee.vote');
        return { type: 'member.cast' as const, vote: castVote(context, event) };
      },
    ),
    rejectPersonVote: assign(({ context, event }) => {
      assertEvent(event, 'committee.vote');
      return { error: voteRefusal(context, event, context.members) };
    }),
    recordVote: assign(({ context, event }) => {
      assertEvent(event, 'member.voted');
      return { votes: withVote(context, event.vote), error: null };
    }),
    openDiscussion: assign(({ context }) => openRevisionRound(context)),
    revise: assign(({ context, event }) => {
      assertEvent(event, 'committee.revise');
      return { ...personRevision(context, event), error: null };
    }),
    rejectRevision: assign(({ context, event }) => {
      assertEvent(event, 'committee.revise');
      return { error: revisionRefusal(context, event) };
    }),
    calibrate: assign(({ context }) => ({ calibrated: calibratedVotes(context) })),
    decide: assign(({ context }) => ({ outcome: outcomeOf(context) })),
  },
}).createMachine({
  id: 'debrief',
  context: ({ input }) => initialCommitteeState(input),
  initial: 'packet',
  states: {
    packet: {
      description: 'The committee reads the packet: every scorecard, its notes and ratings.',
      tags: ['awaiting-advance'],
      on: { 'debrief.advance': 'voting' },
    },
    voting: {
      description:
        'Each member votes on their own, sealed: a member the engine plays reads the packet at once; a member played by a person has a vote actor that waits for them.',
      entry: 'spawnVoters',
      tags: ['awaiting-votes'],
      always: { guard: 'allVoted', target: 'discussion' },
      on: {
        'member.voted': { actions: 'recordVote' },
        'committee.vote': [{ guard: 'personVoteStands', actions: 'castPersonVote' }, { actions: 'rejectPersonVote' }],
      },
    },
    discussion: {
      description:
        'The votes are unsealed and argued from the packet; the flags are raised. Members revise or hold, with a reason, before calibration.',
      entry: 'openDiscussion',
      tags: ['awaiting-advance', 'revising'],
      on: {
        'committee.revise': [{ guard: 'revisionStands', actions: 'revise' }, { actions: 'rejectRevision' }],
        'debrief.advance': 'calibration',
      },
    },
    calibration: {
      description: "Each member's leniency history is taken off their read.",
      entry: 'calibrate',
      tags: ['awaiting-advance'],
      on: { 'debrief.advance': { target: 'decided', actions: 'decide' } },
    },
    decided: {
      description: "The pack's rules are applied by the decision kernel and the decision is made.",
      type: 'final',
    },
  },
  output: ({ context }) => context.outcome!,
});
