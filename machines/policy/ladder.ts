import type { Decision, Scenario } from '../content/schema';
import { levelName } from '../displayName';
import type { Policy } from './compile';

/** A step on the ladder as a decision: +1 up a level, 0 at level, -1 and -2 down, null no hire. */
export function decisionOfStep(step: number | null): Exclude<Decision, 'hold'> {
  if (step === null) return 'no_hire';
  return step > 0 ? 'up_level' : step === 0 ? 'hire' : step === -1 ? 'down_level' : 'down_two';
}

/** The level a step lands on, or null for no hire. */
export function levelOfStep(policy: Pick<Policy, 'levels' | 'target'>, step: number | null): string | null {
  return step === null ? null : (policy.levels[policy.target + step] ?? null);
}

/**
 * Where the calibrated consensus alone puts the candidate: the highest step whose bar it reaches
 * and whose level the pack has. Null when it reaches none.
 */
export function ladderStep(policy: Pick<Policy, 'bars' | 'levels' | 'target'>, consensus: number): number | null {
  const { bars, levels, target } = policy;
  if (bars.upLevel !== undefined && consensus >= bars.upLevel && target + 1 < levels.length) return 1;
  if (consensus >= bars.hire) return 0;
  if (bars.downLevel !== undefined && consensus >= bars.downLevel && target >= 1) return -1;
  if (bars.downTwo !== undefined && consensus >= bars.downTwo && target >= 2) return -2;
  return null;
}

/** The steps a pack's ladder can reach for a scenario, highest first, each with the bar that earns it. */
export function ladderOf(
  policy: Pick<Policy, 'bars' | 'levels' | 'target'>,
): Array<{ step: number; decision: Exclude<Decision, 'hold'>; level: string; bar: number }> {
  const { bars, levels, target } = policy;
  const rows: Array<{ step: number; bar: number | undefined }> = [
    { step: 1, bar: bars.upLevel },
    { step: 0, bar: bars.hire },
    { step: -1, bar: bars.downLevel },
    { step: -2, bar: bars.downTwo },
  ];
  return rows
    .filter((r) => r.bar !== undefined && levels[target + r.step] !== undefined)
    .map((r) => ({ step: r.step, decision: decisionOfStep(r.step), level: levels[target + r.step]!, bar: r.bar! }));
}

/** What each decision is called unless the scenario names it otherwise. */
const DECISION_LABELS: Readonly<Record<Decision | 'withdrawn', string>> = {
  up_level: 'Up-level',
  hire: 'Hire',
  down_level: 'Down-level',
  down_two: 'Down two levels',
  no_hire: 'No hire',
  hold: 'Hold',
  withdrawn: 'Withdrawn',
};

/** A decision as this scenario's setting names it ("Hire", or "Exceeds expectations" in a review). */
export function decisionLabel(decision: Decision | 'withdrawn', scenario?: Pick<Scenario, 'decisionLabels'>): string {
  const own =
    decision !== 'withdrawn' && scenario && Object.hasOwn(scenario.decisionLabels, decision)
      ? scenario.decisionLabels[decision]
      : undefined;
  return own ?? DECISION_LABELS[decision];
}

/** The decision with its level, as a headline: "Down-level: offer at L4", "Hire at L5", "No hire". */
export function outcomeHeadline(
  decision: Decision | 'withdrawn',
  level: string | null,
  scenario?: Pick<Scenario, 'decisionLabels' | 'makesOffer'>,
): string {
  const label = decisionLabel(decision, scenario);
  if (!level || scenario?.makesOffer === false) return label;
  if (decision === 'hire') return `${label} at ${levelName(level)}`;
  if (decision === 'up_level' || decision === 'down_level' || decision === 'down_two')
    return `${label}: offer at ${levelName(level)}`;
  return label;
}
