import type { RuleFiring } from './types';
import type { OfferPolicy } from '../policy/compile';
import { competingOffer } from '../policy/kinds/competingOffer';
import { offerDeadline } from '../policy/kinds/offerDeadline';
import { settingsOf } from '../policy/registry';
import { annualTotal, bandFor, bonusRange, signOnMaxFor, type OfferTerms } from './offerRules';
import { formatMoney } from '../format';

/** What the committee answered to a competing offer. */
export interface CompetingAnswer {
  /** How much the offer's first-year value rose. */
  granted: number;
  firing: RuleFiring | null;
  terms: OfferTerms;
}

/** The first-year value a competing offer is weighed against: the annual total and the sign-on. */
const firstYear = (t: Pick<OfferTerms, 'base' | 'bonus' | 'equity' | 'signOn'>) => annualTotal(t) + t.signOn;

const PART = { signOn: 'sign-on', equity: 'equity', base: 'base', bonus: 'bonus' } as const;

/**
 * A competing offer: the pack's rule raises the parts it names, in order, toward the competing
 * first-year value, each no further than its band and the total band. Without the rule the offer stands.
 */
export function answerCompeting(policy: OfferPolicy, terms: OfferTerms, amount: number): CompetingAnswer {
  const money = (n: number) => formatMoney(n, policy.comp.currency);
  const rule = policy.competing;
  const ours = firstYear(terms);
  if (!rule) return { granted: 0, firing: null, terms };
  const s = settingsOf(competingOffer, rule);
  const gap = Math.max(0, Math.round((amount - ours) * (s.share ?? 1)));
  const fire = (reason: string): RuleFiring => ({ rule: rule.id, label: rule.label, by: 'committee', reason });
  if (!gap)
    return {
      granted: 0,
      firing: fire(`the offer's first year of ${money(ours)} already meets the competing ${money(amount)}`),
      terms,
    };
  const band = bandFor(policy.comp, terms.level);
  const next = { ...terms, extras: [...terms.extras] };
  let left = gap;
  const moved: string[] = [];
  for (const part of s.via ?? ['signOn', 'equity']) {
    if (!left) break;
    const totalRoom = part !== 'signOn' && band.total ? Math.max(0, band.total[1] - annualTotal(next)) : Infinity;
    const max =
      part === 'signOn'
        ? signOnMaxFor(policy.comp, band)
        : part === 'bonus'
          ? bonusRange(band, next.base)[1]
          : band[part][1];
    const raise = Math.min(left, Math.max(0, max - next[part]), totalRoom);
    if (!raise) continue;
    next[part] += raise;
    left -= raise;
    moved.push(`${PART[part]} +${money(raise)}`);
  }
  const granted = gap - left;
  const share = s.share !== undefined && s.share < 1 ? ` (it closes ${Math.round(s.share * 100)} % of a gap)` : '';
  const done = moved.length ? `: ${moved.join(', ')}` : '';
  const short = left ? `; the band allows no more, ${money(left)} short` : '';
  return {
    granted,
    firing: fire(
      `a competing offer of ${money(amount)} against this offer's ${money(ours)} in the first year${share}${done}${short}`,
    ),
    terms: next,
  };
}

/** The offer deadline's firing when the candidate lets it pass, or null while the offer still stands. */
export function lapsed(policy: OfferPolicy, daysWaited: number): RuleFiring | null {
  const rule = policy.deadline;
  if (!rule) return null;
  const { days } = settingsOf(offerDeadline, rule);
  if (daysWaited <= days) return null;
  return {
    rule: rule.id,
    label: rule.label,
    by: 'committee',
    reason: `the verbal offer stood ${days} day${days === 1 ? '' : 's'}; the candidate let ${daysWaited} pass without accepting, so it lapsed`,
  };
}
