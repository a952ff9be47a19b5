/** A share with its 95 % Wilson score interval. */
export interface Share {
  count: number;
  n: number;
  share: number;
  low: number;
  high: number;
}

const Z = 1.959963984540054;

/** Wilson's score interval: honest near 0 and 1, where the normal approximation is not. */
export function wilson(count: number, n: number): Share {
  if (n <= 0) return { count, n, share: 0, low: 0, high: 1 };
  const p = count / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { count, n, share: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The widest interval a lab figure may have before the lab warns: ±2 percentage points. */
const ASKED_HALF_WIDTH = 0.02;

/** Draws needed for every share's 95 % interval to be at most ±2 points, whatever the share. */
const drawsForAskedWidth = () => Math.ceil((Z * Z * 0.25) / (ASKED_HALF_WIDTH * ASKED_HALF_WIDTH));

/** The warning a result carries when some interval is wider than asked, or null. */
export function widthWarning(shares: ReadonlyArray<Share>): string | null {
  let widest: Share | undefined;
  for (const s of shares) if (!widest || s.high - s.low > widest.high - widest.low) widest = s;
  if (!widest || (widest.high - widest.low) / 2 <= ASKED_HALF_WIDTH) return null;
  const half = ((widest.high - widest.low) / 2) * 100;
  return `N = ${widest.n} is too small for ±${ASKED_HALF_WIDTH * 100} points: some 95 % intervals are ±${half.toFixed(1)} points wide; use N ≥ ${drawsForAskedWidth()} per figure`;
}

/** Running mean and spread (Welford), without keeping the values. */
export class Moments {
  n = 0;
  mean = 0;
  private m2 = 0;
  add(x: number) {
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }
  get sd() {
    return this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : 0;
  }
}

/** Pearson correlation of two equally long series. */
export function pearson(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
