import { assertEvent, assign, setup } from 'xstate';
import type { RoomPlan } from './room/plan';
import type { RoomVote } from './room/types';
import {
  advance,
  createRoomContext,
  currentOf,
  nextProblem,
  tiebreakProblem,
  voteProblem,
  type RoomContext,
  type StepRecord,
} from './room/context';
import {
  decideProblem,
  isRecommendation,
  revisionProblem,
  sitProblem,
  unsealProblem,
  withDeal,
  withoutPerson,
  withSit,
} from './room/seating';
import { PASSES, revealProblem, sheetProblem, withNextPass, withoutRater, withSheet } from './room/exercise';

/** Everything that happens in a room; the store keeps this list, and replaying it rebuilds the room. */
export type RoomEvent =
  | { type: 'participant.join'; pid: string; name: string; tokenHash: string; deviceHash?: string }
  | { type: 'participant.vote'; pid: string; step: string; choice: string; veto: boolean }
  | { type: 'participant.remove'; pid: string }
  | { type: 'room.start' }
  | { type: 'room.next' }
  | { type: 'room.back' }
  | { type: 'room.reveal' }
  | { type: 'room.lock' }
  | { type: 'room.unlock' }
  | { type: 'room.blank' }
  | { type: 'room.tiebreak'; choice: string }
  | { type: 'room.showVetoes' }
  | { type: 'room.close' }
  | {
      type: 'participant.score';
      pid: string;
      pass: number;
      answer: string;
      scores: Record<string, number>;
      recommendation: string;
    }
  | { type: 'room.secondPass' }
  | { type: 'participant.sit'; pid: string; seat: string }
  | { type: 'room.deal'; committees: number }
  | { type: 'room.unseal' }
  | { type: 'participant.seatVote'; pid: string; recommendation: string }
  | { type: 'participant.revise'; pid: string; recommendation: string | null; reason: string }
  | { type: 'room.decide' };

/**
 * Runs of joins or votes read back from the log, applied as one event each: a room rebuilt after a
 * restart copies its participants and each step's votes once per run, not once per event (8,000
 * events replay in a fraction of the time). Only the hub's replay sends these; the log keeps the
 * single events.
 */
export type ReplayEvent =
  | { type: 'replay.joins'; joins: Array<Extract<RoomEvent, { type: 'participant.join' }>> }
  | { type: 'replay.votes'; votes: Array<Extract<RoomEvent, { type: 'participant.vote' }>> };

const patchCurrent = (ctx: RoomContext, patch: Partial<StepRecord>) =>
  ctx.steps.map((r, i) => (i === ctx.index ? { ...r, ...patch } : r));

/**
 * A workshop room's life: the lobby while people join, then each step opened for votes, locked,
 * revealed, and on to the next, until the facilitator closes it. Who may send what is the
 * server's business; this chart says when each event applies.
 */
