import type { Pack, Recommendation, Signals } from '../content/schema';

type Thresholds = Pack['scoring']['recommendation'];

/** Clamp a value into [lo, hi]. */
export const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** Round to two decimals, so reports and comparisons do not show float noise. */
export const round2 = (value: number) => Math.round(value * 100) / 100;

/** Map a 1-5 score onto the 4-point recommendation scale using the pack's thresholds. */
export function recommendationFor(score: number, thresholds: Thresholds): Recommendation {
  if (score >= thresholds.strong_yes) return 'strong_yes';
  if (score >= thresholds.yes) return 'yes';
  if (score >= thresholds.no) return 'no';
  return 'strong_no';
}

/** A recommendation's position on the scale, strong_no = 0 ... strong_yes = 3. */
export const recommendationRank = (r: Recommendation) => ({ strong_no: 0, no: 1, yes: 2, strong_yes: 3 })[r];

/** Whether a recommendation is against hiring. */
export const isAgainst = (r: Recommendation) => recommendationRank(r) <= 1;

/** A recommendation as a point on the 1-5 scale, for a person's vote given without scores. */
export const scoreOfRecommendation = (r: Recommendation) => ({ strong_no: 1.5, no: 2.5, yes: 3.5, strong_yes: 4.5 })[r];

/** R2: the weighted overall of per-dimension scores. */
export function weightedOverall(
  scores: Record<string, number>,
  dimensions: ReadonlyArray<{ id: string; weight: number }>,
): number {
  const total = dimensions.reduce((sum, d) => sum + d.weight, 0);
  const weighted = dimensions.reduce((sum, d) => sum + (scores[d.id] ?? 0) * d.weight, 0);
  return round2(weighted / total);
}

/** Per-dimension 1-5 scores: the baseline moved by every chosen answer's deltas. */
export function dimensionScores(
  dimensions: ReadonlyArray<{ id: string }>,
  signals: ReadonlyArray<Signals>,
  baseline: number,
): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const d of dimensions) {
    const delta = signals.reduce((sum, s) => sum + (s.scores[d.id] ?? 0), 0);
    scores[d.id] = clamp(Math.round(baseline + delta), 1, 5);
  }
  return scores;
}

/** R1: the round's Commitment-Reliability rating, 1-10. */
export function reliabilityRating(baseline: number, signals: ReadonlyArray<Signals>): number {
  return clamp(baseline + signals.reduce((sum, s) => sum + s.reliability, 0), 1, 10);
}
