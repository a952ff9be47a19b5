import type { ResolvedScenario } from '../content/resolve';
import type { Recommendation } from '../content/schema';
import { RECOMMENDATIONS } from '../content/schema';
import { RECOMMENDATION_LABELS } from '../format';
import { dimensionScores, recommendationFor, weightedOverall } from '../rules/scoring';
import { roundShape } from '../rules/scorecard';

/** One answer the room scores: a candidate's answer to a prompt, with what the scenario records for it. */
interface ExerciseAnswer {
  id: string;
  heading: string;
  prompt: string;
  text: string;
  /** The scenario's score on each rubric dimension for this answer alone (the baseline moved by its signals). */
  recorded: Record<string, number>;
  recordedRecommendation: Recommendation;
}

/** The calibration exercise a scenario offers: answers on one rubric, its dimensions and the anchors of its scale. */
export interface ExercisePlan {
  scenario: string;
  rubric: string;
  answers: ExerciseAnswer[];
  dimensions: Array<{ id: string; label: string; weight: number }>;
  /** What each point of the 1-5 scale means under this pack's scoring (its thresholds, its baseline). */
  anchors: Array<{ score: number; text: string }>;
  recommendations: Array<{ id: Recommendation; text: string }>;
}

/** Fewer answers than this and the room's agreement cannot be measured across answers. */
const MIN_ANSWERS = 3;
/** More than this and a pass outlasts a workshop's attention. */
const MAX_ANSWERS = 6;

/**
 * The answers a room scores: the options of the scenario's first main prompt, and of the prompts
 * after it on the same rubric until there are at least three, so every answer is scored on the
 * same dimensions and the ICC compares like with like.
 */
export function createExercisePlan(resolved: ResolvedScenario): ExercisePlan {
  const { scoring } = resolved.pack;
  const first = resolved.rounds[0]!.rubric;
  const answers: ExerciseAnswer[] = [];
  for (const round of resolved.rounds) {
    if (round.rubric.id !== first.id) continue;
    for (const prompt of roundShape(round).mains) {
      if (answers.length >= MIN_ANSWERS) break;
      for (const option of prompt.options.slice(0, MAX_ANSWERS - answers.length)) {
        const recorded = dimensionScores(first.dimensions, [option.signals], scoring.baseline);
        answers.push({
          id: option.id,
          heading: `${round.title} · ${round.interviewer.name}`,
          prompt: prompt.text.trim(),
          text: option.text.trim(),
          recorded,
          recordedRecommendation: recommendationFor(
            weightedOverall(recorded, first.dimensions),
            scoring.recommendation,
          ),
        });
      }
    }
  }
  if (answers.length < MIN_ANSWERS)
    throw new Error(
      `${resolved.scenario.id}: a calibration exercise needs at least ${MIN_ANSWERS} answers on one rubric, and this scenario has ${answers.length} on "${first.label}"`,
    );
  return {
    scenario: resolved.scenario.id,
    rubric: first.label,
    answers,
    dimensions: first.dimensions.map(({ id, label, weight }) => ({ id, label, weight })),
    anchors: [1, 2, 3, 4, 5].map((score) => ({
      score,
      text: `${RECOMMENDATION_LABELS[recommendationFor(score, scoring.recommendation)]} if every dimension scored ${score}${score === scoring.baseline ? ' (where every answer starts)' : ''}`,
    })),
    recommendations: RECOMMENDATIONS.map((id) => ({ id, text: RECOMMENDATION_LABELS[id] })),
  };
}

/** One participant's sealed scores for one answer: every dimension 1-5 and a recommendation. */
export interface ScoreSheet {
  scores: Record<string, number>;
  recommendation: string;
}

/** The exercise as the room plays it: the pass, the answer on screen, every sheet of every pass. */
export interface ExerciseContext {
  plan: ExercisePlan;
  /** 1 for the first pass, 2 for the pass after discussion. */
  pass: number;
  index: number;
  /** sheets[pass - 1]: answer id -> participant id -> sheet. */
  sheets: ReadonlyArray<ReadonlyMap<string, ReadonlyMap<string, ScoreSheet>>>;
  /** How many passes have been revealed. */
  revealed: number;
}

