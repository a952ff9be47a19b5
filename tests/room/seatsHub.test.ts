import { afterAll, describe, expect, it } from 'vitest';
import { GOLDEN, hubHarness, participant } from './harness';
import { TIMEOUTS } from '../helpers/timeouts';

const WAIT = TIMEOUTS.wait;
const SEATS = GOLDEN.committee.map((m) => m.id);

describe('seats and parallel committees through the hub', () => {
  const h = hubHarness();
  afterAll(() => h.dispose());

  it('dealt seats see their own view first, vote sealed, revise, and two committees decide on their own', async () => {
    const fac = h.client('10.0.0.99');
    fac.send({ t: 'create', scenario: 'golden', mode: 'seats' });
    const { code, secret } = await fac.next('created', 0, WAIT);
    fac.send({ t: 'facilitate', code, secret });
    await fac.view((v) => v.status === 'lobby' && v.mode === 'seats', WAIT);
    const projector = h.client('10.0.0.98');
    projector.send({ t: 'watch', code });
    const names = ['Ann', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay'];
    const phones = await Promise.all(names.map((n, i) => participant(h, code, n, `10.3.0.${i}`)));
    fac.send({ t: 'control', action: 'start' });
    await projector.view((v) => v.status === 'seating', WAIT);

    // A phone chooses its seat; the facilitator then deals everyone into two committees.
    const ann = phones[0]!.p;
    ann.send({ t: 'seat', id: 1, action: 'sit', seat: SEATS[0] });
    await ann.next('ack', 0, WAIT);
    expect((await ann.next('you', 0, WAIT)).seats).toMatchObject({ committee: 0, seat: SEATS[0] });
    fac.send({ t: 'deal', committees: 2 });
    const dealt = await fac.view((v) => v.seats?.committees === 2, WAIT);
    expect(dealt.seats!.facilitator!.sits.every((s) => s.seat !== null)).toBe(true);
    // Before the unseal the packet reaches nobody: the projector and phones see the seats only.
    const before = await projector.view((v) => v.seats?.phase === 'private', WAIT);
    expect(before.seats!.packet).toBeNull();
    fac.send({ t: 'control', action: 'unseal' });
    const open = await projector.view((v) => v.seats?.phase === 'voting', WAIT);
    expect(open.seats!.packet!.length).toBeGreaterThan(0);

    // Committee 1 (the first three dealt) is keen; committee 2 is not. Votes stay sealed.
    let id = 10;
    for (const [i, { p }] of phones.entries())
      p.send({ t: 'seat', id: id++, action: 'vote', recommendation: i < 3 ? 'strong_yes' : 'strong_no' });
    const voted = await projector.view((v) => v.votesIn === 6, WAIT);
    // Sealed: the projector's view counts votes, never says one.
    expect(voted.seats!.results).toBeNull();
    expect(JSON.stringify(voted)).not.toMatch(/"vote"|"revised"/);
    fac.send({ t: 'control', action: 'reveal' });
    await projector.view((v) => v.status === 'revising', WAIT);
    // In the revision round each phone sees its own committee's sealed votes, by seat.
    const table = (await phones[4]!.p.next('you', 0, WAIT)).seats!.table!;
    expect(table.map((t) => t.vote)).toEqual(['strong_no', 'strong_no', 'strong_no']);
    for (const { p } of phones)
      p.send({ t: 'seat', id: id++, action: 'revise', recommendation: null, reason: 'holds' });
    await fac.view((v) => v.votesIn === 6, WAIT);
    fac.send({ t: 'control', action: 'decide' });
    const decided = await projector.view((v) => v.seats?.phase === 'decided', WAIT);
    const results = decided.seats!.results!;
    expect(results.committees.map((c) => c.decision)).toEqual(['hire', 'no_hire']);
    expect(results.decisions.map((d) => [d.label, d.count])).toEqual([
      ['Hire', 1],
      ['No hire', 1],
    ]);
    expect(results.recorded.label).toBe('No hire');
    expect(results.lab!.decisions.reduce((s, d) => s + d.share, 0)).toBeCloseTo(1, 9);

    fac.send({ t: 'export' });
    const report = (await fac.next('export', 0, WAIT)).report;
    expect(report.seats!.decided).toBe(true);
    expect(report.seats!.committees.map((c) => c.votes.length)).toEqual([3, 3]);

    // A restarted server rebuilds the same decisions from its log.
    h.restart();
    const again = h.client('10.0.0.97');
    again.send({ t: 'watch', code });
    const back = await again.view((v) => v.seats?.phase === 'decided', WAIT);
    expect(back.seats!.results!.committees.map((c) => c.decision)).toEqual(['hire', 'no_hire']);
  });

  it('a member removed in the revision round leaves the table on the other phones of that committee at once', async () => {
    const fac = h.client('10.0.1.99');
    fac.send({ t: 'create', scenario: 'golden', mode: 'seats' });
    const { code, secret } = await fac.next('created', 0, WAIT);
    fac.send({ t: 'facilitate', code, secret });
    await fac.view((v) => v.status === 'lobby' && v.mode === 'seats', WAIT);
    const phones = await Promise.all(['Gil', 'Hal', 'Ida'].map((n, i) => participant(h, code, n, `10.4.0.${i}`)));
    fac.send({ t: 'control', action: 'start' });
    fac.send({ t: 'deal', committees: 1 });
    await fac.view((v) => v.seats?.facilitator?.sits.every((s) => s.seat !== null) === true, WAIT);
    fac.send({ t: 'control', action: 'unseal' });
    await fac.view((v) => v.seats?.phase === 'voting', WAIT);
    let id = 100;
    for (const { p } of phones) p.send({ t: 'seat', id: id++, action: 'vote', recommendation: 'strong_no' });
    await fac.view((v) => v.votesIn === 3, WAIT);
    fac.send({ t: 'control', action: 'reveal' });
    await fac.view((v) => v.status === 'revising', WAIT);
    const keen = (t: { vote: string | null }[]) => t.filter((row) => row.vote === 'strong_no').length;
    expect(keen((await phones[2]!.p.next('you', 0, WAIT)).seats!.table!)).toBe(3);

    const seen = phones[2]!.p.inbox.length;
    fac.send({ t: 'control', action: 'remove', pid: phones[0]!.pid });
    // Ida's phone is told, without doing anything, that the removed member's vote has left the table.
    expect(keen((await phones[2]!.p.next('you', seen, WAIT)).seats!.table!)).toBe(2);
  });
});
