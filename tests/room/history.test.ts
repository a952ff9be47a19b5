import { afterEach, describe, expect, it } from 'vitest';
import { hubHarness, openRoom, participant } from './harness';

let h: ReturnType<typeof hubHarness>;
afterEach(() => h?.dispose());

/** Everyone votes `pick(options)` on the open step, then the facilitator reveals. */
async function voteAndReveal(
  fac: Awaited<ReturnType<typeof openRoom>>['fac'],
  people: Array<Awaited<ReturnType<typeof participant>>>,
  pick: (ids: string[], i: number) => string,
) {
  const v = await fac.view((v) => v.status === 'voting');
  const ids = v.step!.options.map((o) => o.id);
  for (const [i, { p }] of people.entries()) {
    const at = p.inbox.length;
    p.send({ t: 'vote', id: 100 + i, step: v.step!.id, choice: pick(ids, i) });
    await p.next('ack', at);
  }
  fac.send({ t: 'control', action: 'reveal' });
  return fac.view((x) => x.status === 'revealed' && x.step?.id === v.step!.id);
}

describe('room history: Back and Next never throw votes away', { timeout: 30_000 }, () => {
  it('Back then Next shows the later step as it was, votes and reveal included, in the room, the export and after a restart', async () => {
    h = hubHarness();
    const { code, secret, fac } = await openRoom(h);
    const people = await Promise.all(['Ann', 'Bo', 'Cy'].map((n) => participant(h, code, n)));
    fac.send({ t: 'control', action: 'start' });
    await voteAndReveal(fac, people, (ids) => ids[0]!);
    fac.send({ t: 'control', action: 'next' });
    const second = await voteAndReveal(fac, people, (ids, i) => ids[i % 2]!);
    expect(second.votesIn).toBe(3);
    fac.send({ t: 'control', action: 'back' });
    await fac.view((v) => v.position === 1);
    fac.send({ t: 'control', action: 'next' });
    const again = await fac.view((v) => v.position === 2);
    expect(again.step!.id).toBe(second.step!.id);
    expect(again.status).toBe('revealed');
    expect(again.votesIn).toBe(3);
    expect(again.facilitator!.tally).toEqual(second.facilitator!.tally);
    // Each phone sees its own vote there again.
    const you = await people[1]!.p.next('you');
    expect(you).toMatchObject({ step: second.step!.id, vote: { choice: second.step!.options[1]!.id } });

    fac.send({ t: 'export' });
    const report = (await fac.next('export')).report;
    expect(report.steps.map((s) => [s.position, s.superseded, s.options.reduce((n, o) => n + o.votes, 0)])).toEqual([
      [1, false, 3],
      [2, false, 3],
    ]);

    h.restart();
    const back = h.client('10.0.0.99');
    back.send({ t: 'facilitate', code, secret });
    const rebuilt = await back.view(() => true);
    expect(rebuilt).toMatchObject({ position: 2, status: 'revealed', votesIn: 3 });
  });

  it('only a changed earlier answer opens a new branch; the superseded votes stay in the export, marked', async () => {
    h = hubHarness();
    const { code, fac } = await openRoom(h);
    const people = await Promise.all(['Ann', 'Bo'].map((n) => participant(h, code, n)));
    fac.send({ t: 'control', action: 'start' });
    // A tie on the first step: the facilitator breaks it for A, then the room goes on and votes.
    const first = await voteAndReveal(fac, people, (ids, i) => ids[i]!);
    const [a, b] = first.reveal!.tied;
    fac.send({ t: 'control', action: 'tiebreak', choice: a! });
    await fac.view((v) => v.facilitator!.nextProblem === null);
    fac.send({ t: 'control', action: 'next' });
    const old = await voteAndReveal(fac, people, (ids) => ids[0]!);
    // Back, and the tie broken the other way: the room's answer changed, so the step after is new and empty.
    fac.send({ t: 'control', action: 'back' });
    await fac.view((v) => v.position === 1);
    fac.send({ t: 'control', action: 'tiebreak', choice: b! });
    await fac.view((v) => v.reveal?.winner === b);
    fac.send({ t: 'control', action: 'next' });
    const fresh = await fac.view((v) => v.position === 2);
    expect(fresh.status).toBe('voting');
    expect(fresh.votesIn).toBe(0);
    expect(fresh.step!.id).not.toBe(old.step!.id);
    fac.send({ t: 'export' });
    const report = (await fac.next('export')).report;
    const marks = report.steps.map((s) => ({ position: s.position, superseded: s.superseded, tiebreak: s.tiebreak }));
    expect(marks).toEqual([
      { position: 1, superseded: false, tiebreak: b },
      { position: 2, superseded: true, tiebreak: null },
      { position: 2, superseded: false, tiebreak: null },
    ]);
    expect(report.steps[1]!.options.reduce((n, o) => n + o.votes, 0)).toBe(2);
  });

  it('a vote updates the projector and the host at once, and the phones only when what they show changes', async () => {
    h = hubHarness();
    const { code, fac } = await openRoom(h);
    const [ann, bo] = await Promise.all(['Ann', 'Bo'].map((n) => participant(h, code, n)));
    const projector = h.client();
    projector.send({ t: 'watch', code });
    fac.send({ t: 'control', action: 'start' });
    const v = await bo!.p.view((x) => x.status === 'voting');
    const states = (c: typeof fac) => c.inbox.filter((m) => m.t === 'state').length;
    const boBefore = states(bo!.p);
    ann!.p.send({ t: 'vote', id: 1, step: v.step!.id, choice: v.step!.options[0]!.id });
    await projector.view((x) => x.votesIn === 1);
    await fac.view((x) => x.votesIn === 1);
    expect(states(bo!.p)).toBe(boBefore);
    fac.send({ t: 'control', action: 'reveal' });
    const revealed = await bo!.p.view((x) => x.status === 'revealed');
    expect(revealed.reveal!.tally[0]!.votes).toBe(1);
  });
});
