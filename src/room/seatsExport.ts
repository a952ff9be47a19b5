import type { RoomReport } from './protocol';
import { type CommitteeResult, committeesCsv, type ExportOptions, labeller } from './exerciseExport';

type Seats = NonNullable<RoomReport['seats']>;

/** A rule as an export names it: its id and the label the rule registry gives it. */
const ruleWords = (f: { rule: string; label: string }) => `${f.rule} (${f.label})`;

/** The report's committees in the shape the exercise's committee export writes. */
function committeeResults(seats: Seats): CommitteeResult[] {
  return seats.committees.map((c) => ({
    committee: `Committee ${c.committee + 1}`,
    seats: c.votes.map((v) => ({ ...v })),
    decision: c.decision,
    label: c.label,
    rules: c.rules.map(ruleWords),
  }));
}

/** Each person's sealed vote, revision and reason, with their committee's decision on every row. */
export const seatsCsv = (seats: Seats, opts: ExportOptions = {}) => committeesCsv(committeeResults(seats), opts);

/** The committees as JSON, with the real committee beside them and the same participant labels as the CSV. */
export function seatsJson(seats: Seats, opts: ExportOptions = {}): string {
  const who = labeller(opts);
  const committees = committeeResults(seats).map((c) => ({
    ...c,
    seats: c.seats.map(({ pid, name, ...s }) => ({ ...s, participant: who(pid, name) })),
  }));
  return JSON.stringify(
    { decided: seats.decided, committees, recorded: { ...seats.recorded, rules: seats.recorded.rules.map(ruleWords) } },
    null,
    2,
  );
}
