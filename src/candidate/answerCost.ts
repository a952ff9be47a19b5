import type { Option, Prompt } from '../../machines/content/schema';
import type { ResolvedRound, ResolvedScenario } from '../../machines/content/resolve';
import { NO_CHANGES, runWhatIf } from '../../machines/engine/whatIf';
import type { PlayReport } from '../../machines/engine/report';

/** One dimension's points from an answer, as the rubric names it. */
export interface DimensionPoints {
  id: string;
  label: string;
  points: number;
}

/** What one answer did to the play, against the same play with the stronger answer in its place. */
export interface AnswerCost {
  /** The strongest answer the prompt had, or null when this was it. */
  stronger: Option | null;
  round: { before: number | null; after: number | null };
  consensus: { before: number | null; after: number | null };
  decision: { before: string; after: string; changed: boolean };
}

/** An answer's points per rubric dimension (its `signals.scores`), in the rubric's order. */
export function pointsOf(option: Option, round: ResolvedRound): DimensionPoints[] {
  return round.rubric.dimensions
    .filter((d) => Object.hasOwn(option.signals.scores, d.id))
    .map((d) => ({ id: d.id, label: d.label, points: option.signals.scores[d.id]! }));
}

/** How much an answer is worth on the round's rubric: its weighted points, less a point per flag, plus its reliability change. */
function worth(option: Option, round: ResolvedRound): number {
  const weighted = round.rubric.dimensions.reduce((sum, d) => sum + d.weight * (option.signals.scores[d.id] ?? 0), 0);
  const total = round.rubric.dimensions.reduce((sum, d) => sum + d.weight, 0) || 1;
  return weighted / total - option.signals.flags.length + option.signals.reliability * 0.1;
}

/** The prompt's strongest answer by the rubric, or null when the given one already is (or ties with it). */
function strongerAnswer(prompt: Prompt, given: Option, round: ResolvedRound): Option | null {
  const best = prompt.options.reduce((a, b) => (worth(b, round) > worth(a, round) ? b : a));
  return best.id !== given.id && worth(best, round) > worth(given, round) ? best : null;
}

// Each cost replays a whole loop, so results are kept per scenario and per path: going back to the
// end screen, or re-rendering it, costs nothing.
const cache = new WeakMap<ResolvedScenario, Map<string, AnswerCost | PlayReport>>();
const cached = <T extends AnswerCost | PlayReport>(resolved: ResolvedScenario, key: string, make: () => T): T => {
  let map = cache.get(resolved);
  if (!map) cache.set(resolved, (map = new Map()));
  if (!map.has(key)) map.set(key, make());
  return map.get(key) as T;
};

/** The player's answers replayed through the machines with nothing changed: what each cost is measured against. */
function basePlay(resolved: ResolvedScenario, choices: ReadonlyArray<string>): PlayReport {
  return cached(resolved, `base:${choices.join('.')}`, () => runWhatIf(resolved, choices, NO_CHANGES));
}

/**
 * What one answer cost: the same answers replayed through the machines with the prompt's stronger
 * answer in its place, and the round's score, the consensus and the decision compared.
 */
export function answerCost(resolved: ResolvedScenario, choices: ReadonlyArray<string>, optionId: string): AnswerCost {
  return cached(resolved, `cost:${choices.join('.')}:${optionId}`, () => {
    const { option, prompt, round } = resolved.options.get(optionId)!;
    const base = basePlay(resolved, choices);
    const stronger = strongerAnswer(prompt, option, round);
    const alt = stronger
      ? runWhatIf(resolved, choices, { ...NO_CHANGES, answers: { [prompt.id]: stronger.id } })
      : base;
    const overall = (r: PlayReport) => r.scorecards.find((c) => c.round === round.id)?.overall ?? null;
    return {
      stronger,
      round: { before: overall(base), after: overall(alt) },
      consensus: { before: base.consensus, after: alt.consensus },
      decision: { before: base.decisionLabel, after: alt.decisionLabel, changed: base.decision !== alt.decision },
    };
  });
}
