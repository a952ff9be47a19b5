import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../room/protocol';

/** A room code from a cryptographic source. */
export const newRoomCode = () =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** A secret for the facilitator or a participant's reconnection token. */
export const newSecret = () => randomBytes(24).toString('base64url');

export const newParticipantId = () => randomBytes(9).toString('base64url');

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Whether `secret` matches the stored hash, in constant time. */
export function secretMatches(secret: string, hash: string) {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
