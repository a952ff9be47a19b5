import type { SessionEvent } from '../../machines/engine/session';

const ASKS = new Set(['base', 'bonus', 'equity', 'signOn']);

/**
 * Events as a short, readable URL fragment, so every position in a play has a link a coach can
 * send: option ids as they are, other steps as ~words (`~next`, `~verbal`, `~ask-base-30000`).
 */
export function encodeSteps(events: ReadonlyArray<SessionEvent>): string {
  return events
    .map((e) => {
      switch (e.type) {
        case 'candidate.answer': return e.option;
        case 'debrief.advance': return '~next';
        case 'offer.extend': return '~verbal';
        case 'candidate.accept': return '~accept';
        case 'candidate.decline': return '~decline';
        case 'candidate.withdraw': return '~withdraw';
        case 'candidate.ask': return `~ask-${e.ask}-${e.amount}`;
        default: return null;
      }
    })
    .filter((s): s is string => s !== null)
    .join('.');
}

/** The events a fragment names; anything it cannot read ends the list there. */
export function decodeSteps(text: string): SessionEvent[] {
  const events: SessionEvent[] = [];
  for (const part of text.split('.').filter(Boolean)) {
    if (!part.startsWith('~')) events.push({ type: 'candidate.answer', option: part });
    else if (part === '~next') events.push({ type: 'debrief.advance' });
    else if (part === '~verbal') events.push({ type: 'offer.extend' });
    else if (part === '~accept') events.push({ type: 'candidate.accept' });
    else if (part === '~decline') events.push({ type: 'candidate.decline' });
    else if (part === '~withdraw') events.push({ type: 'candidate.withdraw' });
    else {
      const m = /^~ask-(\w+)-(\d+)$/.exec(part);
      if (!m || !ASKS.has(m[1]!)) break;
      events.push({ type: 'candidate.ask', ask: m[1] as 'base', amount: Number(m[2]) });
    }
  }
  return events;
}
