import { meanSquares, type RatingMatrix } from '../stats/icc';
import { DEFAULT_SETUP, type LabSetup, OCCASION_SHARE, ROUNDING_VARIANCE, setupParams } from './setup';

/** The lab's noise model as a room's own ratings show it. */
export interface RoomNoise {
  /** Sd of leniency between the room's raters, points: the lab's `len`. */
  len: number;
  /** Sd of one reading's error, points, in the lab's sense (the occasion's part included): the lab's `err`. */
  err: number;
  /** Sd of the raters' own error as the room measured it (all saw the same answer), rounding taken out. */
  residual: number;
  /** Sd of the answers' true levels, points, as the room's ratings separate them. */
  spread: number;
  answers: number;
  raters: number;
  /** True when a figure was past the lab's range and was cut to its edge. */
  clamped: boolean;
}

/** The largest error and leniency sds a lab link accepts (machines/lab/setup.ts parseSetup). */
const MAX_ERR = 3;
const MAX_LEN = 2;
const hundredths = (x: number) => Math.round(x * 100) / 100;

/**
 * The noise model from an answers x raters table, by the variance components of the two-way
 * analysis of variance: leniency is the raters' main effect, (MS raters - MS error) / answers;
 * the residual is MS error less the rounding of whole-point scores. Everyone in a room sees the
 * same answer, as a panel does, so the residual is only the raters' own part of the lab's error;
 * the lab splits its error with a fixed occasion share, so the lab's error is the residual
 * scaled up by that share (an assumption the room cannot check: it sees one occasion).
 */
export function noiseFromRatings(m: RatingMatrix): RoomNoise {
  const ms = meanSquares(m);
  const leniency2 = Math.max(0, (ms.columns - ms.error) / ms.n);
  const residual2 = Math.max(0, ms.error - ROUNDING_VARIANCE);
  const spread2 = Math.max(0, (ms.rows - ms.error) / ms.k);
  const len = Math.sqrt(leniency2);
  const err = Math.sqrt(residual2 / (1 - OCCASION_SHARE));
  return {
    len: hundredths(Math.min(MAX_LEN, len)),
    err: hundredths(Math.min(MAX_ERR, err)),
    residual: hundredths(Math.sqrt(residual2)),
    spread: hundredths(Math.sqrt(spread2)),
    answers: ms.n,
    raters: ms.k,
    clamped: len > MAX_LEN || err > MAX_ERR,
  };
}

/** Each rater's leniency: their mean score less the room's, points (positive is generous). */
export function raterLeniency(m: RatingMatrix): Map<string, number> {
  const all = m.scores.flat();
  const grand = all.reduce((s, x) => s + x, 0) / all.length;
  return new Map(m.raters.map((r, j) => [r, m.scores.reduce((s, row) => s + row[j]!, 0) / m.targets.length - grand]));
}

/** A lab setup with the room's noise: the fragility question by default, everything else as given. */
export function roomLabSetup(noise: RoomNoise, base: Partial<LabSetup> = {}): LabSetup {
  return { ...DEFAULT_SETUP, off: [], ...base, err: noise.err, len: noise.len };
}

/** The query of a lab link (`#/lab/<id>?…`) that opens the lab with the room's noise. */
export function roomLabQuery(noise: RoomNoise, base: Partial<LabSetup> = {}): string {
  return new URLSearchParams(setupParams(roomLabSetup(noise, base))).toString();
}
