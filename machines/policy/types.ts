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

/**
 * One test of a single scorecard (a round failed, a dimension under its floor, a flag raised). A
 * rule that declares it reads only whether some card of the packet met it, so the branch check
 * keeps one bit per test across rounds, never the cards themselves.
 */
export interface CardTest {
  /** The rounds it looks at; every round when left out. */
  rounds?: ReadonlyArray<string>;
  /** The rubric dimension whose score it reads, if any. */
  dimension?: string;
  /** The flags it looks for, if any. */
  flags?: ReadonlyArray<string>;
  meets: (card: CardFacts) => boolean;
}

/**
 * What one rule reads of a packet, declared by its kind from its settings. The branch check keys
 * its states by these declarations (never by a kind's name), the lab files per-dimension scores
 * only when a test reads one, and a new kind needs nothing outside its own file and the registry.
 */
export interface RuleReads {
  /** The members' votes (their recommendations, calibrated scores and roles): every member's read of every card. */
  votes?: boolean;
  /** The calibrated consensus and the ladder step it reaches. */
  consensus?: boolean;
  /** The other candidates the consensus is ranked against. */
  cohort?: boolean;
  /** Facts of single cards, each read as "did any card of the packet meet it". */
  cards?: ReadonlyArray<CardTest>;
  /** The offer being negotiated (offer rules). */
  offer?: boolean;
}

/** What a member holds against the candidate whatever the scores say: a reliability floor under which they vote no. */
export interface MemberConcerns {
  reliabilityFloor?: number;
}

/** A setting that names something of the pack (a role, a round, a dimension), with the settings key that names it. */
interface Named {
  key: string;
  id: string;
}

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
   * the loop there, with no debrief (they also block the offer in the kernel, as a committee rule).
   */
  phase: 'committee' | 'rank' | 'offer' | 'loop';
  /** The content format version that introduced the kind: an older file that uses it is told to declare this one. */
  since?: number;
  /** What an instance reads of a packet, from its settings. */
  reads: (settings: S) => RuleReads;
  settings: z.ZodType<S>;
  /** Committee and rank kinds: the effect on this packet, or null. Pure, allocation-free on the hot path. */
  evaluate?: (settings: S, packet: Packet) => Effect | null;
  explain?: (settings: S, packet: Packet) => Explanation;
  /** Roles the settings name that must sit on the committee, with the settings key that names them. */
  roles?: (settings: S) => Array<{ key: string; role: string }>;
  /** Rounds and rubric dimensions the settings name, which must be the pack's. */
  rounds?: (settings: S) => Named[];
  dimensions?: (settings: S) => Named[];
  /** What a member of this role holds against the candidate before any vote is cast (a veto holder's floor). */
  concerns?: (settings: S, role: string) => MemberConcerns | undefined;
}
