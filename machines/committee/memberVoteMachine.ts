import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import type { Pack, Person } from '../content/schema';
import type { Scorecard, Vote } from '../rules/types';
import { deriveVote, type MemberConcerns } from '../rules/votes';

export interface MemberVoteInput {
  member: Person;
  scorecards: Scorecard[];
  scoring: Pack['scoring'];
  concerns: MemberConcerns;
  byPerson: boolean;
}

/** One committee member deciding their vote: derived from the packet, or waiting for a person. */
export const memberVoteMachine = setup({
  types: {
    input: {} as MemberVoteInput,
    context: {} as MemberVoteInput & { vote: Vote | null },
    events: {} as { type: 'member.cast'; vote: Vote },
    output: {} as Vote,
  },
  guards: { byPerson: ({ context }) => context.byPerson },
  actions: {
    derive: assign(({ context }) => ({
      vote: deriveVote(context.member, context.scorecards, context.scoring, context.concerns),
    })),
    take: assign(({ event }) => {
      assertEvent(event, 'member.cast');
      return { vote: event.vote };
    }),
    // Run on its own (a test, a what-if) the actor has no committee to report to; its output carries the vote.
    report: enqueueActions(({ context, enqueue, self }) => {
      if (self._parent) enqueue.sendParent({ type: 'member.voted', vote: context.vote! });
    }),
  },
}).createMachine({
  id: 'memberVote',
  context: ({ input }) => ({ ...input, vote: null }),
  initial: 'deciding',
  states: {
    deciding: {
      always: [
        { guard: 'byPerson', target: 'awaitingPerson' },
        { actions: 'derive', target: 'voted' },
      ],
    },
    awaitingPerson: { on: { 'member.cast': { actions: 'take', target: 'voted' } } },
    voted: { type: 'final', entry: 'report' },
  },
  output: ({ context }) => context.vote!,
});
