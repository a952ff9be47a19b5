import type { ResolvedScenario } from '../../machines/content/resolve';
import { Session, type SessionEvent } from '../../machines/engine/session';
import { negotiationOf, offerEventOf, reportOf, type PathSpec } from '../../machines/engine/playPath';
import { decodeSteps, encodeSteps } from '../../src/session/steps';
import type { PlayReport } from '../../machines/engine/report';

/** What the app would show at the end: the decision, the level, the rules that fired, the day. */
export const verdictOf = (r: PlayReport) =>
  JSON.stringify({ decision: r.decision, level: r.level, rules: r.rulesFired.map((f) => f.rule), days: r.days });

/**
 * A named path played as the app plays it: a Session driven one player event at a time, its
 * events written as the steps a save or a link keeps, read back, and replayed into a new Session
 * (what Continue and a shared link do). Returns the replayed end, or why it could not be had.
 */
export function replayAsTheAppDoes(resolved: ResolvedScenario, spec: PathSpec): PlayReport | string {
  const session = new Session(resolved);
  const queue = spec.choices === 'random' ? [] : [...spec.choices];
  const steps = negotiationOf(spec.negotiation);
  for (let guard = 0; guard < 10_000; guard++) {
    const snap = session.snapshot;
    if (snap.status !== 'active') break;
    let event: SessionEvent;
    if (snap.matches({ undecided: 'interviewing' })) {
      const option = queue.shift();
      if (option === undefined) return 'the path ran out of answers in the app';
      event = { type: 'candidate.answer', option };
    } else if (snap.children.committee) event = { type: 'debrief.advance' };
    else if (snap.matches('offer')) {
      const step = steps.shift();
      if (step === undefined) return 'the path ran out of offer steps in the app';
      event = offerEventOf(step);
    } else return `the app's session stopped in ${JSON.stringify(snap.value)} with nothing to do`;
    const refused = session.send(event);
    if (refused) return `the app refused step ${session.events.length + 1} (${event.type}): ${refused}`;
  }
  const text = encodeSteps(session.events);
  const decoded = decodeSteps(text);
  session.stop();
  if (decoded.length !== session.events.length)
    return `the saved steps read back as ${decoded.length} events, not ${session.events.length}`;
  const { session: again, stop } = Session.replay(resolved, decoded);
  if (stop) return `the replay stopped at step ${stop.index + 1}: ${stop.reason}`;
  if (again.snapshot.status === 'active') return 'the replay ended with the loop still going';
  const report = reportOf(again.snapshot, resolved, spec.name, []);
  again.stop();
  return report;
}
