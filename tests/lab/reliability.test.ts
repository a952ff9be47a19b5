import { describe, expect, it } from 'vitest';
import { labPath } from '../../machines/lab/path';
import { interraterReliability } from '../../machines/lab/reliability';
import { DEFAULT_SETUP, errorsFromPublished, impliedReliability, PUBLISHED } from '../../machines/lab/setup';
import { scenario } from './library';

describe('the lab reads as noisily as published interviews', () => {
  // a04 is the default pack's one-round scenario scored mid-scale, where clamping barely bites.
  const lab = labPath(scenario('a04-review-calibration'), DEFAULT_SETUP);

  it('agrees between two interviewers at the published .44 separate and .74 panel, within 0.03', () => {
    const r = interraterReliability(lab, { err: DEFAULT_SETUP.err, len: DEFAULT_SETUP.len, seed: 7, n: 40_000 });
    expect(Math.abs(r.separate - PUBLISHED.separate.value)).toBeLessThanOrEqual(0.03);
    expect(Math.abs(r.panel - PUBLISHED.panel.value)).toBeLessThanOrEqual(0.03);
  });

  it('agrees less when the reading error grows, and the stated reliability follows', () => {
    const noisy = interraterReliability(lab, {
      err: DEFAULT_SETUP.err * 2,
      len: DEFAULT_SETUP.len,
      seed: 7,
      n: 20_000,
    });
    expect(noisy.separate).toBeLessThan(PUBLISHED.separate.value - 0.1);
    expect(
      Math.abs(noisy.separate - impliedReliability(DEFAULT_SETUP.err * 2, DEFAULT_SETUP.len).separate),
    ).toBeLessThanOrEqual(0.03);
  });

  it('sets its default error from the published figures', () => {
    expect(DEFAULT_SETUP.err).toBeCloseTo(errorsFromPublished().err, 2);
    const r = impliedReliability(DEFAULT_SETUP.err, DEFAULT_SETUP.len);
    expect(r.separate).toBeCloseTo(0.44, 2);
    expect(r.panel).toBeCloseTo(0.74, 2);
  });
});
