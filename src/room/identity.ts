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
