import type { SnapshotFrom } from 'xstate';
import type { roomMachine, RoomEvent } from '../roomMachine';
import { currentOf, nextProblem, tiebreakProblem, voteProblem } from './context';

type RoomSnapshot = SnapshotFrom<typeof roomMachine>;

/** Why the room refuses an event in its present state, in words for the person who sent it; null when it applies. */
export function refusalOf(snap: RoomSnapshot, event: RoomEvent): string | null {
  if (snap.status !== 'active') return 'the room is closed';
  if (snap.can(event)) return null;
  const ctx = snap.context;
  switch (event.type) {
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
      return snap.matches('lobby') ? 'start the room first' : (nextProblem(ctx) ?? 'cannot move on now');
    case 'room.back':
      return 'this is the first step';
    case 'room.reveal':
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
