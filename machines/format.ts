import type { Recommendation } from './content/schema';
import { displayName } from './displayName';

// One place for how figures and ids read to a person: the CLI, every screen and every rule's
// explanation format money, recommendations and roles the same way.

/**
 * Money as every screen and report shows it: "$165,000", "-$5,000", whole units rounded half
 * away from zero, as en-US currency reads, in the pack's currency ("€165,000" for EUR). Dollars are
 * written out rather than through Intl.NumberFormat: building that formatter costs a cold CLI
 * start about 25 ms (tests/machines/format.test.ts holds the two equal), so Intl is built only
 * when a pack names another currency, once per currency.
 */
export const formatMoney = (n: number, currency = 'USD') => {
  const whole = Math.round(Math.abs(n));
  if (currency !== 'USD') return currencyFormat(currency).format(n < 0 && whole !== 0 ? -whole : whole);
  return `${n < 0 && whole !== 0 ? '-' : ''}$${grouped(whole)}`;
};

const formats = new Map<string, Intl.NumberFormat>();
const currencyFormat = (currency: string) => {
  let f = formats.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    formats.set(currency, f);
  }
  return f;
};

/** A count as en-US reads it: "164,025". Written out for the same reason as formatMoney (toLocaleString cost `paths` 20 ms). */
export const formatCount = (n: number) => `${n < 0 ? '-' : ''}${grouped(Math.abs(n))}`;

const grouped = (whole: number) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** How each recommendation reads, strongest last. */
export const RECOMMENDATION_LABELS: Readonly<Record<Recommendation, string>> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};

/** A recommendation as a person reads it ("Strong yes", never `strong_yes`). */
export const recommendationLabel = (r: Recommendation) => RECOMMENDATION_LABELS[r];

/** An author's slug as words: `engineering-lead` reads "engineering lead", `hiring-manager` "hiring manager". */
export const humanize = (slug: string) => displayName(slug);

/** A committee role as a person reads it: "ML scientist", "VP product", never the slug. */
export const roleLabel = (role: string) => displayName(role);
