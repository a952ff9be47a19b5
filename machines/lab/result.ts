import type { Decision } from '../content/schema';
import type { LabSetup, Question } from './setup';
import type { Share } from './stats';

/** A table as the lab prints it beside its chart and writes it to CSV: the same rows everywhere. */
export interface LabTable {
  title: string;
  fields: string[];
  rows: Array<Array<string | number>>;
}

/** What every question's result says about itself: what was run, on what, and how far to trust it. */
export interface LabResultBase {
  question: Question;
  title: string;
  scenario: { id: string; title: string } | null;
  path: string;
  setup: LabSetup;
  /** The decision the path reached in play, through the machines. */
  recorded: { decision: Decision | 'withdrawn'; label: string; consensus: number | null } | null;
  /** Set when some interval is wider than the lab asks (±2 points). */
  warning: string | null;
  /** The model's assumptions and the sources of its defaults, one line each. */
  notes: string[];
  tables: LabTable[];
}

/** A share as a table shows it: the percentage and its 95 % interval, in points. */
export const shareCells = (s: Share): [number, number, number] => [pc(s.share), pc(s.low), pc(s.high)];

/** A share in percent, to two decimals, so CSV and JSON carry the same figure the screen shows. */
const pc = (x: number) => Math.round(x * 10000) / 100;

/** A number to the given decimals, for tables. */
export const fixed = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
