import type { Decision } from '../content/schema';
import type { CalibratedVote, RuleFiring, Scorecard } from '../rules/types';
import type { Lever } from '../content/schema';
import type { NegotiationEntry } from '../offerMachine';

/** One answered prompt, for the transcript a coach reads. */
export interface TranscriptEntry {
  round: string;
  interviewer: string;
  prompt: string;
  promptText: string;
  probe: boolean;
  option: string;
  answer: string;
  note: string;
  coach?: string;
}

/** The outcome of one headless play, in the shape `debrief play --json` prints. */
export interface PlayReport {
  scenario: string;
  path: string;
  decision: Decision | 'withdrawn';
  /** The decision as this scenario's setting names it ("Hire", or "Exceeds expectations" in a review). */
  decisionLabel: string;
  level: string | null;
  rulesFired: RuleFiring[];
  scorecards: Array<
    Pick<Scorecard, 'round' | 'interviewer' | 'scores' | 'recommendation' | 'reliability'> & { overall: number }
  >;
  offer: {
    level: string;
    base: number;
    bonus: number;
    equity: number;
    extras: Array<Pick<Lever, 'kind' | 'label' | 'amount' | 'per' | 'condition'>>;
    accepted: boolean;
    /** How the negotiation ended (an offer deadline can lapse it). */
    outcome: 'accepted' | 'declined' | 'expired';
    /** The pack's currency, which every amount is in. */
    currency: string;
  } | null;
  days: number;
  consensus: number | null;
  votes: Array<Pick<CalibratedVote, 'member' | 'name' | 'role' | 'recommendation' | 'score' | 'calibrated' | 'reason'>>;
  negotiation: NegotiationEntry[];
  transcript: TranscriptEntry[];
  /** Full scorecards with notes and narratives, for the text report. */
  packet: Scorecard[];
  discussion: string[];
}
