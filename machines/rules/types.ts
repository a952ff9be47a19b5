import type { Decision, Recommendation } from '../content/schema';

/** One rule that fired in a debrief or an offer: its domain.md ID, who invoked it and why. */
export interface RuleFiring {
  rule: string;
  by: string;
  reason: string;
}

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
  /** The member's score on the 1-5 scale before calibration. */
  score: number;
  reason: string;
  byPerson: boolean;
  narrative?: string;
  level?: string;
}

/** A vote after calibration against the member's leniency history. */
export interface CalibratedVote extends Vote {
  leniency: number;
  calibrated: number;
}

export interface DebriefOutcome {
  decision: Exclude<Decision, 'hold'>;
  level: string | null;
  rulesFired: RuleFiring[];
  consensus: number;
  votes: CalibratedVote[];
}
