import type { ScenarioPath } from '../content/schema';

/** An offer's end as a path can declare it: how it ended and its figures. */
export interface OfferEnd {
  outcome: 'accepted' | 'declined' | 'expired';
  base: number;
  bonus: number;
  equity: number;
  signOn: number;
}

/** What differs between the offer a path declares and the one it reached, one sentence a part; empty when all agree. */
export function offerMismatches(expected: ScenarioPath['offer'], got: OfferEnd | null): string[] {
  if (!expected) return [];
  if (!got) return [`expected an offer that ends ${expected.outcome}, the path reaches no offer`];
  const out: string[] = [];
  if (got.outcome !== expected.outcome)
    out.push(`expected the offer to end ${expected.outcome}, it ends ${got.outcome}`);
  for (const key of ['base', 'bonus', 'equity', 'signOn'] as const) {
    const want = expected[key];
    if (want !== undefined && got[key] !== want) out.push(`expected ${key} ${want}, the offer ends at ${got[key]}`);
  }
  return out;
}
