import type { SnapshotFrom } from 'xstate';
import type { roomMachine, RoomEvent } from '../roomMachine';
import { currentOf, nextProblem, tiebreakProblem, voteProblem } from './context';
import { revealProblem, sheetProblem } from './exercise';
import { decideProblem, revisionProblem, sitProblem, unsealProblem } from './seating';

type RoomSnapshot = SnapshotFrom<typeof roomMachine>;

/** Why the room refuses an event in its present state, in words for the person who sent it; null when it applies. */
export function refusalOf(snap: RoomSnapshot, event: RoomEvent): string | null {
  if (snap.status !== 'active') return 'the room is closed';
  if (snap.can(event)) return null;
  const ctx = snap.context;
  const ex = ctx.exercise;
  switch (event.type) {
    case 'participant.score':
      if (!ex || !snap.matches('exercise')) return 'nothing is being scored';
      if (ctx.removed.has(event.pid)) return 'the facilitator removed you from this room';
      if (!ctx.participants.has(event.pid)) return 'join the room before scoring';
      if (snap.matches({ exercise: 'revealed' })) return 'the scores of this pass have been revealed';
      return sheetProblem(ex, event) ?? 'nothing is being scored';
    case 'participant.sit':
    case 'room.deal':
    case 'room.unseal':
    case 'participant.seatVote':
    case 'participant.revise':
    case 'room.decide':
      return seatingRefusal(snap, event);
    case 'room.secondPass':
      if (!ex) return 'only a calibration exercise has a second pass';
      if (!snap.matches({ exercise: 'revealed' })) return 'reveal this pass first';
      return 'both passes are done';
    case 'participant.join':
      return ctx.removed.has(event.pid) ? 'the facilitator removed you from this room' : 'already in the room';
    case 'participant.remove':
      return 'no such participant in the room';
    case 'participant.vote':
      if (snap.matches({ step: 'locked' })) return 'voting is locked';
      if (snap.matches({ step: 'revealed' })) return 'the votes have been revealed';
      return voteProblem(ctx, event) ?? 'nothing is being voted on';
    case 'room.start':
      return 'the room has already started';
    case 'room.next':
      if (ex && snap.matches('exercise')) return 'this is the last answer: reveal the pass, or close the room';
      return snap.matches('lobby') ? 'start the room first' : (nextProblem(ctx) ?? 'cannot move on now');
    case 'room.back':
      if (ex && snap.matches('exercise')) return 'this is the first answer';
      return 'this is the first step';
    case 'room.reveal':
      if (ex && snap.matches('exercise'))
        return snap.matches({ exercise: 'revealed' }) ? 'already revealed' : (revealProblem(ex) ?? 'cannot reveal now');
      if (ctx.seating && snap.matches('seated'))
        return snap.matches({ seated: 'voting' })
          ? (revisionProblem(ctx.seating) ?? 'cannot open the revision round now')
          : 'the sealed votes open only while the committees vote';
      if (snap.matches({ step: 'revealed' })) return 'already revealed';
      if (!currentOf(ctx)?.step.options.length) return 'nothing to reveal on this step';
      return 'no votes are in yet';
    case 'room.tiebreak':
      return snap.matches({ step: 'revealed' })
        ? (tiebreakProblem(ctx, event.choice) ?? 'cannot break the tie now')
        : 'reveal the votes first';
    case 'room.showVetoes':
      return 'this step does not ask about vetoes, or is not revealed yet';
    case 'room.lock':
      return 'voting is not open';
    case 'room.unlock':
      return 'voting is not locked';
    case 'room.blank':
      return 'nothing is on screen yet';
    case 'room.close':
      return 'the room is closed';
  }
}

/** Why a seated committee refuses an event, in the sender's words. */
function seatingRefusal(snap: RoomSnapshot, event: RoomEvent): string {
  const s = snap.context.seating;
  if (!s || !snap.matches('seated')) return 'this room has no seats';
  const at = (state: string) => snap.matches({ seated: state as never });
  switch (event.type) {
    case 'participant.sit':
      if (!at('private')) return 'the seats are taken: the packet is open';
      return sitProblem(s, event.seat) ?? 'join the room before taking a seat';
    case 'room.deal':
      return at('private')
        ? 'expected a whole number of committees, at least 1, once people have joined'
        : 'the seats are taken: the packet is open';
    case 'room.unseal':
      return at('private')
        ? (unsealProblem(s, [...snap.context.participants.keys()]) ?? 'cannot unseal now')
        : 'the packet is already open';
    case 'participant.seatVote':
      if (!at('voting')) return at('private') ? 'wait until the packet is unsealed' : 'the sealed votes are in';
      return s.sits.has(event.pid) ? `"${event.recommendation}" is not a recommendation` : 'take a seat before voting';
    case 'participant.revise':
      if (!at('revising')) return 'the revision round is not open';
      return s.votes.has(event.pid)
        ? 'expected a recommendation (or none, to hold) and a reason of at most 500 characters'
        : 'only a seat that voted revises';
    case 'room.decide':
      return at('revising') ? (decideProblem(s) ?? 'cannot decide now') : 'open the revision round first';
    default:
      return 'not now';
  }
}
