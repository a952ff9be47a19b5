import { toCsv } from '../export/csv';
import type { RoomReport } from './protocol';

const LETTERS = 'ABCDEFGH';

/**
 * The room as CSV: one row per answer of every step, with the room's votes and what happened; steps
 * an earlier changed answer replaced are marked superseded, a facilitator's tie-break is marked, and
 * each removed participant gets a row saying how many of their votes left the tallies.
 */
export function roomCsv(report: RoomReport): string {
  const rows: Array<Array<string | number>> = [];
  for (const s of report.steps) {
    for (const [i, o] of s.options.entries()) {
      const marks = [
        o.id === s.recorded ? (s.kind === 'prompt' ? 'what happened' : 'decided') : '',
        o.id === s.winner ? "room's answer" : '',
        o.id === s.tiebreak ? "facilitator's tie-break" : '',
        s.superseded ? 'superseded (an earlier answer changed)' : '',
      ]
        .filter(Boolean)
        .join('; ');
      rows.push([s.position, s.id, s.text, s.kind === 'prompt' ? `${LETTERS[i]}: ${o.text}` : o.text, o.votes, marks]);
    }
  }
  for (const r of report.removed)
    rows.push(['', '', `Removed by the facilitator: ${r.name}`, '', r.votes, 'their votes left every tally']);
  return toCsv(['step', 'step_id', 'question', 'choice', 'room_votes', 'marks'], rows);
}
