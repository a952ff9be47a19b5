import type { Decision, Recommendation } from '../content/schema';
import type { RuleFiring } from '../policy/kernel';

export type { RuleFiring };

/** What an interviewer files after a round. */
export interface Scorecard {
  round: string;
  roundTitle: string;
  interviewer: string;
  interviewerName: string;
  scores: Record<string, number>;
  overall: number;
  recommendation: Recommendation;
  /** R1 Commitment-Reliability, 1-10, or null where the loop does not use it. */
  reliability: number | null;
  notes: string[];
  /** Per answer (aligned with notes and choices), the sum of its score changes. */
  impacts: number[];
  /** R2: the written narrative for each dimension scored below the bar. */
  narratives: Record<string, string>;
  flags: string[];
  /** Option ids the candidate chose in this round, in order. */
  choices: string[];
}

/** A committee member's vote, derived from the packet or cast by a person. */
export interface Vote {
  member: string;
  name: string;
  role: string;
  recommendation: Recommendation;
  /** The member's score on the 1-5 scale before calibration, held to the scale. */
  score: number;
  /** The same read before it was held to the scale: calibration starts from here. */
  raw: number;
  reason: string;
  byPerson: boolean;
  narrative?: string;
}

/** A vote after calibration against the member's leniency history. */
export interface CalibratedVote extends Vote {
  leniency: number;
  calibrated: number;
}

export interface DebriefOutcome {
  decision: Exclude<Decision, 'hold'>;
  /** The ladder step: +1 up, 0 at level, -1 and -2 down, null no hire. */
  step: number | null;
  level: string | null;
  rulesFired: RuleFiring[];
  /** The calibrated consensus, or null where no committee sat (a loop ended early by a failed round). */
  consensus: number | null;
  votes: CalibratedVote[];
}
