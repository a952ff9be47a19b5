import { afterEach, describe, expect, it } from 'vitest';
import { hubHarness, openRoom, participant } from './harness';

let h: ReturnType<typeof hubHarness>;
afterEach(() => h?.dispose());

const events = () => h.store.events.bind(h.store);

describe('room server: who may do what', () => {
  it('a participant cannot start, advance or reveal: refused, nothing recorded', async () => {
    h = hubHarness();
    const { code, fac } = await openRoom(h);
    const { p } = await participant(h, code, 'Ann');
    fac.send({ t: 'control', action: 'start' });
    const open = await p.view((v) => v.status === 'voting');
    const before = events()(code).length;
    for (const action of ['next', 'reveal', 'close', 'lock'] as const) {
      const n = p.inbox.length;
      p.send({ t: 'control', action });
      expect((await p.next('error', n)).code).toBe('forbidden');
    }
    p.send({ t: 'facilitate', code, secret: 'a-guess-at-the-secret' });
    expect((await p.next('error')).message).toMatch(/facilitator key/);
    expect(events()(code)).toHaveLength(before);
    expect((await fac.view(() => true)).position).toBe(open.position);
  });

  it('counts one vote per participant per step, however often they vote or reconnect', async () => {
    h = hubHarness();
    const { code, fac } = await openRoom(h);
    const { p, pid, token } = await participant(h, code, 'Ann');
    fac.send({ t: 'control', action: 'start' });
    const v = await p.view((v) => v.status === 'voting');
    const step = v.step!.id;
    p.send({ t: 'vote', id: 1, step, choice: v.step!.options[0]!.id });
    p.send({ t: 'vote', id: 2, step, choice: v.step!.options[1]!.id });
    // The same person on a second tab (same identity) changes the one vote, not adds another.
    const again = h.client('10.9.9.9');
    again.send({ t: 'join', code, pid, token });
    await again.next('welcome');
    again.send({ t: 'vote', id: 1, step, choice: v.step!.options[2]!.id });
    await again.next('ack');
    const live = await fac.view((r) => r.facilitator!.tally.find((t) => t.id === v.step!.options[2]!.id)?.votes === 1);
    expect(live.votesIn).toBe(1);
    expect(live.facilitator!.tally.reduce((n, t) => n + t.votes, 0)).toBe(1);
    // A forged pid without its token joins as someone new, never as Ann.
    const forger = h.client('10.9.9.8');
    forger.send({ t: 'join', code, pid, token: 'wrong' });
    expect((await forger.next('welcome')).pid).not.toBe(pid);
  });

  it('refuses a wrong code and a closed room, and a closed room takes no vote', async () => {
    h = hubHarness();
    const { code, fac } = await openRoom(h);
    const stray = h.client();
    stray.send({ t: 'join', code: 'ZZZZ2222', name: 'x' });
    expect(await stray.next('error')).toMatchObject({
      code: 'unknown_code',
      message: expect.stringMatching(/No room has the code ZZZZ2222/),
    });
    const { p } = await participant(h, code, 'Ann');
    fac.send({ t: 'control', action: 'start' });
    const v = await p.view((v) => v.status === 'voting');
    fac.send({ t: 'control', action: 'close' });
    await p.view((v) => v.status === 'closed');
    const n = events()(code).length;
    p.send({ t: 'vote', id: 9, step: v.step!.id, choice: v.step!.options[0]!.id });
    expect(await p.next('error')).toMatchObject({ code: 'closed', id: 9 });
    const late = h.client();
    late.send({ t: 'join', code, name: 'Late' });
    expect((await late.next('error')).code).toBe('closed');
    fac.send({ t: 'control', action: 'start' });
    expect((await fac.next('error')).code).toBe('closed');
    expect(events()(code)).toHaveLength(n);
  });

  it('answers a malformed or oversized message with an error and changes nothing', async () => {
    h = hubHarness();
    const { code, fac } = await openRoom(h);
    const { p } = await participant(h, code, 'Ann');
    fac.send({ t: 'control', action: 'start' });
    const v = await p.view((v) => v.status === 'voting');
    const n = events()(code).length;
    const bad = [
      'not json',
      '{"t":"vote"}',
      JSON.stringify({ t: 'vote', id: 1, step: v.step!.id, choice: 42 }),
      JSON.stringify({ t: 'vote', id: 1, step: v.step!.id, choice: 'x'.repeat(5000) }),
      '[]',
    ];
    for (const raw of bad) {
      const at = p.inbox.length;
      p.send(raw);
      expect(['malformed', 'too_large']).toContain((await p.next('error', at)).code);
    }
    const at = p.inbox.length;
    p.send(
      JSON.stringify({ t: 'vote', id: 1, step: v.step!.id, choice: v.step!.options[0]!.id, pad: 'x'.repeat(3000) }),
    );
    expect((await p.next('error', at)).code).toBe('too_large');
    expect(events()(code)).toHaveLength(n);
    expect((await fac.view(() => true)).votesIn).toBe(0);
  });

  it('keeps the secret out of the join link, and shows names exactly as typed, trimmed to length', async () => {
    h = hubHarness();
    const { code, secret, fac } = await openRoom(h);
    const long = h.client();
    long.send({ t: 'join', code, name: 'x'.repeat(41) });
    expect((await long.next('error')).message).toMatch(/^Message not understood: name: /);
    await participant(h, code, '  <img src=x onerror=alert(1)>\u0007 ');
    const v = await fac.view((v) => v.participants === 1);
    expect(v.joinUrl).toBe(`http://room.test/j/${code}`);
    expect(v.joinUrl).not.toContain(secret);
    expect(v.facilitator!.people.map((p) => p.name)).toEqual(['<img src=x onerror=alert(1)>']);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });

  it('bounds the message rate; wrong codes slow an address down but never lock the right code out (a venue NAT)', async () => {
    h = hubHarness({ slowAnswerMs: 300 });
    const { code } = await openRoom(h);
    // Three sockets, ten guesses each (one socket's message allowance is 20 in a burst).
    const guessers = [0, 1, 2].map(() => h.client('10.6.6.6'));
    for (let i = 0; i < 30; i++) guessers[i % 3]!.send({ t: 'peek', code: `WRONG${String(i).padStart(3, '2')}` });
    const wrong = guessers.flatMap((g) => g.inbox).filter((m) => m.t === 'error' && m.code === 'unknown_code');
    expect(wrong).toHaveLength(30);
    const guesser = guessers[0]!;
    // Someone else behind the same address types the right code: slowed, still in.
    const neighbour = h.client('10.6.6.6');
    const started = Date.now();
    neighbour.send({ t: 'join', code, name: 'Neighbour' });
    expect((await neighbour.next('welcome')).pid).toBeTruthy();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    // While slowed, a socket gets one answer at a time.
    guesser.send({ t: 'peek', code: 'WRONG222' });
    guesser.send({ t: 'peek', code: 'WRONG223' });
    expect((await guesser.next('error', 10)).code).toBe('rate_limited');
    const chatty = h.client('10.7.7.7');
    for (let i = 0; i < 40; i++) chatty.send({ t: 'watch', code });
    await chatty.next('error');
    expect(chatty.inbox.some((m) => m.t === 'error' && m.code === 'rate_limited')).toBe(true);
  });
});

