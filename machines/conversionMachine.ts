import { assertEvent, assign, enqueueActions, sendTo, setup } from 'xstate';
import type { DebriefOutcome } from './rules/types';
import { memberVoteMachine } from './committee/memberVoteMachine';
import { openRevisionRound, personRevision } from './committee/revisionRound';
import {
  discussionLines,
  membersIn,
  type CommitteeEvent,
  type CommitteeInput,
  type Phase,
} from './committee/committeeInput';
import {
  calibratedVotes,
  castVote,
  initialCommitteeState,
  orderedVotes,
  outcomeOf,
  revisionRefusal,
  voteRefusal,
  voterInput,
  withDerivedVotes,
  withVote,
  type CommitteeState,
} from './committee/committeeActions';

export interface ConversionContext extends CommitteeState {
  phase: Phase;
}

/**
 * Intern return offer (L-INT, D06, D08): the manager's evaluation, the engineers' vote, the Head
 * of Product's calibration, a revision round, then the cohort ranked against the slots (V5).
 */
export const conversionMachine = setup({
  types: {
    input: {} as CommitteeInput,
    context: {} as ConversionContext,
    events: {} as CommitteeEvent,
    output: {} as DebriefOutcome,
  },
  actors: { memberVote: memberVoteMachine },
  guards: {
    phaseVoted: ({ context }) => membersIn(context, context.phase).every((m) => Object.hasOwn(context.votes, m.id)),
    personVoteStands: ({ context, event }) => {
      assertEvent(event, 'committee.vote');
      return voteRefusal(context, event, membersIn(context, context.phase)) === null;
    },
    revisionStands: ({ context, event }) => {
      assertEvent(event, 'committee.revise');
      return revisionRefusal(context, event) === null;
    },
  },
  actions: {
    enterPhase: enqueueActions(({ context, enqueue }, params: { phase: Phase }) => {
      const speaking = membersIn(context, params.phase);
      const derived = speaking.filter((m) => !context.personMembers.includes(m.id));
      const votes = withDerivedVotes(context, derived);
      enqueue.assign({
        phase: params.phase,
        votes,
        discussion: discussionLines(orderedVotes({ ...context, votes }), context.scorecards),
      });
      for (const member of speaking) {
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
      return { error: voteRefusal(context, event, membersIn(context, context.phase)) };
    }),
    recordVote: assign(({ context, event }) => {
      assertEvent(event, 'member.voted');
      const votes = withVote(context, event.vote);
      return {
        votes,
        error: null,
        discussion: discussionLines(orderedVotes({ ...context, votes }), context.scorecards),
      };
    }),
    openRevisionRound: assign(({ context }) => openRevisionRound(context)),
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
  id: 'conversion',
  context: ({ input }) => ({ ...initialCommitteeState(input), phase: 'manager' as Phase }),
  initial: 'managerEvaluation',
  on: {
    'member.voted': { actions: 'recordVote' },
    'committee.vote': [{ guard: 'personVoteStands', actions: 'castPersonVote' }, { actions: 'rejectPersonVote' }],
  },
  states: {
    managerEvaluation: {
      description: "The intern's manager gives their evaluation.",
      entry: { type: 'enterPhase', params: { phase: 'manager' } },
      tags: ['awaiting-votes'],
      on: { 'debrief.advance': { guard: 'phaseVoted', target: 'engineersVote' } },
    },
    engineersVote: {
      description: 'The engineering leads vote; if enough distrust the intern, the manager is overruled (V2).',
      entry: { type: 'enterPhase', params: { phase: 'engineers' } },
      tags: ['awaiting-votes'],
      on: { 'debrief.advance': { guard: 'phaseVoted', target: 'calibration' } },
    },
    calibration: {
      description: 'The Head of Product calibrates the votes.',
      entry: { type: 'enterPhase', params: { phase: 'calibrator' } },
      tags: ['awaiting-votes'],
      on: { 'debrief.advance': { guard: 'phaseVoted', target: 'discussion' } },
    },
    discussion: {
      description:
        'The revision round: the votes are argued from the packet; members revise or hold, with a reason, before the ranking.',
      entry: 'openRevisionRound',
      tags: ['awaiting-advance', 'revising'],
      on: {
        'committee.revise': [{ guard: 'revisionStands', actions: 'revise' }, { actions: 'rejectRevision' }],
        'debrief.advance': { target: 'ranking', actions: 'calibrate' },
      },
    },
    ranking: {
      description: 'The intern is ranked against the cohort for the slots (V5).',
      tags: ['awaiting-advance'],
      on: { 'debrief.advance': { target: 'decided', actions: 'decide' } },
    },
    decided: { description: 'Offer or no offer.', type: 'final' },
  },
  output: ({ context }) => context.outcome!,
});
