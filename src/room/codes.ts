// Plain constants of the room's wire format, with no zod: the phone's page imports these.

/** Bytes a client message may take; anything longer is refused before it is parsed. */
export const MAX_MESSAGE_BYTES = 2048;
export const MAX_NAME = 40;

/** Room codes: 8 letters and digits that cannot be misread (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** A code as people type it: upper case, no spaces or dashes. */
export const normalizeCode = (raw: string) => raw.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** A code as people read it: two groups of four. */
export const displayCode = (code: string) => (code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code);

// Characters people confuse on a projected or hand-written code: each group folds to one.
const LOOK_ALIKES: Record<string, string> = {
  '0': 'Q',
  O: 'Q',
  '1': 'J',
  I: 'J',
  L: 'J',
  '5': 'S',
  '2': 'Z',
  '8': 'B',
  V: 'U',
};

/**
 * A code with look-alike characters folded together: the server finds a room by this, so a
 * typed O for Q or 5 for S still joins, and it never opens two rooms with the same fold.
 */
export const foldCode = (raw: string) =>
  normalizeCode(raw)
    .split('')
    .map((c) => LOOK_ALIKES[c] ?? c)
    .join('');
