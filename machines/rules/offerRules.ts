import type { Band, Comp, Lever } from '../content/schema';
import type { RuleFiring } from './types';
import type { CompiledRule, OfferPolicy } from '../policy/compile';
import { formatMoney, roleLabel } from '../format';
import { settingsOf } from '../policy/registry';
import { bandSetter, baseLever, equityBoost, equityLever } from '../policy/kinds/offerKinds';

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
  if (!Object.hasOwn(comp.bands, level))
    throw new Error(`no comp band for level ${level}; the pack has ${Object.keys(comp.bands).join(', ')}`);
  return comp.bands[level]!;
}

/** The most sign-on a level offers. */
export const signOnMaxFor = (comp: Comp, band: Band) => band.signOnMax ?? comp.signOnMax;

/** The bonus range in dollars for a given base. */
export function bonusRange(band: Band, base: number): [number, number] {
  if ('amount' in band.bonus) return band.bonus.amount;
  const [lo, hi] = band.bonus.percentOfBase;
  return [Math.round((base * lo) / 100), Math.round((base * hi) / 100)];
}

/** The draft offer inside the band; K5: a flagged portfolio of shipped wins moves equity up. */
export function draftOffer(policy: OfferPolicy, level: string, flags: ReadonlyArray<string> = []): OfferTerms {
  const { comp, boost } = policy;
  const band = bandFor(comp, level);
  const base = at(band.base, comp.draftAt);
  const boostSettings = boost && settingsOf(equityBoost, boost);
  const boosted = boostSettings && flags.includes(boostSettings.flag);
  const equity = at(band.equity, boosted ? boostSettings.draftAt : comp.draftAt);
  return { level, base, bonus: at(bonusRange(band, base), comp.draftAt), equity, signOn: 0, extras: [] };
}

/** Annual total of an offer, as K4's total band counts it. */
export const annualTotal = (t: Pick<OfferTerms, 'base' | 'bonus' | 'equity'>) => t.base + t.bonus + t.equity;

/** The firing of the band's caps, under the pack's band rule. */
function capFiring(policy: OfferPolicy, reason: string): RuleFiring {
  const rule = policy.bandCap;
  return { rule: rule?.id ?? 'band', label: rule?.label ?? "The level's comp band", by: 'committee', reason };
}

const leverOf = (rule: CompiledRule): Lever => ({
  ...(rule.kind === equityLever.kind ? settingsOf(equityLever, rule) : settingsOf(baseLever, rule)).lever,
  source: rule.id,
});

function capWithLever(
  policy: OfferPolicy,
  terms: OfferTerms,
  rule: CompiledRule | undefined,
  what: string,
  max: number,
): RuleFiring {
  if (!rule) return capFiring(policy, `${what} is capped at the band's ${formatMoney(max, policy.comp.currency)}`);
  const lever = leverOf(rule);
  if (!terms.extras.some((e) => e.kind === lever.kind)) terms.extras.push(lever);
  return {
    rule: rule.id,
    label: rule.label,
    by: 'committee',
    reason: `${what} cannot move past the band's ${formatMoney(max, policy.comp.currency)}; offered instead: ${lever.label}, ${formatMoney(lever.amount, policy.comp.currency)} per ${lever.per} while ${lever.condition}`,
  };
}

/**
 * One negotiation ask. Base never leaves the band (K3): the pack's base lever is offered instead.
 * Equity past the band brings the equity lever (K2). The total band (K4) caps any ask.
 */
export function answerAsk(policy: OfferPolicy, terms: OfferTerms, ask: AskKind, amount: number): AskAnswer {
  const { comp } = policy;
  const band = bandFor(comp, terms.level);
  const next = { ...terms, extras: [...terms.extras] };
  const room = (current: number, max: number) => Math.max(0, max - current);
  const totalRoom = band.total ? room(annualTotal(terms), band.total[1]) : Infinity;
  let granted = 0;
  let firing: RuleFiring | null = null;

  if (ask === 'base') {
    granted = Math.min(amount, room(terms.base, band.base[1]), totalRoom);
    next.base += granted;
    if (granted < amount) firing = capWithLever(policy, next, policy.baseLever, 'base', band.base[1]);
  } else if (ask === 'bonus') {
    granted = Math.min(amount, room(terms.bonus, bonusRange(band, terms.base)[1]), totalRoom);
    next.bonus += granted;
    if (granted < amount)
      firing = capFiring(policy, `bonus is capped at the band's ${formatMoney(next.bonus, policy.comp.currency)}`);
  } else if (ask === 'equity') {
    granted = Math.min(amount, room(terms.equity, band.equity[1]), totalRoom);
    next.equity += granted;
    if (granted < amount) firing = capWithLever(policy, next, policy.equityLever, 'equity', band.equity[1]);
  } else {
    const max = signOnMaxFor(comp, band);
    granted = Math.min(amount, room(terms.signOn, max));
    next.signOn += granted;
    if (granted < amount)
      firing = capFiring(
        policy,
        max
          ? `sign-on is capped at the band's ${formatMoney(max, policy.comp.currency)}`
          : 'this band carries no sign-on bonus',
      );
  }
  if (firing && band.total && annualTotal(next) >= band.total[1] && !firing.reason.includes('total')) {
    firing = {
      ...firing,
      reason: `${firing.reason}; the total band tops out at ${formatMoney(band.total[1], policy.comp.currency)}`,
    };
  }
  return { ask, amount, granted, firing, terms: next };
}

