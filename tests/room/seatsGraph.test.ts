import { describe, expect, it } from 'vitest';
import type { roomMachine, ReplayEvent, RoomEvent } from '../../machines/roomMachine';
import { createSeatingRoomPlan } from '../../machines/room/plan';
import { committeeResults } from '../../machines/room/seating';
import { GOLDEN } from './harness';
import { followEveryPath, roomModel } from './followPaths';

const PLAN = createSeatingRoomPlan(GOLDEN);
// Six people: two full committees of the golden scenario's three seats.
const PIDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const KEEN = new Set(['a', 'b', 'c']);

const EVENTS: Array<RoomEvent | ReplayEvent> = [
  ...PIDS.map((pid) => ({ type: 'participant.join' as const, pid, name: pid, tokenHash: 'x' })),
  { type: 'room.start' },
  { type: 'room.deal', committees: 2 },
  { type: 'room.unseal' },
  ...PIDS.map((pid) => ({
    type: 'participant.seatVote' as const,
    pid,
    recommendation: KEEN.has(pid) ? 'strong_yes' : 'strong_no',
  })),
  { type: 'room.reveal' },
  ...PIDS.map((pid) => ({ type: 'participant.revise' as const, pid, recommendation: null, reason: 'holds' })),
  { type: 'room.decide' },
  { type: 'room.close' },
  // The model offers every event the chart names; the replay batches must carry their lists.
  { type: 'replay.joins', joins: [] },
  { type: 'replay.votes', votes: [] },
];

/** A seated room as the model tells states apart: where it is, how far each round has got, and each committee's decision once made. */
const serialize = (snap: ReturnType<(typeof roomMachine)['resolveState']>) => {
  const s = snap.context.seating!;
  const decided = snap.matches({ seated: 'decided' }) ? committeeResults(s).map((c) => c.decision.decision) : [];
  return JSON.stringify([
    snap.value,
    snap.context.participants.size,
    s.committees,
    s.sits.size,
    s.votes.size,
    s.revisions.size,
    decided,
  ]);
};

describe('parallel committees, path by path (xstate/graph)', () => {
  it('every shortest path to a state of two dealt committees replays, the last ending in hire beside no hire', async () => {
    const model = roomModel(PLAN, EVENTS, serialize);
    const paths = model.getShortestPaths();
    // Pinned so a new state or event cannot slip into the chart untested.
    expect(paths.length).toBe(PATHS);
    const ends = paths.map((p) => serialize(p.state as never));
    expect(ends).toContain(JSON.stringify([{ seated: 'decided' }, 6, 2, 6, 6, 6, ['hire', 'no_hire']]));
    await followEveryPath(paths, PLAN, EVENTS, serialize);
  });
});

const PATHS = 258;
