import { createActor } from 'xstate';
import type { ResolvedScenario } from '../content/resolve';
import type { Scenario } from '../content/schema';
import { offerInputOf, offerMachine } from '../offerMachine';
import { pathOutcome } from './pathOutcome';
import { negotiationOf, offerEventOf } from './playPath';
import { offerMismatches } from './offerExpectation';

/**
 * Whether a named path plays to the decision it declares, checked the quick way: the kernel walk
 * for the decision (it agrees with the machines on every path, tests/machines/kernelAgreement),
 * then the offer machine alone for the negotiation, with the input the loop hands it. True means
 * the loop would play it so; false means "play it through the loop", whose messages say what is
 * wrong. `debrief validate` checks every named path this way first.
 */
export function pathPlaysQuickly(resolved: ResolvedScenario, path: Scenario['paths'][string]): boolean {
  let walked: ReturnType<typeof pathOutcome>;
  try {
    walked = pathOutcome(resolved, path.choices);
  } catch {
    return false;
  }
  if (!walked || walked.answered !== path.choices.length || walked.decision !== path.decision) return false;
  if (!resolved.scenario.makesOffer || walked.level === null) return !path.offer;
  const offer = createActor(offerMachine, { input: offerInputOf(resolved, walked.level, walked.cards) });
  try {
    offer.start();
    for (const step of negotiationOf(path.negotiation)) {
      // As in the loop: steps left once the offer is settled are not played.
      if (offer.getSnapshot().status !== 'active') break;
      offer.send(offerEventOf(step));
    }
    const snap = offer.getSnapshot();
    if (snap.status !== 'done') return false;
    const out = snap.output!;
    return !offerMismatches(path.offer, { ...out.terms, outcome: out.outcome }).length;
  } catch {
    return false;
  } finally {
    offer.stop();
  }
}
