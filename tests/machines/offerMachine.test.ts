import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { offerMachine } from '../../machines/offerMachine';
import { golden, offerPolicy } from '../helpers/golden';

const resolved = golden();
const start = (lock = false) =>
  createActor(offerMachine, {
    input: { policy: offerPolicy(resolved, lock), level: 'L5', flags: [] },
  }).start();

describe('offer machine', () => {
  it('A08: a $30k base ask is capped at the band, the milestone bonus is offered, and accepted', () => {
    const offer = start();
    offer.send({ type: 'offer.extend' });
    offer.send({ type: 'candidate.ask', ask: 'base', amount: 30000 });
    offer.send({ type: 'candidate.accept' });
    const out = offer.getSnapshot().output!;
    expect(out.accepted).toBe(true);
    expect(out.terms.base).toBe(195000);
    expect(out.terms.extras.map((e) => e.kind)).toEqual(['milestone-bonus']);
    expect(out.firings.map((f) => f.rule)).toEqual(['K3']);
  });

  it('K4: with the post-verbal lock, an ask before the verbal is answered and one after is refused', () => {
    const offer = start(true);
    offer.send({ type: 'candidate.ask', ask: 'base', amount: 5000 });
    offer.send({ type: 'offer.extend' });
    offer.send({ type: 'candidate.ask', ask: 'base', amount: 2000 });
    const ctx = offer.getSnapshot().context;
    expect(ctx.terms.base).toBe(192500);
    expect(ctx.log[1]).toMatchObject({ granted: 0, firing: { rule: 'K4' } });
  });

  it('V6: an interviewer cannot move the band; the committee can', () => {
    const offer = start();
    offer.send({ type: 'band.adjust', by: 'engineering-manager', base: [180000, 230000] });
    expect(offer.getSnapshot().context.firings.map((f) => f.rule)).toEqual(['V6']);
    offer.send({ type: 'candidate.ask', ask: 'base', amount: 30000 });
    expect(offer.getSnapshot().context.terms.base).toBe(195000);
    offer.send({ type: 'band.adjust', by: 'committee', base: [180000, 230000] });
    offer.send({ type: 'candidate.ask', ask: 'base', amount: 10000 });
    expect(offer.getSnapshot().context.terms.base).toBe(205000);
  });

  it('a declined offer ends with accepted false', () => {
    const offer = start();
    offer.send({ type: 'offer.extend' });
    offer.send({ type: 'candidate.decline' });
    expect(offer.getSnapshot().value).toBe('declined');
    expect(offer.getSnapshot().output!.accepted).toBe(false);
  });
});
