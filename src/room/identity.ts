/** Who this phone is in a room: kept so a reload or a reconnection keeps the same participant and vote. */
export interface Identity {
  pid: string;
  token: string;
  name: string;
}

const key = (code: string) => `debrief.room.${code}`;

/** A stored value that passes `valid`, or null when it is missing, unreadable or not of that shape. */
function readStored<T>(storageKey: string, valid: (v: T) => boolean): T | null {
  try {
    const v = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as T | null;
    return v && valid(v) ? v : null;
  } catch {
    return null;
  }
}

export const readIdentity = (code: string) =>
  readStored<Identity>(key(code), (v) => typeof v.pid === 'string' && typeof v.token === 'string');

/** Remember the identity; returns false when the browser refused (private mode), so the page can say so. */
export function saveIdentity(code: string, id: Identity): boolean {
  try {
    localStorage.setItem(key(code), JSON.stringify(id));
    return true;
  } catch {
    return false;
  }
}

/** A vote sent but not yet acknowledged, kept so a reload while offline still sends it. */
export interface PendingVote {
  id: number;
  step: string;
  choice: string;
  veto: boolean;
}

const pendingKey = (code: string) => `debrief.room.${code}.pending`;

export const readPending = (code: string) =>
  readStored<PendingVote>(pendingKey(code), (v) => typeof v.step === 'string' && typeof v.choice === 'string');

export function savePending(code: string, vote: PendingVote | null) {
  try {
    if (vote) localStorage.setItem(pendingKey(code), JSON.stringify(vote));
    else localStorage.removeItem(pendingKey(code));
  } catch {
    // Without storage the vote is still kept in memory and resent on reconnection.
  }
}

const DEVICE_KEY = 'debrief.device';

/**
 * This phone's own token, the same for every room: a join sent again (a lost room identity, a
 * second tab) is the same participant. Null when the browser keeps nothing.
 */
export function deviceToken(): string | null {
  try {
    const kept = localStorage.getItem(DEVICE_KEY);
    if (kept && /^[A-Za-z0-9_-]{16,120}$/.test(kept)) return kept;
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    const made = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    localStorage.setItem(DEVICE_KEY, made);
    return made;
  } catch {
    return null;
  }
}
