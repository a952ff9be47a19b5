import { describe, expect, it } from 'vitest';
import { runLab } from '../../machines/lab/run';
import { DEFAULT_SETUP } from '../../machines/lab/setup';
import { scenario } from './library';

describe('what calibration buys', () => {
  const result = runLab(scenario('a04-review-calibration'), { ...DEFAULT_SETUP, question: 'calibration', n: 20_000 });
  if (result.question !== 'calibration') throw new Error('expected calibration');
  const row = (pool: string, calibrated: boolean) =>
    result.data.rows.find((r) => r.pool === pool && r.calibrated === calibrated && r.rules === 'all rules')!;

  it('a harsh pool rejects more good candidates and a generous one hires more weak ones', () => {
    expect(row('harsh', false).falseReject.low).toBeGreaterThan(row('neutral', false).falseReject.high);
    expect(row('generous', false).falseHire.low).toBeGreaterThan(row('neutral', false).falseHire.high);
  });

  it('calibration takes back part of it: fewer false rejects in a harsh pool, fewer false hires in a generous one', () => {
    expect(row('harsh', true).falseReject.high).toBeLessThan(row('harsh', false).falseReject.low);
    expect(row('generous', true).falseHire.high).toBeLessThan(row('generous', false).falseHire.low);
    // It corrects the vote, not the scorecards: a harsh pool still rejects more than a neutral one.
    expect(row('harsh', true).falseReject.low).toBeGreaterThan(row('neutral', true).falseReject.high);
  });
});

describe('the interviewer calibration report', () => {
  const result = runLab(scenario('a03-sustainable-pace'), { ...DEFAULT_SETUP, question: 'report', n: 20_000 });
  if (result.question !== 'report') throw new Error('expected report');
  const person = (id: string) => result.data.people.find((p) => p.person === id)!;

  it('reads the leniency of a member who ran no round exactly', () => {
    const segun = person('segun').relative!;
    expect(segun.estimate).toBeCloseTo(segun.truth, 6);
  });

  it('makes a member who ran the weakest round look harsher than they are, since they count it twice', () => {
    const margaux = person('margaux');
    const weakest = Math.min(...result.data.people.filter((p) => p.card).map((p) => p.card!.mean));
    expect(margaux.card!.mean).toBe(weakest);
    expect(margaux.relative!.high).toBeLessThan(margaux.relative!.truth - 0.1);
  });

  it('says how often each vote decided, with an interval', () => {
    for (const p of result.data.people.filter((p) => p.vote)) {
      expect(p.decisive!.low).toBeLessThanOrEqual(p.decisive!.share);
      expect(p.decisive!.high).toBeGreaterThanOrEqual(p.decisive!.share);
    }
    expect(person('segun').decisive!.share).toBeGreaterThan(person('sunita').decisive!.share);
  });
});
