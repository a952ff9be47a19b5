import type { z } from 'zod';
import type { Recommendation } from '../content/common';

/** What the kernel reads of one filed scorecard. */
export interface CardFacts {
  round: string;
  roundTitle: string;
  interviewerName: string;
  overall: number;
  recommendation: Recommendation;
  reliability: number | null;
  flags: ReadonlyArray<string>;
  scores: Readonly<Record<string, number>>;
  notes: ReadonlyArray<string>;
  /** Per answer, the sum of its score changes: the most negative one is the answer that cost most. */
  impacts?: ReadonlyArray<number>;
}

/** What the kernel reads of one calibrated vote. */
export interface VoteFacts {
  member: string;
  name: string;
  role: string;
  recommendation: Recommendation;
  calibrated: number;
  reason: string;
}

/** Everything a committee rule may read: the packet, the votes and where the scores alone put the candidate. */
export interface Packet {
  cards: ReadonlyArray<CardFacts>;
  votes: ReadonlyArray<VoteFacts>;
  consensus: number;
  /** The ladder step the calibrated consensus reaches before any rule (0 = at level), or null for no hire. */
  step: number | null;
  candidate: string;
  cohort: ReadonlyArray<{ name: string; score: number }>;
  /** The pack's recommendation thresholds: what a calibrated score reads as, for rules that read calibrated votes. */
  thresholds: Readonly<Record<'strong_yes' | 'yes' | 'no', number>>;
}

/** What a committee rule does when it fires: block the offer, or cap the ladder step (0 at level, -1 one down). */
export type Effect = { readonly type: 'block' } | { readonly type: 'cap'; readonly step: number };

export const BLOCK: Effect = Object.freeze({ type: 'block' });

/** The sentence a firing shows: who invoked the rule and why. Built only when something shows it. */
export interface Explanation {
  by: string;
  reason: string;
}

/** The packet fields a rule kind reads, shown to authors and used to explain what a rule depends on. */
export type Reads =
  | 'votes'
  | 'roles'
  | 'round-recommendation'
  | 'flags'
  | 'dimension-scores'
  | 'reliability'
  | 'consensus'
  | 'cohort'
  | 'offer';

/** One kind of rule: its settings' schema and what it does with a packet. */
export interface RuleKind<S = unknown> {
  kind: string;
  /** What an instance of this kind is called when its author gives no label (and in v1 migration). */
  defaultLabel: string;
  /** One line for the authoring guide and the rule legend. */
  summary: string;
  /**
   * `committee` kinds decide; `offer` kinds shape the offer; `rank` runs last, only when the offer
   * stands; `loop` kinds are checked after each round on the cards filed so far, and a block ends
   * the loop there, with no debrief.
   */
  phase: 'committee' | 'rank' | 'offer' | 'loop';
  /** The content format version that introduced the kind: an older file that uses it is told to declare this one. */
  since?: number;
  reads: ReadonlyArray<Reads>;
  settings: z.ZodType<S>;
  /** Committee and rank kinds: the effect on this packet, or null. Pure, allocation-free on the hot path. */
  evaluate?: (settings: S, packet: Packet) => Effect | null;
  explain?: (settings: S, packet: Packet) => Explanation;
  /** Roles the settings name that must sit on the committee, with the settings key that names them. */
  roles?: (settings: S) => Array<{ key: string; role: string }>;
}