describe('room server: nothing is lost', () => {
  it('after a restart every vote is still counted, a participant is known again by its token, and the room resumes at the same step', async () => {
    h = hubHarness();
    const { code, secret, fac } = await openRoom(h);
    const people = await Promise.all(['Ann', 'Bo', 'Cy'].map((n) => participant(h, code, n)));
    fac.send({ t: 'control', action: 'start' });
    const v = await people[0]!.p.view((v) => v.status === 'voting');
    for (const [i, { p }] of people.entries()) {
      p.send({ t: 'vote', id: 1, step: v.step!.id, choice: v.step!.options[i % 2]!.id });
      await p.next('ack');
    }
    h.restart();
    const back = h.client('10.0.0.5');
    back.send({ t: 'join', code, pid: people[1]!.pid, token: people[1]!.token });
    const you = await back.next('you');
    expect(you).toEqual({ t: 'you', step: v.step!.id, vote: { choice: v.step!.options[1]!.id, veto: false } });
    const f = h.client('10.0.0.99');
    f.send({ t: 'facilitate', code, secret });
    const resumed = await f.view(() => true);
    expect(resumed).toMatchObject({ status: 'voting', position: 1, participants: 3, votesIn: 3 });
    expect(resumed.facilitator!.tally.map((t) => t.votes)).toEqual([2, 1, 0]);
    fac.close();
  });

  it('a burst of votes is stored in the order the room saw it: votes before a lock count, votes after it are refused, and a restart agrees', async () => {
    h = hubHarness();
    const { code, secret, fac } = await openRoom(h);
    const [ann, bo] = await Promise.all(['Ann', 'Bo'].map((n) => participant(h, code, n)));
    fac.send({ t: 'control', action: 'start' });
    const v = await ann!.p.view((v) => v.status === 'voting');
    const choice = v.step!.options[0]!.id;
    // All three arrive in the same turn of the event loop, as they do from a busy room.
    ann!.p.send({ t: 'vote', id: 1, step: v.step!.id, choice });
    fac.send({ t: 'control', action: 'lock' });
    bo!.p.send({ t: 'vote', id: 1, step: v.step!.id, choice });
    expect(await bo!.p.next('error')).toMatchObject({ id: 1, message: 'Voting is locked.' });
    await ann!.p.next('ack');
    expect(await fac.view((r) => r.status === 'locked')).toMatchObject({ votesIn: 1 });
    h.restart();
    const f = h.client('10.0.0.99');
    f.send({ t: 'facilitate', code, secret });
    expect(await f.view(() => true)).toMatchObject({ status: 'locked', votesIn: 1 });
  });

  it('a vote the store could not write is neither acknowledged nor counted, and its phone is told', async () => {
    h = hubHarness();
    const { code, fac } = await openRoom(h);
    const { p } = await participant(h, code, 'Ann');
    fac.send({ t: 'control', action: 'start' });
    const v = await p.view((v) => v.status === 'voting');
    // The disk goes away under the server.
    h.store.close();
    p.send({ t: 'vote', id: 7, step: v.step!.id, choice: v.step!.options[0]!.id });
    expect(await p.next('error')).toMatchObject({ code: 'storage', id: 7 });
    expect(p.inbox.some((m) => m.t === 'ack')).toBe(false);
    fac.send({ t: 'export' });
    const { report } = await fac.next('export');
    expect(report.steps[0]!.options.reduce((n, o) => n + o.votes, 0)).toBe(0);
  });
});