export const createExerciseContext = (plan: ExercisePlan): ExerciseContext => ({
  plan,
  pass: 1,
  index: 0,
  sheets: [new Map()],
  revealed: 0,
});

export const PASSES = 2;

/** The sheets of one pass for one answer. */
export const sheetsOf = (ex: ExerciseContext, pass: number, answer: string): ReadonlyMap<string, ScoreSheet> =>
  ex.sheets[pass - 1]?.get(answer) ?? new Map();

/** Participants who scored every answer of a pass: only they enter the ICC, which needs a full table. */
export function completeRaters(ex: ExerciseContext, pass: number): string[] {
  const [first, ...rest] = ex.plan.answers.map((a) => sheetsOf(ex, pass, a.id));
  return [...(first?.keys() ?? [])].filter((pid) => rest.every((s) => s.has(pid)));
}

/** Why a sheet is refused, or null when it counts. */
export function sheetProblem(
  ex: ExerciseContext,
  sheet: { pass: number; answer: string; scores: Record<string, number>; recommendation: string },
): string | null {
  if (sheet.pass !== ex.pass) return 'that pass is over';
  const answer = ex.plan.answers[ex.index];
  if (answer?.id !== sheet.answer) return 'that answer is no longer on screen';
  for (const d of ex.plan.dimensions) {
    const s = Object.hasOwn(sheet.scores, d.id) ? sheet.scores[d.id] : undefined;
    if (s === undefined) return `score ${d.label} before sending`;
    if (!Number.isInteger(s) || s < 1 || s > 5) return `${d.label}: expected a whole score from 1 to 5`;
  }
  const extra = Object.keys(sheet.scores).find((k) => !ex.plan.dimensions.some((d) => d.id === k));
  if (extra !== undefined) return `"${extra}" is not a dimension of this rubric`;
  if (!ex.plan.recommendations.some((r) => r.id === sheet.recommendation))
    return `"${sheet.recommendation}" is not a recommendation`;
  return null;
}

/** Why the pass cannot be revealed yet, or null when it can. */
export function revealProblem(ex: ExerciseContext): string | null {
  const complete = completeRaters(ex, ex.pass).length;
  if (complete < 2)
    return `at least two people must score every answer before the reveal (${complete} ${complete === 1 ? 'has' : 'have'})`;
  return null;
}

/** The exercise with one more sheet: a participant's later sheet for the same answer replaces theirs. */
export function withSheet(ex: ExerciseContext, pid: string, answer: string, sheet: ScoreSheet): ExerciseContext {
  const sheets = ex.sheets.map((byAnswer, i) =>
    i === ex.pass - 1 ? new Map(byAnswer).set(answer, new Map(byAnswer.get(answer)).set(pid, sheet)) : byAnswer,
  );
  return { ...ex, sheets };
}

/** The exercise at the first answer of a fresh pass, the earlier passes kept for the before and after. */
export const withNextPass = (ex: ExerciseContext): ExerciseContext => ({
  ...ex,
  pass: ex.pass + 1,
  index: 0,
  sheets: [...ex.sheets, new Map()],
});

/** The exercise without one participant's sheets (the facilitator removed them), and how many sheets left with them. */
export function withoutRater(ex: ExerciseContext, pid: string): { exercise: ExerciseContext; sheets: number } {
  let sheets = 0;
  const next = ex.sheets.map(
    (byAnswer) =>
      new Map(
        [...byAnswer].map(([answer, byPid]) => {
          if (!byPid.has(pid)) return [answer, byPid];
          sheets++;
          const left = new Map(byPid);
          left.delete(pid);
          return [answer, left];
        }),
      ),
  );
  return { exercise: { ...ex, sheets: next }, sheets };
}
