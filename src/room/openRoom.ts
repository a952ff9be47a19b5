import { reportNotice } from '../session/store';
import { RoomClient } from './client';
import { zodCheck } from './zodCheck';
import type { RoomMode } from '../../machines/room/types';

const secretKey = (code: string) => `debrief.room.secret.${code}`;

/** The facilitator's key for a room, kept in this browser only (never in a link). */
export function readSecret(code: string): string | null {
  try {
    return localStorage.getItem(secretKey(code));
  } catch {
    return null;
  }
}

export function saveSecret(code: string, secret: string) {
  try {
    localStorage.setItem(secretKey(code), secret);
  } catch (err) {
    reportNotice(
      secretKey(code),
      `Debrief could not keep the facilitator key for room ${code} in this browser (${err instanceof Error ? err.message : String(err)}): keep this window open, or a reload loses the controls.`,
    );
  }
}

/** Ask the room server for a new room on a scenario; resolves with its code once the key is saved here. */
export function openRoom(scenario: string, mode: RoomMode): Promise<string> {
  return new Promise((resolve, reject) => {
    let sent = false;
    const client: RoomClient = new RoomClient(
      () => (sent ? null : ((sent = true), { t: 'create', scenario, mode })),
      (msg) => {
        if (msg.t === 'created') {
          try {
            saveSecret(msg.code, msg.secret);
            resolve(msg.code);
          } catch {
            reject(
              new Error(
                "This browser refused to keep the room's facilitator key (private mode?), so the room could not be run from here.",
              ),
            );
          }
          client.close();
        } else if (msg.t === 'error') {
          reject(new Error(msg.message));
          client.close();
        }
      },
      (c) => {
        if (c === 'offline') {
          reject(new Error('The room server is not answering. Start Debrief with "npm start" or "npx debrief serve".'));
          client.close();
        }
      },
      zodCheck,
    );
  });
}
