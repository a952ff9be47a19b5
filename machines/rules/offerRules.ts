import type { Band, Comp, Lever, Rules } from '../content/schema';
import type { RuleFiring } from './types';
import { round2 } from './scoring';

export type AskKind = 'base' | 'bonus' | 'equity' | 'signOn';

/** The terms of an offer; `bonus` and `equity` are annual figures. */
export interface OfferTerms {
  level: string;
  base: number;
  bonus: number;
  equity: number;
  signOn: number;
  extras: Lever[];
}

/** What the committee answered to one ask. */
export interface AskAnswer {
  ask: AskKind;
  amount: number;
  granted: number;
  firing: RuleFiring | null;
  terms: OfferTerms;
}

const at = ([lo, hi]: readonly [number, number], t: number) => Math.round(lo + (hi - lo) * t);

/** K1 / K4 / K5: the band for a level, from the pack; the committee sets it (V6). */
export function bandFor(comp: Comp, level: string): Band {
  const band = comp.bands[level];
  if (!band) throw new Error(`no comp band for level ${level}; the pack has ${Object.keys(comp.bands).join(', ')}`);
  return band;
}

/** The bonus range in dollars for a given base. */
export function bonusRange(band: Band, base: number): [number, number] {
  if ('amount' in band.bonus) return band.bonus.amount;
  const [lo, hi] = band.bonus.percentOfBase;
  return [Math.round((base * lo) / 100), Math.round((base * hi) / 100)];
}

/** The draft offer inside the band; K5: a flagged portfolio of shipped wins moves equity up. */
export function draftOffer(comp: Comp, level: string, flags: ReadonlyArray<string> = []): OfferTerms {
  const band = bandFor(comp, level);
  const base = at(band.base, comp.draftAt);
  const boosted = comp.equityBoost && flags.includes(comp.equityBoost.flag);
  const equity = at(band.equity, boosted ? comp.equityBoost!.draftAt : comp.draftAt);
  return { level, base, bonus: at(bonusRange(band, base), comp.draftAt), equity, signOn: 0, extras: [] };
}

/** Annual total of an offer, as K4's total band counts it. */
export const annualTotal = (t: OfferTerms) => t.base + t.bonus + t.equity;

/**
 * One negotiation ask. Base never leaves the band (K3): the pack's baseCap lever is offered
 * instead. Equity past the band brings the equityCap lever (K2). The total band (K4) caps any ask.
 */
export function answerAsk(comp: Comp, terms: OfferTerms, ask: AskKind, amount: number): AskAnswer {
  const band = bandFor(comp, terms.level);
  const next = { ...terms, extras: [...terms.extras] };
  const room = (current: number, max: number) => Math.max(0, max - current);
  const totalRoom = band.total ? room(annualTotal(terms), band.total[1]) : Infinity;
  let granted = 0;
  let firing: RuleFiring | null = null;

  if (ask === 'base') {
    granted = Math.min(amount, room(terms.base, band.base[1]), totalRoom);
    next.base += granted;
    if (granted < amount) firing = capWithLever(comp, next, 'baseCap', 'base', band.base[1]);
  } else if (ask === 'bonus') {
    granted = Math.min(amount, room(terms.bonus, bonusRange(band, terms.base)[1]), totalRoom);
    next.bonus += granted;
    if (granted < amount) firing = capFiring(comp.source, 'bonus', next.bonus);
  } else if (ask === 'equity') {
    granted = Math.min(amount, room(terms.equity, band.equity[1]), totalRoom);
    next.equity += granted;
    if (granted < amount) firing = capWithLever(comp, next, 'equityCap', 'equity', band.equity[1]);
  } else {
    granted = Math.min(amount, room(terms.signOn, comp.signOnMax));
    next.signOn += granted;
    if (granted < amount) {
      firing = comp.signOnMax
        ? capFiring(comp.source, 'sign-on', comp.signOnMax)
        : { rule: comp.source, by: 'committee', reason: 'this band carries no sign-on bonus' };
    }
  }
  if (firing && band.total && annualTotal(next) >= band.total[1] && !firing.reason.includes('total')) {
    firing = { ...firing, reason: `${firing.reason}; the total band tops out at $${band.total[1].toLocaleString('en-US')}` };
  }
  return { ask, amount, granted, firing, terms: next };
}

function capFiring(rule: string, what: string, max: number): RuleFiring {
  return { rule, by: 'committee', reason: `${what} is capped at the band's $${max.toLocaleString('en-US')}` };
}

function capWithLever(comp: Comp, terms: OfferTerms, key: 'baseCap' | 'equityCap', what: string, max: number): RuleFiring {
  const lever = comp.levers[key];
  if (!lever) return capFiring(comp.source, what, max);
  if (!terms.extras.some((e) => e.kind === lever.kind)) terms.extras.push(lever);
  return {
    rule: lever.source,
    by: 'committee',
    reason: `${what} cannot move past the band's $${max.toLocaleString('en-US')}; offered instead: ${lever.label}, $${lever.amount.toLocaleString('en-US')} per ${lever.per} while ${lever.condition}`,
  };
}

/** K4 (002): once the verbal offer is made, asks are refused where the loop locks offers. */
export function lockedAfterVerbal(comp: Comp, verbalMade: boolean): RuleFiring | null {
  if (!comp.lockAfterVerbal || !verbalMade) return null;
  return { rule: 'K4', by: 'committee', reason: 'offers are not negotiable after the verbal offer' };
}

/** V6 (002): the committee sets comp bands; anyone else's adjustment is refused. */
export function bandAdjustmentRefused(rules: Rules, byRole: string): RuleFiring | null {
  if (!rules.V6 || byRole === rules.V6.setBy) return null;
  return { rule: 'V6', by: byRole, reason: `only the ${rules.V6.setBy} sets comp bands; a ${byRole} cannot adjust them` };
}

/** The percent of base a bonus represents, for display. */
export const bonusPercent = (t: OfferTerms) => round2((t.bonus / t.base) * 100);
