import type { ResolvedScenario } from '../content/resolve';
import type { DebriefOutcome, Scorecard } from './types';
import { endsEarly, packetOf } from '../policy/kernel';

/**
 * The outcome of a loop that a loop rule (a failed screen) ends after the cards filed so far, or
 * null when it goes on. No committee sits: no votes and no consensus, only the firing that ended it.
 */
export function earlyEndOf(
  resolved: Pick<ResolvedScenario, 'policy'>,
  cards: ReadonlyArray<Scorecard>,
): DebriefOutcome | null {
  const { policy } = resolved;
  if (!policy.loopRules.length) return null;
  const firing = endsEarly(policy, packetOf(policy, cards, []));
  if (!firing) return null;
  return { decision: 'no_hire', step: null, level: null, rulesFired: [firing], consensus: null, votes: [] };
}
