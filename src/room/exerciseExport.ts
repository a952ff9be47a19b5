import { toCsv } from '../export/csv';
import type { IccTable } from '../../machines/stats/icc';

/** One score a participant gave: an answer's rubric dimension, in one pass of the exercise. */
export interface ExerciseRating {
  pid: string;
  name: string;
  pass: number;
  answer: string;
  dimension: string;
  score: number;
  /** The participant's recommendation on the answer, repeated on each of its dimensions' rows. */
  recommendation: string;
}

/** One seat's votes in a committee: the sealed vote, then the revision with its reason. */
interface SeatVotes {
  seat: string;
  pid: string;
  name: string;
  vote: string | null;
  revised: string | null;
  reason: string;
}

/** A committee of the room and what the kernel decided on its votes. */
export interface CommitteeResult {
  committee: string;
  seats: SeatVotes[];
  decision: string | null;
  label: string | null;
  rules: string[];
}

export interface ExportOptions {
  /** Names only when the facilitator chooses; otherwise P1, P2, … in the order people first appear. */
  names?: boolean;
}

/** Who a participant is in an export: their name when asked for, else a stable anonymous label. */
export function labeller(opts: ExportOptions) {
  const seen = new Map<string, string>();
  return (pid: string, name: string) => {
    if (!seen.has(pid)) seen.set(pid, `P${seen.size + 1}`);
    return opts.names ? name || seen.get(pid)! : seen.get(pid)!;
  };
}

/** Every rating as a row: participant, pass, answer, dimension, score, recommendation. */
export function ratingsCsv(ratings: readonly ExerciseRating[], opts: ExportOptions = {}): string {
  const who = labeller(opts);
  return toCsv(
    ['participant', 'pass', 'answer', 'dimension', 'score', 'recommendation'],
    ratings.map((r) => [who(r.pid, r.name), r.pass, r.answer, r.dimension, r.score, r.recommendation]),
  );
}

/** The ICC table of each pass: one row an ICC, with its interval and F test. */
export function iccCsv(passes: ReadonlyArray<{ pass: number; table: IccTable }>): string {
  const rows = passes.flatMap(({ pass, table }) =>
    (['icc1', 'icc2', 'icc3'] as const).map((key, i) => {
      const icc = table[key];
      return [
        pass,
        `ICC(${i + 1},1)`,
        icc.value,
        icc.low,
        icc.high,
        icc.f,
        icc.df1,
        icc.df2,
        table.targets,
        table.raters,
      ];
    }),
  );
  return toCsv(['pass', 'icc', 'value', 'low', 'high', 'f', 'df1', 'df2', 'targets', 'raters'], rows);
}

/** Each committee's seats with their sealed and revised votes, and the committee's decision on every row. */
export function committeesCsv(committees: readonly CommitteeResult[], opts: ExportOptions = {}): string {
  const who = labeller(opts);
  return toCsv(
    ['committee', 'seat', 'participant', 'vote', 'revised', 'reason', 'decision', 'rules_fired'],
    committees.flatMap((c) =>
      c.seats.map((s) => [
        c.committee,
        s.seat,
        who(s.pid, s.name),
        s.vote ?? '',
        s.revised ?? '',
        s.reason,
        c.label ?? '',
        c.rules.join('; '),
      ]),
    ),
  );
}

/** The whole exercise as JSON, with the same participant labels as the CSVs. */
export function exerciseJson(
  exercise: {
    ratings: readonly ExerciseRating[];
    passes: ReadonlyArray<{ pass: number; table: IccTable }>;
    committees: readonly CommitteeResult[];
  },
  opts: ExportOptions = {},
): string {
  const who = labeller(opts);
  const ratings = exercise.ratings.map(({ pid, name, ...r }) => ({ participant: who(pid, name), ...r }));
  const committees = exercise.committees.map((c) => ({
    ...c,
    seats: c.seats.map(({ pid, name, ...s }) => ({ ...s, participant: who(pid, name) })),
  }));
  return JSON.stringify({ ratings, icc: exercise.passes, committees }, null, 2);
}
