import type { LabPath } from './path';
import { seededDraws } from './normal';
import { pearson } from './stats';
import { OCCASION_SHARE, TRUE_SPREAD } from './setup';

/**
 * The interrater reliability the lab's readings produce: two interviewers read the same card of
 * candidates like this one, with their own leniency and error; for separate interviews each has
 * their own occasion, on a panel they share it. The correlation of their overalls is what the
 * published figures measure, so it is how the defaults are checked. Each card is correlated on
 * its own (pooling cards would count their different levels as agreement) and the mean taken;
 * near the ends of the scale clamping lowers it, as it does for real ratings.
 */
export function interraterReliability(lab: LabPath, opts: { err: number; len: number; seed: number; n: number }) {
  const { committee: cm } = lab;
  const draws = seededDraws(opts.seed);
  const occSd = opts.err * Math.sqrt(OCCASION_SHARE);
  const raterSd = opts.err * Math.sqrt(1 - OCCASION_SHARE);
  const cards = cm.cards.length;
  const a = cm.cards.map(() => new Float64Array(opts.n));
  const b = cm.cards.map(() => new Float64Array(opts.n));
  const p = cm.cards.map(() => new Float64Array(opts.n));
  for (let i = 0; i < opts.n; i++) {
    const g = TRUE_SPREAD * draws.normal();
    for (let c = 0; c < cards; c++) {
      const occ = occSd * draws.normal();
      const first = g + opts.len * draws.normal() + occ + raterSd * draws.normal();
      cm.readCard(c, first);
      a[c]![i] = cm.cards[c]!.overall;
      const bias = opts.len * draws.normal();
      const rater = raterSd * draws.normal();
      cm.readCard(c, g + bias + occSd * draws.normal() + rater);
      b[c]![i] = cm.cards[c]!.overall;
      cm.readCard(c, g + bias + occ + rater);
      p[c]![i] = cm.cards[c]!.overall;
    }
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const separate = a.map((x, c) => pearson(x, b[c]!));
  const panel = a.map((x, c) => pearson(x, p[c]!));
  return {
    separate: mean(separate),
    panel: mean(panel),
    perCard: separate.map((s, c) => ({ round: cm.cards[c]!.round, separate: s, panel: panel[c]! })),
  };
}