export const roomMachine = setup({
  types: {
    context: {} as RoomContext,
    events: {} as RoomEvent | ReplayEvent,
    input: {} as { plan: RoomPlan },
  },
  guards: {
    isNewParticipant: ({ context, event }) => {
      assertEvent(event, 'participant.join');
      return !context.participants.has(event.pid) && !context.removed.has(event.pid);
    },
    isParticipant: ({ context, event }) => {
      assertEvent(event, 'participant.remove');
      return context.participants.has(event.pid);
    },
    isValidVote: ({ context, event }) => {
      assertEvent(event, 'participant.vote');
      return voteProblem(context, event) === null;
    },
    hasVotes: ({ context }) => (currentOf(context)?.votes.size ?? 0) > 0,
    canAdvance: ({ context }) => nextProblem(context) === null,
    canGoBack: ({ context }) => context.index > 0,
    isTiedChoice: ({ context, event }) => {
      assertEvent(event, 'room.tiebreak');
      return tiebreakProblem(context, event.choice) === null;
    },
    asksVeto: ({ context }) => currentOf(context)?.step.asksVeto === true,
    isReadOnly: ({ context }) => currentOf(context)?.step.options.length === 0,
    wasRevealed: ({ context }) => currentOf(context)?.revealed === true,
    isExercise: ({ context }) => context.exercise !== null,
    isSeating: ({ context }) => context.seating !== null,
    canSit: ({ context, event }) => {
      assertEvent(event, 'participant.sit');
      return context.participants.has(event.pid) && sitProblem(context.seating!, event.seat) === null;
    },
    canDeal: ({ context, event }) => {
      assertEvent(event, 'room.deal');
      return Number.isInteger(event.committees) && event.committees >= 1 && context.participants.size > 0;
    },
    canUnseal: ({ context }) => unsealProblem(context.seating!, [...context.participants.keys()]) === null,
    isSeatedVote: ({ context, event }) => {
      assertEvent(event, 'participant.seatVote');
      return context.seating!.sits.has(event.pid) && isRecommendation(event.recommendation);
    },
    canOpenRevision: ({ context }) => revisionProblem(context.seating!) === null,
    isRevision: ({ context, event }) => {
      assertEvent(event, 'participant.revise');
      return (
        context.seating!.votes.has(event.pid) &&
        (event.recommendation === null || isRecommendation(event.recommendation)) &&
        event.reason.length <= 500
      );
    },
    canDecide: ({ context }) => decideProblem(context.seating!) === null,
    isValidSheet: ({ context, event }) => {
      assertEvent(event, 'participant.score');
      return context.participants.has(event.pid) && sheetProblem(context.exercise!, event) === null;
    },
    hasNextAnswer: ({ context }) => context.exercise!.index < context.exercise!.plan.answers.length - 1,
    hasEarlierAnswer: ({ context }) => context.exercise!.index > 0,
    canRevealPass: ({ context }) => revealProblem(context.exercise!) === null,
    hasPassLeft: ({ context }) => context.exercise!.pass < PASSES,
  },
  actions: {
    addParticipant: assign({
      participants: ({ context, event }) => {
        assertEvent(event, 'participant.join');
        return new Map(context.participants).set(event.pid, {
          name: event.name,
          tokenHash: event.tokenHash,
          ...(event.deviceHash ? { deviceHash: event.deviceHash } : {}),
        });
      },
    }),
    addParticipants: assign({
      participants: ({ context, event }) => {
        assertEvent(event, 'replay.joins');
        const participants = new Map(context.participants);
        for (const e of event.joins) {
          if (participants.has(e.pid) || context.removed.has(e.pid)) continue;
          participants.set(e.pid, {
            name: e.name,
            tokenHash: e.tokenHash,
            ...(e.deviceHash ? { deviceHash: e.deviceHash } : {}),
          });
        }
        return participants;
      },
    }),
    recordVotes: assign({
      steps: ({ context, event }) => {
        assertEvent(event, 'replay.votes');
        const votes = new Map(currentOf(context)!.votes);
        for (const e of event.votes) {
          if (voteProblem(context, e) === null) votes.set(e.pid, { choice: e.choice, veto: e.veto } satisfies RoomVote);
        }
        return patchCurrent(context, { votes });
      },
    }),
    removeParticipant: assign(({ context, event }) => {
      assertEvent(event, 'participant.remove');
      const participants = new Map(context.participants);
      const name = participants.get(event.pid)?.name ?? '';
      participants.delete(event.pid);
      let votes = 0;
      const steps = context.steps.map((r) => {
        if (!r.votes.has(event.pid)) return r;
        votes++;
        const left = new Map(r.votes);
        left.delete(event.pid);
        return { ...r, votes: left };
      });
      // In the exercise a removed person's sheets leave every pass's spread and ICC too.
      const out = context.exercise ? withoutRater(context.exercise, event.pid) : null;
      votes += out?.sheets ?? 0;
      // In a seated room their seat, sealed vote and revision leave, so nobody waits on them.
      const seated = context.seating ? withoutPerson(context.seating, event.pid) : null;
      votes += seated?.votes ?? 0;
      return {
        participants,
        steps,
        removed: new Map(context.removed).set(event.pid, { name, votes }),
        exercise: out?.exercise ?? null,
        seating: seated?.seating ?? null,
      };
    }),
    recordVote: assign({
      steps: ({ context, event }) => {
        assertEvent(event, 'participant.vote');
        const votes = new Map(currentOf(context)!.votes).set(event.pid, {
          choice: event.choice,
          veto: event.veto,
        } satisfies RoomVote);
        return patchCurrent(context, { votes });
      },
    }),
    enterNextStep: assign(({ context }) => advance(context)),
    enterPreviousStep: assign({ index: ({ context }) => context.index - 1, blank: false }),
    markRevealed: assign({ steps: ({ context }) => patchCurrent(context, { revealed: true }) }),
    setTiebreak: assign({
      steps: ({ context, event }) => {
        assertEvent(event, 'room.tiebreak');
        return patchCurrent(context, { tiebreak: event.choice });
      },
    }),
    showVetoes: assign({ steps: ({ context }) => patchCurrent(context, { vetoesShown: true }) }),
    toggleBlank: assign({ blank: ({ context }) => !context.blank }),
    recordSheet: assign({
      exercise: ({ context, event }) => {
        assertEvent(event, 'participant.score');
        const { scores, recommendation } = event;
        return withSheet(context.exercise!, event.pid, event.answer, { scores, recommendation });
      },
    }),
    enterNextAnswer: assign({
      exercise: ({ context }) => ({ ...context.exercise!, index: context.exercise!.index + 1 }),
    }),
    enterEarlierAnswer: assign({
      exercise: ({ context }) => ({ ...context.exercise!, index: context.exercise!.index - 1 }),
    }),
    markPassRevealed: assign({
      exercise: ({ context }) => ({ ...context.exercise!, revealed: context.exercise!.pass, index: 0 }),
    }),
    recordSit: assign({
      seating: ({ context, event }) => {
        assertEvent(event, 'participant.sit');
        return withSit(context.seating!, event.pid, event.seat);
      },
    }),
    dealSeats: assign({
      seating: ({ context, event }) => {
        assertEvent(event, 'room.deal');
        return withDeal(context.seating!, [...context.participants.keys()], event.committees);
      },
    }),
    recordSeatVote: assign({
      seating: ({ context, event }) => {
        assertEvent(event, 'participant.seatVote');
        const s = context.seating!;
        return { ...s, votes: new Map(s.votes).set(event.pid, event.recommendation as never) };
      },
    }),
    recordRevision: assign({
      seating: ({ context, event }) => {
        assertEvent(event, 'participant.revise');
        const s = context.seating!;
        const entry = { recommendation: event.recommendation as never, reason: event.reason.trim() };
        return { ...s, revisions: new Map(s.revisions).set(event.pid, entry) };
      },
    }),
    markDecided: assign({ seating: ({ context }) => ({ ...context.seating!, decided: true }) }),
    enterNextPass: assign({ exercise: ({ context }) => withNextPass(context.exercise!), blank: false }),
  },
}).createMachine({
  id: 'room',
  context: ({ input }) => createRoomContext(input.plan),
  initial: 'lobby',
  states: {
    lobby: {
      description: 'People join with the code; nothing is asked yet.',
      on: {
        'room.start': [
          { guard: 'isExercise', target: 'exercise' },
          { guard: 'isSeating', target: 'seated' },
          { target: 'step', actions: 'enterNextStep' },
        ],
      },
    },
    seated: {
      description: "A committee in seats: each person holds a member's seat, in one or several parallel committees.",
      initial: 'private',
      states: {
        private: {
          description: "Each seat sees only its own member's scorecard; people choose seats or are dealt them.",
          on: {
            'participant.sit': { guard: 'canSit', actions: 'recordSit' },
            'room.deal': { guard: 'canDeal', actions: 'dealSeats' },
            'room.unseal': { guard: 'canUnseal', target: 'voting' },
          },
        },
        voting: {
          description: 'The full packet is open; every seat votes, sealed.',
          on: {
            'participant.seatVote': { guard: 'isSeatedVote', actions: 'recordSeatVote' },
            'room.reveal': { guard: 'canOpenRevision', target: 'revising' },
          },
        },
        revising: {
          description: 'Each committee sees its own votes; every voter revises or holds, with a reason.',
          on: {
            'participant.revise': { guard: 'isRevision', actions: 'recordRevision' },
            'room.decide': { guard: 'canDecide', target: 'decided', actions: 'markDecided' },
          },
        },
        decided: { description: "The kernel has decided each committee's votes through the scenario's rules." },
      },
    },
    exercise: {
      description: 'The calibration exercise: every phone scores each answer on the rubric, sealed, pass by pass.',
      initial: 'scoring',
      on: {
        'room.next': { guard: 'hasNextAnswer', actions: 'enterNextAnswer' },
        'room.back': { guard: 'hasEarlierAnswer', actions: 'enterEarlierAnswer' },
        'room.blank': { actions: 'toggleBlank' },
      },
      states: {
        scoring: {
          description: "Each phone scores the answer on screen; nobody sees anyone else's scores.",
          on: {
            'participant.score': { guard: 'isValidSheet', actions: 'recordSheet' },
            'room.reveal': { guard: 'canRevealPass', target: 'revealed', actions: 'markPassRevealed' },
          },
        },
        revealed: {
          description: "The room's spread per answer and dimension, its ICCs, and each phone its own leniency.",
          on: { 'room.secondPass': { guard: 'hasPassLeft', target: 'scoring', actions: 'enterNextPass' } },
        },
      },
    },
    step: {
      description: 'A step is on screen.',
      initial: 'entering',
      on: {
        'room.next': { guard: 'canAdvance', target: '.entering', reenter: true, actions: 'enterNextStep' },
        'room.back': { guard: 'canGoBack', target: '.entering', reenter: true, actions: 'enterPreviousStep' },
        'room.blank': { actions: 'toggleBlank' },
      },
      states: {
        entering: {
          always: [
            { guard: 'isReadOnly', target: 'reading' },
            { guard: 'wasRevealed', target: 'revealed' },
            { target: 'voting' },
          ],
        },
        reading: { description: 'Something to read (the packet); nothing to vote on.' },
        voting: {
          description: 'Votes are open; a participant may change theirs until the reveal.',
          on: {
            'participant.vote': { guard: 'isValidVote', actions: 'recordVote' },
            'replay.votes': { actions: 'recordVotes' },
            'room.lock': 'locked',
            'room.reveal': { guard: 'hasVotes', target: 'revealed', actions: 'markRevealed' },
          },
        },
        locked: {
          description: 'Voting is paused; the votes in stay in.',
          on: {
            'room.unlock': 'voting',
            'room.reveal': { guard: 'hasVotes', target: 'revealed', actions: 'markRevealed' },
          },
        },
        revealed: {
          description: 'The tally and what happened are shown; votes are final.',
          on: {
            'room.tiebreak': { guard: 'isTiedChoice', actions: 'setTiebreak' },
            'room.showVetoes': { guard: 'asksVeto', actions: 'showVetoes' },
          },
        },
      },
    },
    closed: { description: 'The room is over and accepts nothing more.', type: 'final' },
  },
  on: {
    'participant.join': { guard: 'isNewParticipant', actions: 'addParticipant' },
    'replay.joins': { actions: 'addParticipants' },
    'participant.remove': { guard: 'isParticipant', actions: 'removeParticipant' },
    'room.close': '.closed',
  },
});
