import type { Pack, Person } from '../content/schema';
import type { Policy } from './compile';
import type { CardFacts, Packet, VoteFacts } from './types';
import { consensusOf, evaluate } from './kernel';
import { ladderStep } from './ladder';
import { addToRead, calibratedOf, concernsOf, lowestRating, readOf, recommendationOfRead } from '../rules/votes';
import { lowestReliability } from './kinds/shared';

/** A committee to decide many packets for: its members, their floors, and reused vote and packet objects. */
export interface FastCommittee {
  policy: Policy;
  scoring: Pack['scoring'];
  members: ReadonlyArray<Person>;
  floors: ReadonlyArray<number | undefined>;
  votes: VoteFacts[];
  packet: Packet;
  /** The read of no card at all, and the totals a step adds its cards to. */
  empty: PrefixReads;
  running: Float64Array;
}

type FastCard = CardFacts & { interviewer: string };

/** The members' reads of a packet's first cards, kept so many packets that share them are decided without reading them again. */
export interface PrefixReads {
  length: number;
  /** Per member, the sum of overalls and the weight: [sum0, weight0, sum1, weight1, ...]. */
  totals: Float64Array;
  low: CardFacts | undefined;
}

/** Set up the numeric fast path once per scenario (or per what-if): nothing is allocated per decision after this. */
export function fastCommittee(policy: Policy, scoring: Pack['scoring'], members: ReadonlyArray<Person>): FastCommittee {
  const votes: VoteFacts[] = members.map((m) => ({
    member: m.id,
    name: m.name,
    role: m.role,
    recommendation: 'no',
    calibrated: 0,
    reason: '',
  }));
  return {
    policy,
    scoring,
    members,
    floors: members.map((m) => concernsOf(m, policy).reliabilityFloor),
    votes,
    packet: {
      cards: [],
      votes,
      consensus: 0,
      step: null,
      candidate: policy.candidate,
      cohort: policy.cohort,
      thresholds: policy.thresholds,
    },
    empty: { length: 0, totals: new Float64Array(2 * members.length), low: undefined },
    running: new Float64Array(2 * members.length),
  };
}

/** Read a packet's first cards once, into `into` (reused), for `fastStepAfter` to decide many packets that start with them. */
export function readPrefix(c: FastCommittee, cards: ReadonlyArray<FastCard>, into: PrefixReads): PrefixReads {
  into.totals.fill(0);
  for (let i = 0; i < c.members.length; i++) addToRead(c.members[i]!, cards, 0, cards.length, into.totals, 2 * i);
  into.low = lowestReliability(cards);
  into.length = cards.length;
  return into;
}

/**
 * The kernel's numeric path: the same votes, calibration, ladder and rules as `decide`, with no
 * vote objects, reasons or firings built. Returns the ladder step, or null for no hire.
 */
export function fastStep(c: FastCommittee, cards: ReadonlyArray<FastCard>): number | null {
  return fastStepAfter(c, c.empty, cards);
}

/** `fastStep` for a packet whose first `prefix.length` cards were read by `readPrefix`: only the rest are read here. */
export function fastStepAfter(c: FastCommittee, prefix: PrefixReads, cards: ReadonlyArray<FastCard>): number | null {
  const { members, votes, scoring, floors, packet, running } = c;
  const lowest = lowestRating(lowestReliability(cards, prefix.length, prefix.low));
  running.set(prefix.totals);
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    addToRead(m, cards, prefix.length, cards.length, running, 2 * i);
    const raw = readOf(running, 2 * i, scoring.baseline, m.leniency);
    const v = votes[i]!;
    v.recommendation = recommendationOfRead(raw, scoring.recommendation, floors[i], lowest);
    v.calibrated = calibratedOf(raw, m.leniency);
  }
  packet.cards = cards;
  packet.consensus = consensusOf(votes);
  packet.step = ladderStep(c.policy, packet.consensus);
  return evaluate(c.policy, packet);
}
