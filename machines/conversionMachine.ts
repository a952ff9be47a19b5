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

type Phase = 'manager' | 'engineers' | 'calibrator';

export interface ConversionContext extends CommitteeInput {
  phase: Phase;
  votes: Record<string, Vote>;
  discussion: string[];
  calibrated: CalibratedVote[];
  outcome: DebriefOutcome | null;
  error: string | null;
}

const membersIn = (ctx: ConversionContext, phase: Phase) => {
  const role = ctx.committee.phases?.[phase];
  return ctx.members.filter((m) => m.role === role);
};

/**
 * Intern return offer (L-INT, D06, D08): the manager's evaluation, the engineers' vote, the Head
 * of Product's calibration, then the cohort ranked against the slots (V5).
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
    phaseVoted: ({ context }) => membersIn(context, context.phase).every((m) => context.votes[m.id]),
    personVoteStands: ({ context, event }) => {
      assertEvent(event, 'committee.vote');
      const inPhase = membersIn(context, context.phase).some((m) => m.id === event.member);
      return inPhase && personVoteProblem(context, event) === null && !context.votes[event.member];
    },
  },
  actions: {
    enterPhase: enqueueActions(({ context, enqueue }, params: { phase: Phase }) => {
      enqueue.assign({ phase: params.phase });
      for (const member of membersIn({ ...context, phase: params.phase }, params.phase)) {
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
      const inPhase = membersIn(context, context.phase).some((m) => m.id === event.member);
      const problem = !inPhase
        ? `${event.member} does not vote in the ${context.phase} phase`
        : context.votes[event.member]
          ? `${event.member} has already voted`
          : personVoteProblem(context, event);
      return { error: problem };
    }),
    recordVote: assign(({ context, event }) => {
      assertEvent(event, 'member.voted');
      const votes = { ...context.votes, [event.vote.member]: event.vote };
      return { votes, error: null, discussion: discussionLines(Object.values(votes), context.scorecards) };
    }),
    calibrate: assign(({ context }) => ({
      calibrated: context.members
        .filter((m) => context.votes[m.id])
        .map((m) => calibrate(context.votes[m.id]!, m.leniency)),
    })),
    decide: assign(({ context }) => ({ outcome: decide({ ...context, votes: context.calibrated }) })),
  },
}).createMachine({
  id: 'conversion',
  context: ({ input }) => ({
    ...input,
    phase: 'manager',
    votes: {},
    discussion: [],
    calibrated: [],
    outcome: null,
    error: null,
  }),
  initial: 'managerEvaluation',
  on: {
    'member.voted': { actions: 'recordVote' },
    'committee.vote': [{ guard: 'personVoteStands', actions: 'castPersonVote' }, { actions: 'rejectPersonVote' }],
  },
  states: {
    managerEvaluation: { description: "The intern's manager gives their evaluation.",
      entry: { type: 'enterPhase', params: { phase: 'manager' } },
      tags: ['awaiting-votes'],
      on: { 'debrief.advance': { guard: 'phaseVoted', target: 'engineersVote' } },
    },
    engineersVote: { description: 'The engineering leads vote; if enough distrust the intern, the manager is overruled (V2).',
      entry: { type: 'enterPhase', params: { phase: 'engineers' } },
      tags: ['awaiting-votes'],
      on: { 'debrief.advance': { guard: 'phaseVoted', target: 'calibration' } },
    },
    calibration: { description: 'The Head of Product calibrates the votes.',
      entry: { type: 'enterPhase', params: { phase: 'calibrator' } },
      tags: ['awaiting-votes'],
      on: { 'debrief.advance': { guard: 'phaseVoted', target: 'ranking', actions: 'calibrate' } },
    },
    ranking: { description: 'The intern is ranked against the cohort for the slots (V5).',
      tags: ['awaiting-advance'],
      on: { 'debrief.advance': { target: 'decided', actions: 'decide' } },
    },
    decided: { description: 'Offer or no offer.', type: 'final' },
  },
  output: ({ context }) => context.outcome!,
});
