import { describe, expect, it } from 'vitest';
import {
  answerAsk,
  bandAdjustmentRefused,
  bandFor,
  draftOffer,
  lockedAfterVerbal,
} from '../../machines/rules/offerRules';
import { golden } from '../helpers/golden';
import { compileRule, type OfferPolicy } from '../../machines/policy/compile';

const comp = golden().policy.offer;

describe('K1 band: the draft offer sits inside the level band', () => {
  it('drafts base, bonus and equity at the pack draft point', () => {
    expect(draftOffer(comp, 'L5')).toMatchObject({ level: 'L5', base: 187500, equity: 120000 });
    const bonus = draftOffer(comp, 'L5').bonus / 187500;
    expect(bonus).toBeGreaterThanOrEqual(0.12);
    expect(bonus).toBeLessThanOrEqual(0.18);
  });
  it('names the levels it has when asked for one it does not', () => {
    expect(() => bandFor(comp.comp, 'L9')).toThrow(/L4, L5/);
  });
});

describe('K3 base cap and the milestone lever (A08)', () => {
  it('caps base at the band and offers the milestone bonus instead', () => {
    const a = answerAsk(comp, draftOffer(comp, 'L5'), 'base', 30000);
    expect(a.terms.base).toBe(195000);
    expect(a.granted).toBe(7500);
    expect(a.firing).toMatchObject({ rule: 'K3' });
    expect(a.terms.extras).toEqual([
      expect.objectContaining({ kind: 'milestone-bonus', amount: 25000, per: 'quarter' }),
    ]);
  });
  it('grants an ask that fits inside the band with no lever', () => {
    const a = answerAsk(comp, draftOffer(comp, 'L5'), 'base', 5000);
    expect(a).toMatchObject({ granted: 5000, firing: null });
    expect(a.terms.extras).toEqual([]);
  });
});

describe('K2 milestone RSU acceleration', () => {
  it('is offered when equity is asked past the band', () => {
    const a = answerAsk(comp, draftOffer(comp, 'L5'), 'equity', 50000);
    expect(a.terms.equity).toBe(140000);
    expect(a.firing).toMatchObject({ rule: 'K2' });
  });
  it('is not offered for an equity ask inside the band', () => {
    expect(answerAsk(comp, draftOffer(comp, 'L5'), 'equity', 10000).firing).toBeNull();
  });
});

describe('K4 total band and the post-verbal lock', () => {
  const pgm: OfferPolicy = {
    comp: {
      ...comp.comp,
      bands: {
        L5: {
          base: [160000, 180000],
          bonus: { amount: [30000, 40000] },
          equity: [30000, 50000],
          total: [220000, 260000],
        },
      },
    },
    lock: compileRule({ id: 'K4', kind: 'verbal-lock' }),
    bandCap: compileRule({ id: 'K4-band', kind: 'band-cap', label: 'The PgM total band' }),
  };
  it('refuses asks after the verbal offer where the loop locks offers', () => {
    expect(lockedAfterVerbal(pgm, true)).toMatchObject({ rule: 'K4' });
  });
  it('allows asks before the verbal, and anywhere the loop does not lock', () => {
    expect(lockedAfterVerbal(pgm, false)).toBeNull();
    expect(lockedAfterVerbal(comp, true)).toBeNull();
  });
  it('keeps the total inside the total band', () => {
    const draft = draftOffer(pgm, 'L5');
    expect(draft.base + draft.bonus + draft.equity).toBe(245000);
    const a = answerAsk(pgm, { ...draft, equity: 50000 }, 'base', 20000);
    expect(a.terms.base + a.terms.bonus + a.terms.equity).toBe(260000);
    expect(a.firing!.reason).toContain('total band');
    // The band's cap fires under its own rule, not under the lock's id.
    expect(a.firing).toMatchObject({ rule: 'K4-band', label: 'The PgM total band' });
  });
});

describe('K5 conversion equity', () => {
  const intern: OfferPolicy = {
    ...comp,
    boost: compileRule({ id: 'K5', kind: 'equity-boost', flag: 'roadmap-portfolio', draftAt: 0.9 }),
  };
  it('a portfolio of shipped wins mapped to the roadmap earns a larger grant', () => {
    expect(draftOffer(intern, 'L5', ['roadmap-portfolio']).equity).toBe(136000);
  });
  it('without the portfolio the grant stays at the draft point', () => {
    expect(draftOffer(intern, 'L5', ['other']).equity).toBe(120000);
  });
});

describe('V6 the committee sets comp bands', () => {
  it("refuses an interviewer's band adjustment", () => {
    expect(bandAdjustmentRefused(comp, 'engineering-manager')).toMatchObject({ rule: 'V6' });
  });
  it("accepts the committee's own, and anyone's where V6 is off", () => {
    expect(bandAdjustmentRefused(comp, 'committee')).toBeNull();
    expect(bandAdjustmentRefused({ ...comp, setter: undefined }, 'engineering-manager')).toBeNull();
  });
});

describe('sign-on', () => {
  it('is capped at the pack maximum, and refused where the band has none', () => {
    expect(answerAsk(comp, draftOffer(comp, 'L5'), 'signOn', 20000)).toMatchObject({ granted: 10000 });
    const none = answerAsk({ ...comp, comp: { ...comp.comp, signOnMax: 0 } }, draftOffer(comp, 'L5'), 'signOn', 5000);
    expect(none.granted).toBe(0);
    expect(none.firing!.reason).toContain('no sign-on');
  });
});
