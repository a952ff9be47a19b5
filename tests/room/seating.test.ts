import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { roomMachine, type ReplayEvent, type RoomEvent } from '../../machines/roomMachine';
import { createSeatingRoomPlan } from '../../machines/room/plan';
import { refusalOf } from '../../machines/room/refusal';
import { committeeResults } from '../../machines/room/seating';
import { GOLDEN } from './harness';
import { followEveryPath, roomModel } from './followPaths';

const PLAN = createSeatingRoomPlan(GOLDEN);
const SEATS = PLAN.seating!.seats.map((s) => s.member);

function room(people: string[]) {
  const actor = createActor(roomMachine, { input: { plan: PLAN } }).start();
  const send = (e: RoomEvent) => {
    const refusal = refusalOf(actor.getSnapshot(), e);
    if (actor.getSnapshot().status === 'active') actor.send(e);
    return refusal;
  };
  for (const pid of people) send({ type: 'participant.join', pid, name: pid, tokenHash: 'x' });
  return { actor, send, seating: () => actor.getSnapshot().context.seating!, snap: () => actor.getSnapshot() };
}

describe('seats and parallel committees as states of the room machine', () => {
  it('seats see their own view first; the packet opens only once everyone has a seat', () => {
    const r = room(['ann', 'bo']);
    r.send({ type: 'room.start' });
    expect(r.snap().matches({ seated: 'private' })).toBe(true);
    expect(r.send({ type: 'participant.sit', pid: 'ann', seat: 'nobody' })).toBe(
      '"nobody" is not a seat on this committee',
    );
    expect(r.send({ type: 'participant.sit', pid: 'ann', seat: SEATS[0]! })).toBeNull();
    expect(r.send({ type: 'room.unseal' })).toBe('1 person has no seat yet');
    expect(r.send({ type: 'participant.seatVote', pid: 'ann', recommendation: 'yes' })).toBe(
      'wait until the packet is unsealed',
    );
    r.send({ type: 'participant.sit', pid: 'bo', seat: SEATS[0]! });
    expect(r.send({ type: 'room.unseal' })).toBeNull();
    expect(r.snap().matches({ seated: 'voting' })).toBe(true);
    expect(r.send({ type: 'participant.sit', pid: 'bo', seat: SEATS[1]! })).toBe(
      'the seats are taken: the packet is open',
    );
  });

  it('sealed votes, then a revision with a reason, then the kernel decides each committee', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f'];
    const r = room(people);
    r.send({ type: 'room.start' });
    expect(r.send({ type: 'room.deal', committees: 2 })).toBeNull();
    expect(r.seating().committees).toBe(2);
    r.send({ type: 'room.unseal' });
    // Committee 1 (a, b, c) is keen; committee 2 (d, e, f) is not.
    for (const pid of people)
      r.send({ type: 'participant.seatVote', pid, recommendation: 'abc'.includes(pid) ? 'strong_yes' : 'strong_no' });
    expect(r.send({ type: 'room.decide' })).toBe('open the revision round first');
    expect(r.send({ type: 'room.reveal' })).toBeNull();
    expect(r.send({ type: 'room.decide' })).toBe('6 votes wait for a revise-or-hold');
    for (const pid of people) r.send({ type: 'participant.revise', pid, recommendation: null, reason: 'holds' });
    // One seat in committee 1 revises down after hearing the others.
    r.send({ type: 'participant.revise', pid: 'a', recommendation: 'yes', reason: 'the latency story' });
    expect(r.send({ type: 'room.decide' })).toBeNull();
    expect(r.snap().matches({ seated: 'decided' })).toBe(true);
    const results = committeeResults(r.seating());
    expect(results).toHaveLength(2);
    expect(results[0]!.seats[0]).toMatchObject({ vote: 'strong_yes', revised: 'yes', reason: 'the latency story' });
    // Two committees on the same packet reach their own decisions: the keen one hires, the other does not.
    expect(results.map((c) => c.decision.decision)).toEqual(['hire', 'no_hire']);
    expect(PLAN.seating!.recorded.decision).toBe('no_hire');
  });
});

