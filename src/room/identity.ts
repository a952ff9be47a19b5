/** Who this phone is in a room: kept so a reload or a reconnection keeps the same participant and vote. */
export interface Identity {
  pid: string;
  token: string;
  name: string;
}

const key = (code: string) => `debrief.room.${code}`;

export function readIdentity(code: string): Identity | null {
  try {
    const v = JSON.parse(localStorage.getItem(key(code)) ?? 'null') as Identity | null;
    return v && typeof v.pid === 'string' && typeof v.token === 'string' ? v : null;
  } catch {
    return null;
  }
}

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

export function readPending(code: string): PendingVote | null {
  try {
    const v = JSON.parse(localStorage.getItem(pendingKey(code)) ?? 'null') as PendingVote | null;
    return v && typeof v.step === 'string' && typeof v.choice === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function savePending(code: string, vote: PendingVote | null) {
  try {
    if (vote) localStorage.setItem(pendingKey(code), JSON.stringify(vote));
    else localStorage.removeItem(pendingKey(code));
  } catch {
    // Without storage the vote is still kept in memory and resent on reconnection.
  }
}
