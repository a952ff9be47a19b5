import type { ResolvedScenario } from '../../machines/content/resolve';
import { createPlay, replayPlay } from '../../machines/play/driver';
import type { PlayEvent } from '../../machines/play/now';
import { negotiationOf, offerEventOf, reportOf, type PathSpec } from '../../machines/engine/playPath';
import { decodeSteps, encodeSteps } from '../../src/session/steps';
import type { PlayReport } from '../../machines/engine/report';

/** What the app would show at the end: the decision, the level, the rules that fired, the day. */
export const verdictOf = (r: PlayReport) =>
  JSON.stringify({ decision: r.decision, level: r.level, rules: r.rulesFired.map((f) => f.rule), days: r.days });

/**
 * A named path played as the app plays it: a Session driven one player event at a time, its
 * events written as the steps a save or a link keeps, read back, and replayed into a new play
 * (what Continue and a shared link do). Returns the replayed end, or why it could not be had.
 */
export function replayAsTheAppDoes(resolved: ResolvedScenario, spec: PathSpec): PlayReport | string {
  const play = createPlay(resolved);
  const queue = spec.choices === 'random' ? [] : [...spec.choices];
  const steps = negotiationOf(spec.negotiation);
  for (let guard = 0; guard < 10_000; guard++) {
    const at = play.now();
    if (at.kind === 'ended') break;
    let event: PlayEvent;
    if (at.kind === 'prompt') {
      const option = queue.shift();
      if (option === undefined) return 'the path ran out of answers in the app';
      event = { type: 'candidate.answer', option };
    } else if (at.kind === 'advance') event = { type: 'debrief.advance' };
    else if (at.kind === 'offer') {
      const step = steps.shift();
      if (step === undefined) return 'the path ran out of offer steps in the app';
      event = offerEventOf(step);
    } else return `the app's play stopped at "${at.kind}" with nothing to do`;
    const refused = play.send(event);
    if (refused) return `the app refused step ${play.events.length + 1} (${event.type}): ${refused}`;
  }
  const text = encodeSteps(play.events);
  const decoded = decodeSteps(text);
  play.stop();
  if (decoded.length !== play.events.length)
    return `the saved steps read back as ${decoded.length} events, not ${play.events.length}`;
  const { play: again, stop } = replayPlay(resolved, decoded);
  if (stop) return `the replay stopped at step ${stop.index + 1}: ${stop.reason}`;
  if (again.now().kind !== 'ended') return 'the replay ended with the loop still going';
  const report = reportOf(again.actor.getSnapshot(), resolved, spec.name, []);
  again.stop();
  return report;
}
