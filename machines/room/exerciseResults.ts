import { IccError, iccTable, type IccTable, type RatingMatrix } from '../stats/icc';
import { noiseFromRatings, raterLeniency, type RoomNoise } from '../lab/roomNoise';
import { completeRaters, type ExerciseContext, sheetsOf } from './exercise';

/**
 * A pass as a targets x raters table: a target is one dimension of one answer (what a rater is
 * asked to judge), a rater anyone who scored every answer of the pass.
 */
function passMatrix(ex: ExerciseContext, pass: number): RatingMatrix {
  const raters = completeRaters(ex, pass);
  const targets = ex.plan.answers.flatMap((a) => ex.plan.dimensions.map((d) => ({ a, d })));
  return {
    targets: targets.map(({ a, d }) => `${a.id} · ${d.id}`),
    raters,
    scores: targets.map(({ a, d }) => raters.map((pid) => sheetsOf(ex, pass, a.id).get(pid)!.scores[d.id]!)),
  };
}

/** A pass's ICC table, or why there is none; how many raters entered it and how many were left out. */
export interface PassIcc {
  pass: number;
  table: IccTable | null;
  problem: string | null;
  raters: number;
  partial: number;
}

export function passIcc(ex: ExerciseContext, pass: number): PassIcc {
  const m = passMatrix(ex, pass);
  const anyone = new Set(ex.plan.answers.flatMap((a) => [...sheetsOf(ex, pass, a.id).keys()]));
  const base = { pass, raters: m.raters.length, partial: anyone.size - m.raters.length };
  try {
    return { ...base, table: iccTable(m), problem: null };
  } catch (err) {
    if (err instanceof IccError) return { ...base, table: null, problem: err.message };
    throw err;
  }
}

/** How one answer was scored in a pass: per dimension the room's spread beside the recorded score. */
export function answerSpread(ex: ExerciseContext, pass: number, answerId: string) {
  const answer = ex.plan.answers.find((a) => a.id === answerId)!;
  const sheets = [...sheetsOf(ex, pass, answerId).values()];
  const dimensions = ex.plan.dimensions.map((d) => {
    const xs = sheets.map((s) => s.scores[d.id]!);
    const mean = xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
    const sd = xs.length > 1 ? Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1)) : 0;
    const counts = [1, 2, 3, 4, 5].map((k) => xs.filter((x) => x === k).length);
    return { id: d.id, label: d.label, recorded: answer.recorded[d.id]!, mean, sd, counts };
  });
  const recommendations = ex.plan.recommendations.map((r) => ({
    id: r.id,
    text: r.text,
    count: sheets.filter((s) => s.recommendation === r.id).length,
  }));
  return {
    id: answer.id,
    text: answer.text,
    sheets: sheets.length,
    dimensions,
    recommendations,
    recorded: answer.recordedRecommendation,
  };
}

/** One participant's leniency in a pass (their mean less the room's, points), or null when they did not score every answer. */
export function leniencyIn(ex: ExerciseContext, pass: number, pid: string): number | null {
  const m = passMatrix(ex, pass);
  if (m.raters.length < 2) return null;
  return raterLeniency(m).get(pid) ?? null;
}

/** The lab's noise model from the first pass: the room's interviewers as they rate before any discussion. */
export function exerciseNoise(ex: ExerciseContext): RoomNoise | null {
  const m = passMatrix(ex, 1);
  if (m.raters.length < 2) return null;
  return noiseFromRatings(m);
}
