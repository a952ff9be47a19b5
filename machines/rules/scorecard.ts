import type { Pack } from '../content/schema';
import type { ResolvedRound } from '../content/resolve';
import type { Scorecard } from './types';
import { dimensionScores, recommendationFor, reliabilityRating, weightedOverall } from './scoring';

export interface RoundAnswer {
  prompt: string;
  option: string;
}

/** What a scorecard is derived from: the round, the pack's scoring, and the answers given in it. */
export interface ScorecardSource {
  round: ResolvedRound;
  scoring: Pack['scoring'];
  /** R1 baseline where the loop uses Commitment-Reliability; null where it does not. */
  reliabilityBaseline: number | null;
  answers: RoundAnswer[];
}

type RoundPrompt = ResolvedRound['prompts'][number];
const shapes = new WeakMap<ResolvedRound, { mains: RoundPrompt[]; byId: Map<string, RoundPrompt> }>();

/** A round's main (non-probe) prompts in order, and its prompts by id: worked out once per round, read by every walk through it. */
export function roundShape(round: ResolvedRound): { mains: RoundPrompt[]; byId: Map<string, RoundPrompt> } {
  let shape = shapes.get(round);
  if (!shape)
    shapes.set(
      round,
      (shape = { mains: round.prompts.filter((p) => !p.probe), byId: new Map(round.prompts.map((p) => [p.id, p])) }),
    );
  return shape;
}

const chosenOptions = (ctx: ScorecardSource) => {
  const { byId } = roundShape(ctx.round);
  return ctx.answers.map((a) => byId.get(a.prompt)!.options.find((o) => o.id === a.option)!);
};

/** The scorecard an interviewer files from the answers given: R2 scores, R1 rating, notes. */
export function deriveScorecard(ctx: ScorecardSource): Scorecard {
  const chosen = chosenOptions(ctx);
  const signals = chosen.map((o) => o.signals);
  const { rubric } = ctx.round;
  const scores = dimensionScores(rubric.dimensions, signals, ctx.scoring.baseline);
  const overall = weightedOverall(scores, rubric.dimensions);
  // R2: the narrative for a low dimension is the note of every answer that pulled it down.
  const narratives: Record<string, string> = {};
  for (const d of rubric.dimensions) {
    if (scores[d.id]! >= ctx.scoring.narrativeBelow) continue;
    narratives[d.id] = chosen
      .filter((o) => (o.signals.scores[d.id] ?? 0) < 0)
      .map((o) => o.note)
      .join(' ');
  }
  return {
    round: ctx.round.id,
    roundTitle: ctx.round.title,
    interviewer: ctx.round.interviewer.id,
    interviewerName: ctx.round.interviewer.name,
    scores,
    overall,
    recommendation: recommendationFor(overall, ctx.scoring.recommendation),
    reliability: ctx.reliabilityBaseline === null ? null : reliabilityRating(ctx.reliabilityBaseline, signals),
    notes: chosen.map((o) => o.note),
    impacts: chosen.map((o) => Object.values(o.signals.scores).reduce((sum, d) => sum + d, 0)),
    narratives,
    flags: [...new Set(chosen.flatMap((o) => o.signals.flags))],
    choices: ctx.answers.map((a) => a.option),
  };
}

/** The scorecard a finished round files when no person scores it: what the enumerators read without the actor. */
export function scorecardOf(
  round: ResolvedRound,
  pack: Pick<Pack, 'scoring' | 'loop'>,
  answers: RoundAnswer[],
): Scorecard {
  return deriveScorecard({
    round,
    scoring: pack.scoring,
    reliabilityBaseline: pack.loop.reliability?.baseline ?? null,
    answers,
  });
}
