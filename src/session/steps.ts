import type { PlayEvent } from '../../machines/play/now';

const ASKS = new Set(['base', 'bonus', 'equity', 'signOn']);

/**
 * Events as a short, readable URL fragment, so every position in a play has a link a coach can
 * send: option ids as they are, other steps as ~words (`~next`, `~verbal`, `~ask-base-30000`).
 */
export function encodeSteps(events: ReadonlyArray<PlayEvent>): string {
  return events
    .map((e) => {
      switch (e.type) {
        case 'candidate.answer':
          return e.option;
        case 'debrief.advance':
          return '~next';
        case 'offer.extend':
          return '~verbal';
        case 'candidate.accept':
          return '~accept';
        case 'candidate.decline':
          return '~decline';
        case 'candidate.withdraw':
          return '~withdraw';
        case 'candidate.ask':
          return `~ask-${e.ask}-${e.amount}`;
        case 'committee.vote': {
          const { type: _type, ...vote } = e;
          return `~vote-${toBase64Url(JSON.stringify(vote))}`;
        }
        case 'committee.revise': {
          const { type: _type, ...revision } = e;
          return `~revise-${toBase64Url(JSON.stringify(revision))}`;
        }
        default:
          return null;
      }
    })
    .filter((s): s is string => s !== null)
    .join('.');
}

/** The events a fragment names; anything it cannot read ends the list there. */
export function decodeSteps(text: string): PlayEvent[] {
  const events: PlayEvent[] = [];
  for (const part of text.split('.').filter(Boolean)) {
    if (!part.startsWith('~')) events.push({ type: 'candidate.answer', option: part });
    else if (part === '~next') events.push({ type: 'debrief.advance' });
    else if (part === '~verbal') events.push({ type: 'offer.extend' });
    else if (part === '~accept') events.push({ type: 'candidate.accept' });
    else if (part === '~decline') events.push({ type: 'candidate.decline' });
    else if (part === '~withdraw') events.push({ type: 'candidate.withdraw' });
    else if (part.startsWith('~revise-')) {
      const revision = readRevision(part.slice(8));
      if (!revision) break;
      events.push(revision);
    } else if (part.startsWith('~vote-')) {
      const vote = readVote(part.slice(6));
      if (!vote) break;
      events.push(vote);
    } else {
      const m = /^~ask-(\w+)-(\d+)$/.exec(part);
      if (!m || !ASKS.has(m[1]!)) break;
      events.push({ type: 'candidate.ask', ask: m[1] as 'base', amount: Number(m[2]) });
    }
  }
  return events;
}

const RECS = new Set(['strong_no', 'no', 'yes', 'strong_yes']);

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A revision from a link is untrusted input too. */
function readRevision(encoded: string): Extract<PlayEvent, { type: 'committee.revise' }> | null {
  const v = readJson(encoded);
  if (!v || typeof v.member !== 'string' || typeof v.reason !== 'string') return null;
  if (v.recommendation !== undefined && !RECS.has(v.recommendation as string)) return null;
  return {
    type: 'committee.revise',
    member: v.member,
    reason: v.reason,
    recommendation: v.recommendation as 'no' | undefined,
  };
}

function readJson(encoded: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(
      new TextDecoder().decode(
        Uint8Array.from(atob(encoded.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
      ),
    );
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A vote from a link is untrusted input: only the fields a vote has, of the right types. */
function readVote(encoded: string): Extract<PlayEvent, { type: 'committee.vote' }> | null {
  try {
    const text = new TextDecoder().decode(
      Uint8Array.from(atob(encoded.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
    );
    const v = JSON.parse(text) as Record<string, unknown>;
    if (typeof v.member !== 'string' || !RECS.has(v.recommendation as string)) return null;
    const scores =
      v.scores && typeof v.scores === 'object'
        ? (Object.fromEntries(Object.entries(v.scores).filter(([, n]) => typeof n === 'number')) as Record<
            string,
            number
          >)
        : undefined;
    return {
      type: 'committee.vote',
      member: v.member,
      recommendation: v.recommendation as 'no',
      scores,
      narrative: typeof v.narrative === 'string' ? v.narrative : undefined,
    };
  } catch {
    return null;
  }
}
