/**
 * How the room plays: (a) it answers for the candidate and its majority drives the path, (b) it sits as the
 * committee, (c) it scores answers on the rubric, sealed, and sees its own agreement (the calibration exercise),
 * (d) each person takes a member's seat, in one committee or several deciding in parallel.
 */
export type RoomMode = 'path' | 'committee' | 'calibration' | 'seats';

/** One answer the room can vote for; notes and coaching are for the facilitator until the reveal. */
export interface RoomOption {
  id: string;
  text: string;
  note?: string;
  coach?: string;
}

/** What a decision step knows once the path behind it is complete. */
export interface RoomOutcome {
  decision: string;
  label: string;
  rules: Array<{ rule: string; by: string; reason: string }>;
  recordedDecision: string;
  recordedLabel: string;
}

/** The real committee, shown beside the room's spread when the room sits as the committee. */
interface CommitteeSide {
  votes: Array<{ name: string; role: string; recommendation: string; calibrated: number }>;
  consensus: number | null;
}

/** One screen of a room session: a question the room votes on, or something it only reads. */
export interface RoomStep {
  /** Unique within the room's history: the position and what is asked there. */
  id: string;
  kind: 'prompt' | 'decision' | 'packet' | 'recommend';
  heading: string;
  text: string;
  /** Empty when the step is read, not voted on. */
  options: RoomOption[];
  /** The answer the recorded candidate gave here (null when they never reached this prompt), or the recorded decision. */
  recorded: string | null;
  /** Lines to read (the packet's scorecards). */
  body?: string[];
  outcome?: RoomOutcome;
  committee?: CommitteeSide;
  /** Whether a vote here may also say "I would veto". */
  asksVeto?: boolean;
}

/** A participant's vote in one step; a changed vote replaces it. */
export interface RoomVote {
  choice: string;
  veto: boolean;
}