/** The terms a committee sets, held inside the band and the total band; a firing for each figure that was moved. */
export function setTerms(
  policy: OfferPolicy,
  terms: OfferTerms,
  wanted: { base: number; bonus: number; equity: number },
): { terms: OfferTerms; firings: RuleFiring[] } {
  const band = bandFor(policy.comp, terms.level);
  const firings: RuleFiring[] = [];
  const hold = (what: string, value: number, [lo, hi]: readonly [number, number]) => {
    const held = Math.min(hi, Math.max(lo, Math.round(value)));
    if (held !== Math.round(value))
      firings.push(
        capFiring(
          policy,
          `${what} of ${formatMoney(value, policy.comp.currency)} is outside the band's ${formatMoney(lo, policy.comp.currency)} to ${formatMoney(hi, policy.comp.currency)}: held at ${formatMoney(held, policy.comp.currency)}`,
        ),
      );
    return held;
  };
  const base = hold('base', wanted.base, band.base);
  let bonus = hold('bonus', wanted.bonus, bonusRange(band, base));
  let equity = hold('equity', wanted.equity, band.equity);
  if (band.total && base + bonus + equity > band.total[1]) {
    // Over the total band: equity gives way first, then bonus, never below their own minimums.
    const over = base + bonus + equity - band.total[1];
    const fromEquity = Math.min(over, equity - band.equity[0]);
    equity -= fromEquity;
    bonus -= Math.min(over - fromEquity, bonus - bonusRange(band, base)[0]);
    firings.push(
      capFiring(
        policy,
        `the total of ${formatMoney(base + wanted.bonus + wanted.equity, policy.comp.currency)} is past the total band's ${formatMoney(band.total[1], policy.comp.currency)}: equity and bonus brought down to ${formatMoney(annualTotal({ base, bonus, equity }), policy.comp.currency)}`,
      ),
    );
  }
  return { terms: { ...terms, base, bonus, equity }, firings };
}

/** K4 (002): once the verbal offer is made, asks are refused where the pack locks offers. */
export function lockedAfterVerbal(policy: OfferPolicy, verbalMade: boolean): RuleFiring | null {
  if (!policy.lock || !verbalMade) return null;
  return {
    rule: policy.lock.id,
    label: policy.lock.label,
    by: 'committee',
    reason: 'offers are not negotiable after the verbal offer',
  };
}

/**
 * An ask before the verbal offer, where the pack takes asks only after it (v2's default; v1 packs
 * took them at once): answered with nothing, and said so in the negotiation log, never dropped.
 */
export function tooEarly(policy: OfferPolicy): RuleFiring {
  return {
    rule: policy.comp.source,
    label: 'Asks wait for the verbal offer',
    by: 'committee',
    reason:
      'this committee takes asks only once the verbal offer is made, so an ask before it changes nothing (the pack sets comp.asksBeforeVerbal: false)',
  };
}

/** V6 (002): the committee sets comp bands; anyone else's adjustment is refused. */
export function bandAdjustmentRefused(policy: OfferPolicy, byRole: string): RuleFiring | null {
  const setter = policy.setter;
  const setBy = setter && settingsOf(bandSetter, setter).setBy;
  if (!setter || byRole === setBy) return null;
  const who = byRole ? roleLabel(byRole) : 'someone';
  return {
    rule: setter.id,
    label: setter.label,
    by: who,
    reason: `only the ${roleLabel(setBy ?? '')} sets comp bands; ${/^[aeiou]/i.test(who) ? 'an' : 'a'} ${who} cannot adjust them`,
  };
}
