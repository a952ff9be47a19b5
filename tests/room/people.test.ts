import { afterEach, describe, expect, it } from 'vitest';
import { hubHarness, openRoom, participant } from './harness';

let h: ReturnType<typeof hubHarness>;
afterEach(() => h?.dispose());

describe('room server: one person, one participant', { timeout: 30_000 }, () => {
  it('a socket re-sending join, or a phone with its device token, stays the same participant', async () => {
    h = hubHarness();
    const { code, fac } = await openRoom(h);
    const p = h.client('10.2.0.1');
    for (let i = 0; i < 5; i++) p.send({ t: 'join', code, name: 'Ann', device: 'ann-phone-token' });
    await fac.view((v) => v.participants >= 1);
    const pids = new Set(p.inbox.filter((m) => m.t === 'welcome').map((m) => (m.t === 'welcome' ? m.pid : '')));
    expect(pids.size).toBe(1);
    // The same phone on a new socket (identity for the room lost, device token kept): still Ann.
    const again = h.client('10.2.0.1');
    again.send({ t: 'join', code, name: 'Ann again', device: 'ann-phone-token' });
    const w = await again.next('welcome');
    expect(w.pid).toBe([...pids][0]);
    // Its token now works as a participant token on reconnection.
    const third = h.client('10.2.0.1');
    third.send({ t: 'join', code, pid: w.pid, token: w.token });
    expect((await third.next('welcome')).pid).toBe(w.pid);
    expect((await fac.view(() => true)).participants).toBe(1);
  });

  it('one address cannot fill a room or stuff votes: joins are paced and sockets capped, other addresses unaffected', async () => {
    h = hubHarness({ joinBurst: 5, joinsPerSecond: 0.001, socketsPerAddress: 8 });
    const { code, fac } = await openRoom(h);
    const script = Array.from({ length: 8 }, () => h.client('203.0.113.9'));
    for (const s of script) s.send({ t: 'join', code, name: 'bot' });
    const joined = script.filter((s) => s.inbox.some((m) => m.t === 'welcome'));
    expect(joined).toHaveLength(5);
    expect(script[7]!.inbox.at(-1)).toMatchObject({ t: 'error', code: 'rate_limited' });
    // Past the socket cap the ninth socket is told and closed.
    const ninth = h.client('203.0.113.9');
    expect(ninth.inbox[0]).toMatchObject({ t: 'error', code: 'busy' });
    // A real phone from elsewhere still joins.
    const { pid } = await participant(h, code, 'Real', '198.51.100.7');
    expect(pid).toBeTruthy();
    expect((await fac.view((v) => v.participants === 6)).participants).toBe(6);
    // Closing sockets frees the address's allowance.
    for (const s of script) s.close();
    expect(h.client('203.0.113.9').inbox).toEqual([]);
  });

  it('the facilitator sees who is in and removes someone: their votes leave the tally, they stay out, the export says so', async () => {
    h = hubHarness();
    const { code, secret, fac } = await openRoom(h);
    const ann = await participant(h, code, 'Ann');
    const bot = h.client('10.3.0.3');
    bot.send({ t: 'join', code, name: 'Spam', device: 'bot-device' });
    const botWelcome = await bot.next('welcome');
    fac.send({ t: 'control', action: 'start' });
    const v = await fac.view((v) => v.status === 'voting');
    const [a, b] = v.step!.options.map((o) => o.id);
    ann.p.send({ t: 'vote', id: 1, step: v.step!.id, choice: a! });
    bot.send({ t: 'vote', id: 1, step: v.step!.id, choice: b! });
    const both = await fac.view((x) => x.votesIn === 2);
    expect(both.facilitator!.people).toEqual([
      { pid: ann.pid, name: 'Ann', voted: true },
      { pid: botWelcome.pid, name: 'Spam', voted: true },
    ]);
    const at = bot.inbox.length;
    fac.send({ t: 'control', action: 'remove', pid: botWelcome.pid });
    expect(await bot.next('error', at)).toMatchObject({ code: 'removed' });
    const after = await fac.view((x) => x.votesIn === 1);
    expect(after.participants).toBe(1);
    expect(after.facilitator!.tally.find((t) => t.id === b)!.votes).toBe(0);
    expect(after.facilitator!.removed).toBe(1);
    // Back by token, by device, or by re-sending a vote: refused every way.
    bot.send({ t: 'vote', id: 2, step: v.step!.id, choice: b! });
    expect((await bot.next('error', at + 1)).code).toBe('forbidden');
    const back = h.client('10.3.0.3');
    back.send({ t: 'join', code, pid: botWelcome.pid, token: botWelcome.token });
    expect((await back.next('error')).code).toBe('removed');
    const device = h.client('10.3.0.4');
    device.send({ t: 'join', code, name: 'Spam', device: 'bot-device' });
    expect((await device.next('error')).code).toBe('removed');
    // Still so after a restart.
    h.restart();
    const fac2 = h.client('10.0.0.99');
    fac2.send({ t: 'facilitate', code, secret });
    expect((await fac2.view(() => true)).votesIn).toBe(1);
    const device2 = h.client('10.3.0.5');
    device2.send({ t: 'join', code, name: 'Spam', device: 'bot-device' });
    expect((await device2.next('error')).code).toBe('removed');
    fac2.send({ t: 'export' });
    expect((await fac2.next('export')).report.removed).toEqual([{ name: 'Spam', votes: 1 }]);
  });
});