describe('someone leaves a seated room', () => {
  it('the facilitator removes a voter who walked out: their seat and vote leave, and the committee decides without waiting for them', () => {
    const r = room(['a', 'b', 'c']);
    r.send({ type: 'room.start' });
    r.send({ type: 'room.deal', committees: 1 });
    r.send({ type: 'room.unseal' });
    for (const pid of ['a', 'b', 'c']) r.send({ type: 'participant.seatVote', pid, recommendation: 'strong_yes' });
    r.send({ type: 'room.reveal' });
    r.send({ type: 'participant.revise', pid: 'a', recommendation: null, reason: 'holds' });
    r.send({ type: 'participant.revise', pid: 'b', recommendation: null, reason: 'holds' });
    expect(r.send({ type: 'room.decide' })).toBe('1 vote waits for a revise-or-hold');
    expect(r.send({ type: 'participant.remove', pid: 'c' })).toBeNull();
    expect(r.seating().sits.has('c')).toBe(false);
    expect(r.snap().context.removed.get('c')).toEqual({ name: 'c', votes: 1 });
    expect(r.send({ type: 'room.decide' })).toBeNull();
    // The empty seat keeps the vote its own scorecard implies, as a member nobody played.
    expect(committeeResults(r.seating())[0]!.seats[2]).toMatchObject({ people: [], vote: null });
  });
});

describe('the seated committee, path by path (xstate/graph)', () => {
  const PIDS = ['ann', 'bo'];
  const EVENTS: Array<RoomEvent | ReplayEvent> = [
    ...PIDS.map((pid) => ({ type: 'participant.join' as const, pid, name: pid, tokenHash: 'x' })),
    ...PIDS.map((pid) => ({ type: 'participant.sit' as const, pid, seat: SEATS[0]! })),
    { type: 'room.deal', committees: 1 },
    { type: 'room.start' },
    { type: 'room.unseal' },
    ...PIDS.map((pid) => ({ type: 'participant.seatVote' as const, pid, recommendation: 'yes' })),
    { type: 'room.reveal' },
    ...PIDS.map((pid) => ({ type: 'participant.revise' as const, pid, recommendation: null, reason: 'holds' })),
    { type: 'room.decide' },
    { type: 'room.close' },
    ...([
      { type: 'replay.joins', joins: [] },
      { type: 'replay.votes', votes: [] },
    ] satisfies ReplayEvent[]),
  ];
  const serialize = (snap: ReturnType<(typeof roomMachine)['resolveState']>) => {
    if (snap.status === 'done') return '"closed"';
    const s = snap.context.seating!;
    return JSON.stringify([snap.value, snap.context.participants.size, s.sits.size, s.votes.size, s.revisions.size]);
  };

  it('reaches every seated state and the close; every shortest path replays', async () => {
    const model = roomModel(PLAN, EVENTS, serialize);
    const paths = model.getShortestPaths();
    // Pinned so a new state or event cannot slip into the chart untested.
    expect(paths.length).toBe(PATHS);
    const ends = new Set(paths.map((p) => JSON.stringify((p.state as { value: unknown }).value)));
    expect(ends).toContain(JSON.stringify({ seated: 'decided' }));
    await followEveryPath(paths, PLAN, EVENTS, serialize);
  });
});

const PATHS = 7;

describe('the statechart view draws the workshop states', () => {
  it("the room's chart has the exercise and the seated committee, each state with its description and guarded arrows", async () => {
    const { chartOf } = await import('../../src/coach/statechart');
    const chart = chartOf(roomMachine);
    const node = (key: string) => chart.children.find((c) => c.key === key)!;
    expect(node('exercise').children.map((c) => c.key)).toEqual(['scoring', 'revealed']);
    expect(node('seated').children.map((c) => c.key)).toEqual(['private', 'voting', 'revising', 'decided']);
    for (const c of [...node('exercise').children, ...node('seated').children]) expect(c.description).toBeTruthy();
    const arrows = node('seated').children.flatMap((c) => c.transitions.map((t) => JSON.stringify(t)));
    expect(arrows.join(' ')).toMatch(/canUnseal/);
    expect(
      node('exercise')
        .children.flatMap((c) => c.transitions.map((t) => JSON.stringify(t)))
        .join(' '),
    ).toMatch(/hasPassLeft/);
  });
});
