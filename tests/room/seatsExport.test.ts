import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { seatsCsv, seatsJson } from '../../src/room/seatsExport';
import type { RoomReport } from '../../src/room/protocol';

const veto = { rule: 'V1', label: "The hiring manager's veto" };
const SEATS: NonNullable<RoomReport['seats']> = {
  decided: true,
  recorded: { decision: 'no_hire', label: 'No hire', rules: [veto] },
  committees: [
    {
      committee: 0,
      decision: 'no_hire',
      label: 'No hire',
      consensus: 3.78,
      rules: [veto],
      votes: [
        { pid: 'p-a', name: 'Ann Lee', seat: 'Inès Carvalho', vote: 'no', revised: 'no', reason: 'holds' },
        { pid: 'p-b', name: '=cmd()', seat: 'Tobias Lindqvist', vote: 'strong_yes', revised: 'yes', reason: 'latency' },
      ],
    },
    {
      committee: 1,
      decision: 'hire',
      label: 'Hire',
      consensus: 4.4,
      rules: [],
      votes: [{ pid: 'p-c', name: 'Cy', seat: 'Inès Carvalho', vote: 'yes', revised: 'yes', reason: '' }],
    },
  ],
};
const rows = (csv: string) => Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;

describe("the committees' export", () => {
  it('one row a person: committee, seat, sealed vote, revision, reason, and the decision with the rules by name; anonymous by default', () => {
    const out = rows(seatsCsv(SEATS));
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual({
      committee: 'Committee 1',
      seat: 'Tobias Lindqvist',
      participant: 'P2',
      vote: 'strong_yes',
      revised: 'yes',
      reason: 'latency',
      decision: 'No hire',
      rules_fired: "V1 (The hiring manager's veto)",
    });
    expect(out[2]!.decision).toBe('Hire');
    expect(seatsCsv(SEATS)).not.toContain('Ann');
  });

  it('names only when the facilitator asks, and a name that looks like a formula never runs', () => {
    const csv = seatsCsv(SEATS, { names: true });
    expect(rows(csv)[0]!.participant).toBe('Ann Lee');
    expect(csv).not.toMatch(/^=cmd/m);
    expect(csv).not.toMatch(/,=cmd/);
  });

  it('the JSON carries every committee beside the real one, with the same labels', () => {
    const json = JSON.parse(seatsJson(SEATS));
    expect(json.decided).toBe(true);
    expect(json.committees.map((c: { label: string }) => c.label)).toEqual(['No hire', 'Hire']);
    expect(json.committees[0].seats[1]).toMatchObject({ participant: 'P2', revised: 'yes' });
    expect(json.recorded.rules).toEqual(["V1 (The hiring manager's veto)"]);
    expect(JSON.stringify(json)).not.toContain('p-a');
  });
});
