import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { createActor } from 'xstate';
import { loadLibrary } from '../../src/content/library';
import { offerInputOf, offerMachine } from '../../machines/offerMachine';
import { OfferStep } from '../../src/candidate/OfferStep';

const fixture = loadLibrary([join(import.meta.dirname, '../fixtures/v3')]).scenarios[0]!;

describe('the candidate offer screen on a version 3 pack', () => {
  it('shows euros, the competing offer the committee met, and the days the verbal offer stands', () => {
    const offer = createActor(offerMachine, { input: offerInputOf(fixture, 'L5', []) }).start();
    offer.send({ type: 'offer.extend' });
    offer.send({ type: 'candidate.compete', amount: 140_000 });
    offer.send({ type: 'candidate.wait', days: 2 });
    const html = renderToStaticMarkup(
      <OfferStep view={{ phase: 'offer', offer: offer.getSnapshot().context, stage: 'extended' }} send={() => {}} />,
    );
    expect(html).toContain('You named a competing offer of €140,000: the offer rose €15,000');
    expect(html).toContain('aria-label="Equity: band €20,000 to €30,000, offer €30,000"');
    expect(html).toContain('How much more (EUR)');
    expect(html).toContain('The verbal offer stands 5 days; 2 gone.');
    expect(html).not.toContain('$');
  });
});
