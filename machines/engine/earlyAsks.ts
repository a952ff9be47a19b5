import { createActor } from 'xstate';
import type { ResolvedScenario } from '../content/resolve';
import { offerInputOf, offerMachine } from '../offerMachine';
import { tooEarly } from '../rules/offerRules';
import { pathOutcome } from './pathOutcome';
import { negotiationOf, offerEventOf } from './playPath';

/** Something an author should know that is not an error: the path still plays as written. */
export interface PathWarning {
  path: string;
  message: string;
}

/**
 * Asks a named path makes before the verbal offer on a pack that takes asks only after it (a v1
 * scenario on a v2 pack, where asks came first): found by playing the path's negotiation through
 * the offer machine, which answers such an ask with nothing and logs why. Each is a warning at its
 * step, so the author sees the ask changes nothing instead of the offer moving silently.
 */
export function earlyAskWarnings(resolved: ResolvedScenario): PathWarning[] {
  if (!resolved.scenario.makesOffer) return [];
  const refused = tooEarly(resolved.policy.offer);
  const warnings: PathWarning[] = [];
  for (const [name, path] of Object.entries(resolved.scenario.paths)) {
    if (!path.negotiation.some((step) => typeof step === 'object' && 'ask' in step)) continue;
    const walked = pathOutcome(resolved, path.choices);
    if (!walked?.level) continue;
    const offer = createActor(offerMachine, { input: offerInputOf(resolved, walked.level, walked.cards) });
    offer.start();
    for (const [j, step] of negotiationOf(path.negotiation).entries()) {
      // As in the loop: steps left once the offer is settled are not played.
      if (offer.getSnapshot().status !== 'active') break;
      const logged = offer.getSnapshot().context.log.length;
      offer.send(offerEventOf(step));
      const firing = offer.getSnapshot().context.log[logged]?.firing;
      if (typeof step === 'object' && 'ask' in step && firing?.rule === refused.rule && firing.label === refused.label)
        warnings.push({
          path: `paths.${name}.negotiation[${j}]`,
          message: `an ask (${step.ask} ${step.amount}) before the verbal offer, but pack ${resolved.pack.id} takes asks only once the verbal offer is made (comp.asksBeforeVerbal: false): the committee answers it with nothing. Move it after "verbal" if it should count (v1 scenarios asked first)`,
        });
    }
    offer.stop();
  }
  return warnings;
}