describe('room server: joining by code', { timeout: 30_000 }, () => {
  it('peek says whether a room is open before anyone types a name, and forgives look-alike characters', async () => {
    h = hubHarness();
    const { code, fac } = await openRoom(h);
    const phone = h.client();
    phone.send({ t: 'peek', code: code.toLowerCase().replace(/(....)/, '$1 - ') });
    expect(await phone.next('peek')).toMatchObject({ code, open: true });
    const typo = code
      .split('')
      .map((c) => ({ Q: 'O', S: '5', Z: '2', B: '8', J: '1', U: 'V' })[c] ?? c)
      .join('');
    const at = phone.inbox.length;
    phone.send({ t: 'join', code: typo, name: 'Ann' });
    expect((await phone.next('welcome', at)).pid).toBeTruthy();
    fac.send({ t: 'control', action: 'close' });
    await fac.view((v) => v.status === 'closed');
    const late = h.client();
    late.send({ t: 'peek', code });
    expect(await late.next('peek')).toMatchObject({ code, open: false });
  });
});

describe('room server: hosting from another device', { timeout: 30_000 }, () => {
  it('the facilitator gets a host link with the key in the fragment; a second device runs the room; rekey lets the others go', async () => {
    h = hubHarness();
    const { code, secret, fac } = await openRoom(h);
    const hostMsg = await fac.next('welcome');
    const url = new URL(hostMsg.host!.url);
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('');
    expect(url.hash).toBe(`#/room/${code}/facilitator?key=${secret}`);
    expect(hostMsg.host!.qr).toContain('<svg');
    // The projector never gets it.
    const projector = h.client();
    projector.send({ t: 'watch', code });
    expect((await projector.next('welcome')).host).toBeUndefined();
    // A phone remote with the key from the link runs the room.
    const remote = h.client('10.4.0.4');
    remote.send({ t: 'facilitate', code, secret: new URLSearchParams(url.hash.split('?')[1]).get('key')! });
    await remote.view(() => true);
    remote.send({ t: 'control', action: 'start' });
    await fac.view((v) => v.status !== 'lobby');
    // The laptop revokes every other host: the remote is let go, the old key no longer works.
    const at = remote.inbox.length;
    fac.send({ t: 'control', action: 'rekey' });
    const { secret: fresh } = await fac.next('rekeyed');
    expect(fresh).not.toBe(secret);
    expect(await remote.next('error', at)).toMatchObject({ code: 'revoked' });
    remote.send({ t: 'control', action: 'next' });
    expect((await remote.next('error', at + 1)).code).toBe('forbidden');
    const stale = h.client('10.4.0.5');
    stale.send({ t: 'facilitate', code, secret });
    expect((await stale.next('error')).code).toBe('forbidden');
    h.restart();
    const laptop = h.client('10.0.0.99');
    laptop.send({ t: 'facilitate', code, secret: fresh });
    expect((await laptop.view(() => true)).status).not.toBe('lobby');
  });
});
