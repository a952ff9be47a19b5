import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { roomMachine, type RoomEvent } from '../../machines/roomMachine';
import { createRoomPlan } from '../../machines/room/plan';
import { currentOf } from '../../machines/room/context';
import { refusalOf } from '../../machines/room/refusal';
import { BEST, GOLDEN } from './harness';

function room(mode: 'path' | 'committee' = 'path') {
  const actor = createActor(roomMachine, { input: { plan: createRoomPlan(GOLDEN, mode) } }).start();
  const send = (e: RoomEvent) => {
    const refusal = refusalOf(actor.getSnapshot(), e);
    if (actor.getSnapshot().status === 'active') actor.send(e);
    return refusal;
  };
  const step = () => currentOf(actor.getSnapshot().context)?.step;
  for (const pid of ['ann', 'bo', 'cy']) send({ type: 'participant.join', pid, name: pid, tokenHash: 'x' });
  return { actor, send, step, snap: () => actor.getSnapshot() };
}

const vote = (pid: string, step: string, choice: string, veto = false): RoomEvent => ({
  type: 'participant.vote',
  pid,
  step,
  choice,
  veto,
});

describe('room machine', () => {
  it('waits in the lobby, then opens the first prompt for votes', () => {
    const r = room();
    expect(r.snap().value).toBe('lobby');
    expect(r.send(vote('ann', '1-s1', 's1-ok'))).toBe('nothing is being voted on');
    expect(r.send({ type: 'room.start' })).toBeNull();
    expect(r.snap().matches({ step: 'voting' })).toBe(true);
    expect(r.step()!.text).toBe(GOLDEN.rounds[0]!.prompts[0]!.text.trim());
  });

  it('will not reveal before a vote is in, and counts one vote per participant, the latest', () => {
    const r = room();
    r.send({ type: 'room.start' });
    expect(r.send({ type: 'room.reveal' })).toBe('no votes are in yet');
    const id = r.step()!.id;
    r.send(vote('ann', id, 's1-ok'));
    r.send(vote('ann', id, 's1-strong'));
    const votes = currentOf(r.snap().context)!.votes;
    expect(votes.size).toBe(1);
    expect(votes.get('ann')!.choice).toBe('s1-strong');
    expect(r.send(vote('zed', id, 's1-ok'))).toBe('join the room before voting');
    expect(r.send(vote('bo', id, 'no-such-answer'))).toBe('"no-such-answer" is not an answer to this question');
  });

  it('refuses votes while locked and after the reveal, and moves on only once revealed', () => {
    const r = room();
    r.send({ type: 'room.start' });
    const id = r.step()!.id;
    r.send(vote('ann', id, 's1-ok'));
    expect(r.send({ type: 'room.next' })).toBe('reveal the votes before moving on');
    r.send({ type: 'room.lock' });
    expect(r.send(vote('bo', id, 's1-ok'))).toBe('voting is locked');
    r.send({ type: 'room.unlock' });
    expect(r.send(vote('bo', id, 's1-ok'))).toBeNull();
    r.send({ type: 'room.reveal' });
    expect(r.send(vote('cy', id, 's1-ok'))).toBe('the votes have been revealed');
    expect(r.send({ type: 'room.next' })).toBeNull();
    expect(r.step()!.id).toBe('2-t1');
  });

  it("drives the path with the room's majority, through the real machines, to a decision unlike the recorded one", () => {
    const r = room();
    r.send({ type: 'room.start' });
    for (const choice of BEST) {
      const id = r.step()!.id;
      r.send(vote('ann', id, choice));
      r.send(vote('bo', id, choice));
      r.send(vote('cy', id, r.step()!.options.find((o) => o.id !== choice)!.id));
      r.send({ type: 'room.reveal' });
      expect(r.send({ type: 'room.next' })).toBeNull();
    }
    const decision = r.step()!;
    expect(decision.kind).toBe('decision');
    expect(decision.outcome).toMatchObject({ decision: 'hire', recordedDecision: 'no_hire' });
    r.send(vote('ann', decision.id, 'hire'));
    r.send({ type: 'room.reveal' });
    expect(r.send({ type: 'room.next' })).toMatch(/last step/);
  });

  it('stops at a tie until the facilitator breaks it with one of the tied answers', () => {
    const r = room();
    r.send({ type: 'room.start' });
    const id = r.step()!.id;
    r.send(vote('ann', id, 's1-strong'));
    r.send(vote('bo', id, 's1-ok'));
    r.send({ type: 'room.reveal' });
    expect(r.send({ type: 'room.next' })).toBe('the room is tied between A and B: break the tie first');
    expect(r.send({ type: 'room.tiebreak', choice: 's1-late' })).toBe('choose one of the tied answers');
    expect(r.send({ type: 'room.tiebreak', choice: 's1-ok' })).toBeNull();
    expect(r.send({ type: 'room.next' })).toBeNull();
  });

  it('goes back to a revealed step, and on again with the same answer returns to the step as it was', () => {
    const r = room();
    r.send({ type: 'room.start' });
    const first = r.step()!.id;
    r.send(vote('ann', first, 's1-strong'));
    r.send({ type: 'room.reveal' });
    r.send({ type: 'room.next' });
    expect(r.send({ type: 'room.back' })).toBeNull();
    expect(r.snap().matches({ step: 'revealed' })).toBe(true);
    expect(r.step()!.id).toBe(first);
    expect(r.send({ type: 'room.back' })).toBe('this is the first step');
    r.send({ type: 'room.next' });
    expect(r.snap().context.steps).toHaveLength(2);
    expect(r.snap().context.superseded).toHaveLength(0);
  });

  it('replays runs of joins and votes as one event each to the same room as one by one', () => {
    const one = room();
    one.send({ type: 'room.start' });
    const id = one.step()!.id;
    const votes = ['ann', 'bo', 'cy'].map((pid, i) => vote(pid, id, ['s1-ok', 's1-strong', 's1-ok'][i]!));
    for (const v of votes) one.send(v);
    const batched = createActor(roomMachine, { input: { plan: createRoomPlan(GOLDEN, 'path') } }).start();
    batched.send({
      type: 'replay.joins',
      joins: ['ann', 'bo', 'cy'].map((pid) => ({ type: 'participant.join' as const, pid, name: pid, tokenHash: 'x' })),
    });
    batched.send({ type: 'room.start' });
    batched.send({ type: 'replay.votes', votes: votes as Array<Extract<RoomEvent, { type: 'participant.vote' }>> });
    expect([...currentOf(batched.getSnapshot().context)!.votes]).toEqual([...currentOf(one.snap().context)!.votes]);
    expect(batched.getSnapshot().context.participants.size).toBe(3);
  });

  it('sits as the committee: the packet to read, then recommendations with vetoes shown on request', () => {
    const r = room('committee');
    r.send({ type: 'room.start' });
    expect(r.snap().matches({ step: 'reading' })).toBe(true);
    expect(r.step()!.body!.length).toBe(GOLDEN.rounds.length);
    r.send({ type: 'room.next' });
    const rec = r.step()!;
    expect(rec.kind).toBe('recommend');
    expect(rec.committee!.votes.length).toBeGreaterThan(0);
    r.send(vote('ann', rec.id, 'no', true));
    r.send(vote('bo', rec.id, 'yes'));
    expect(r.send({ type: 'room.showVetoes' })).toMatch(/not revealed/);
    r.send({ type: 'room.reveal' });
    expect(r.send({ type: 'room.showVetoes' })).toBeNull();
    expect(currentOf(r.snap().context)!.vetoesShown).toBe(true);
  });

  it('accepts nothing once closed', () => {
    const r = room();
    r.send({ type: 'room.start' });
    r.send({ type: 'room.close' });
    expect(r.snap().status).toBe('done');
    expect(r.send(vote('ann', '1-s1', 's1-ok'))).toBe('the room is closed');
    expect(r.send({ type: 'participant.join', pid: 'new', name: '', tokenHash: 'x' })).toBe('the room is closed');
  });

  it('rebuilds the same room from its events', () => {
    const r = room();
    const events: RoomEvent[] = [
      { type: 'room.start' },
      vote('ann', '1-s1', 's1-ok'),
      vote('bo', '1-s1', 's1-ok'),
      { type: 'room.reveal' },
      { type: 'room.next' },
      vote('cy', '2-t1', 't1-weak'),
    ];
    for (const e of events) r.send(e);
    const again = createActor(roomMachine, { input: { plan: createRoomPlan(GOLDEN, 'path') } }).start();
    for (const pid of ['ann', 'bo', 'cy']) again.send({ type: 'participant.join', pid, name: pid, tokenHash: 'x' });
    for (const e of events) again.send(e);
    expect(again.getSnapshot().value).toEqual(r.snap().value);
    expect([...currentOf(again.getSnapshot().context)!.votes]).toEqual([...currentOf(r.snap().context)!.votes]);
  });
});
