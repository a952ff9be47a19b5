import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { toCsv } from '../../src/export/csv';
import { roomCsv } from '../../src/room/export';

describe('CSV export', () => {
  it('neutralises a cell that a spreadsheet would run as a formula, and keeps commas and quotes intact', () => {
    const csv = toCsv(
      ['name', 'answer'],
      [
        ['=HYPERLINK("http://evil")', '+1'],
        ['-2', '@SUM(A1)'],
        ['Ann, "the PM"', 'ok'],
      ],
    );
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[1]).toEqual([`'=HYPERLINK("http://evil")`, "'+1"]);
    expect(rows[2]).toEqual(["'-2", "'@SUM(A1)"]);
    expect(rows[3]).toEqual(['Ann, "the PM"', 'ok']);
  });

  it('writes one row per answer of every step the room played, with its votes and what happened', () => {
    const csv = roomCsv({
      code: 'ABCD2345',
      scenario: 's',
      title: 'T',
      mode: 'path',
      participants: 3,
      removed: [],
      steps: [
        {
          position: 1,
          id: '1-p',
          kind: 'prompt',
          heading: 'h',
          text: '=cmd|calc',
          revealed: true,
          superseded: false,
          tiebreak: null,
          recorded: 'a',
          winner: 'b',
          vetoes: 0,
          options: [
            { id: 'a', text: 'First', votes: 1 },
            { id: 'b', text: 'Second', votes: 2 },
          ],
        },
      ],
    });
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual(['step', 'step_id', 'question', 'choice', 'room_votes', 'marks']);
    expect(rows[1]).toEqual(['1', '1-p', "'=cmd|calc", 'A: First', '1', 'what happened']);
    expect(rows[2]).toEqual(['1', '1-p', "'=cmd|calc", 'B: Second', '2', "room's answer"]);
  });

  it('marks superseded steps, tie-breaks and removed participants', () => {
    const step = {
      position: 1,
      id: '1-p',
      kind: 'prompt',
      heading: 'h',
      text: 'Q',
      revealed: true,
      recorded: null,
      vetoes: 0,
      options: [
        { id: 'a', text: 'First', votes: 1 },
        { id: 'b', text: 'Second', votes: 1 },
      ],
    };
    const csv = roomCsv({
      code: 'ABCD2345',
      scenario: 's',
      title: 'T',
      mode: 'path',
      participants: 2,
      removed: [{ name: 'Spam', votes: 3 }],
      steps: [
        { ...step, superseded: true, winner: 'a', tiebreak: 'a' },
        { ...step, id: '1-p~2', superseded: false, winner: 'b', tiebreak: 'b' },
      ],
    });
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[1]![5]).toBe("room's answer; facilitator's tie-break; superseded (an earlier answer changed)");
    expect(rows[3]![5]).toBe('');
    expect(rows[4]![5]).toBe("room's answer; facilitator's tie-break");
    expect(rows[5]).toEqual(['', '', 'Removed by the facilitator: Spam', '', '3', 'their votes left every tally']);
  });
});
