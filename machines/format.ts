import type { Recommendation } from './content/schema';

// One place for how figures and ids read to a person: the CLI, every screen and every rule's
// explanation format money, recommendations and roles the same way.

// Made on first use: building an Intl formatter costs a cold start about 20 ms, and most CLI
// commands never show money.
let usd: Intl.NumberFormat | undefined;

/** Money as every screen and report shows it: "$165,000". */
export const formatMoney = (n: number) => (usd ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })).format(n);

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
export const humanize = (slug: string) => slug.replace(/[-_]+/g, ' ').trim();

/** A committee role as a person reads it. */
export const roleLabel = (role: string) => humanize(role);
