import { toCsv } from '../export/csv';
import type { RoomReport } from './protocol';

const LETTERS = 'ABCDEFGH';

/** The room as CSV: one row per answer of every step, with the room's votes and what happened. */
export function roomCsv(report: RoomReport): string {
  const rows: Array<Array<string | number>> = [];
  for (const s of report.steps) {
    for (const [i, o] of s.options.entries()) {
      const marks = [
        o.id === s.recorded ? (s.kind === 'prompt' ? 'what happened' : 'decided') : '',
        o.id === s.winner ? "room's answer" : '',
      ]
        .filter(Boolean)
        .join('; ');
      rows.push([s.position, s.id, s.text, s.kind === 'prompt' ? `${LETTERS[i]}: ${o.text}` : o.text, o.votes, marks]);
    }
  }
  return toCsv(['step', 'step_id', 'question', 'choice', 'room_votes', 'marks'], rows);
}
