import type { Pack, Person } from '../content/schema';
import type { CalibratedVote, Scorecard, Vote } from './types';
import type { MemberConcerns } from '../policy/types';
import { recommendationFor, round2, clamp } from './scoring';
import { lowestReliability } from '../policy/kinds/shared';
import type { Policy } from '../policy/compile';

// The one vote derivation: the machines (deriveVote, calibrate), the kernel's numeric path (fast.ts),
// the branch check (through it) and the lab (lab/committee.ts) all read a packet with these functions,
// so a change to how a member reads the packet is made here once.

export type { MemberConcerns };

/** What a member holds against the candidate before any vote: every rule's concerns for their role, the highest floor counting. */
export function concernsOf(member: Pick<Person, 'role'>, policy: Pick<Policy, 'committeeRules'>): MemberConcerns {
  let floor: number | undefined;
  for (const r of policy.committeeRules) {
    const f = r.impl.concerns?.(r.settings, member.role)?.reliabilityFloor;
    if (f !== undefined) floor = Math.max(floor ?? f, f);
  }
  return floor === undefined ? {} : { reliabilityFloor: floor };
}

/**
 * A member's read of the packet, before it is held to the scale: the mean of every round's
 * overall, the rounds the member ran counted twice (they trust what they saw), plus their leniency.
 */
function rawRead(
  member: Pick<Person, 'id' | 'leniency'>,
  scorecards: ReadonlyArray<Pick<Scorecard, 'interviewer' | 'overall'>>,
  baseline: number,
): number {
  scratch[0] = 0;
  scratch[1] = 0;
  addToRead(member, scorecards, 0, scorecards.length, scratch, 0);
  return readOf(scratch, 0, baseline, member.leniency);
}

const scratch = new Float64Array(2);

/** How much a member trusts a card: twice for a round they ran themselves. */
const readWeight = (member: Pick<Person, 'id'>, card: { interviewer: string }) =>
  card.interviewer === member.id ? 2 : 1;

/**
 * Add cards[from, to) to a member's running read: the sum of overalls, in whole hundredths, into
 * totals[at], the weight into totals[at + 1], the rounds the member ran counted twice. Overalls
 * are filed to two decimals, so the sums are exact integers: a read built up in parts or in any
 * order (the branch check merges packets whose sums agree) is the same number, to the last bit,
 * as one read of the whole packet.
 */
export function addToRead(
  member: Pick<Person, 'id'>,
  cards: ReadonlyArray<Pick<Scorecard, 'interviewer' | 'overall'>>,
  from: number,
  to: number,
  totals: Float64Array,
  at: number,
): void {
  let sum = totals[at]!;
  let weight = totals[at + 1]!;
  for (let i = from; i < to; i++) {
    const card = cards[i]!;
    const w = readWeight(member, card);
    sum += Math.round(card.overall * 100) * w;
    weight += w;
  }
  totals[at] = sum;
  totals[at + 1] = weight;
}

/** The read from running totals: their mean (the pack's baseline for an empty packet), plus the member's leniency. */
export const readOf = (totals: ArrayLike<number>, at: number, baseline: number, leniency: number) =>
  (totals[at + 1] ? totals[at]! / (100 * totals[at + 1]!) : baseline) + leniency;

/** A read held to the 1-5 scale: the score a vote shows. */
export const scoreOfRead = (raw: number) => round2(clamp(raw, 1, 5));

/** Calibration's arithmetic: the member's known leniency taken off the read, then held to the scale once. */
export const calibratedOf = (raw: number, leniency: number) => round2(clamp(raw - leniency, 1, 5));

/** Whether the packet's lowest reliability rating (Infinity when none) falls below the member's floor. */
const belowFloor = (lowest: number, floor: number | undefined) => floor !== undefined && lowest < floor;

/** The lowest reliability rating of a packet as a number: Infinity when the loop rates none. */
export const lowestRating = (low: { reliability: number | null } | undefined) =>
  low?.reliability ?? Number.POSITIVE_INFINITY;

/** A member's recommendation from their read: no under their reliability floor, else the pack's thresholds. */
export function recommendationOfRead(
  raw: number,
  thresholds: Pack['scoring']['recommendation'],
  floor: number | undefined,
  lowest: number,
) {
  return belowFloor(lowest, floor) ? ('no' as const) : recommendationFor(scoreOfRead(raw), thresholds);
}

/** A member's vote read off the packet, with the reason they give for it. */
export function deriveVote(
  member: Person,
  scorecards: ReadonlyArray<Scorecard>,
  scoring: Pack['scoring'],
  concerns: MemberConcerns = {},
): Vote {
  const raw = rawRead(member, scorecards, scoring.baseline);
  const score = scoreOfRead(raw);
  const low = lowestReliability(scorecards) as Scorecard | undefined;
  const recommendation = recommendationOfRead(
    raw,
    scoring.recommendation,
    concerns.reliabilityFloor,
    lowestRating(low),
  );
  let reason: string;
  if (low && belowFloor(lowestRating(low), concerns.reliabilityFloor)) {
    reason = `will not hire on a reliability rating of ${low.reliability}/10 in the ${low.roundTitle}, below their floor of ${concerns.reliabilityFloor}`;
  } else {
    // Said as a member would say it, not as the arithmetic runs (their own rounds do count double).
    const own = scorecards.filter((c) => c.interviewer === member.id);
    const reads = `the packet reads ${score} of 5 to them`;
    reason = own.length
      ? `puts most weight on the ${own.map((c) => `${c.roundTitle} they ran (${c.overall} of 5)`).join(' and the ')}; ${reads}`
      : `ran no round of their own; ${reads}`;
  }
  // One literal, not a spread of a base object: a spread that adds keys costs Node 20 about 2 µs.
  return {
    member: member.id,
    name: member.name,
    role: member.role,
    recommendation,
    score,
    raw,
    reason,
    byPerson: false,
  };
}

/**
 * Calibration: take each member's leniency history off their read before the committee sums up.
 * It starts from the read before it was held to the 1-5 scale, and is held to the scale once, at the end.
 */
export function calibrate(vote: Vote, leniency: number): CalibratedVote {
  // Written out rather than `{ ...vote, leniency, calibrated }`: that spread costs Node 20 about
  // 2 µs a vote, where this costs 0.05 (tests/machines/votes.test.ts holds every field carried).
  const calibrated: CalibratedVote = {
    member: vote.member,
    name: vote.name,
    role: vote.role,
    recommendation: vote.recommendation,
    score: vote.score,
    raw: vote.raw,
    reason: vote.reason,
    byPerson: vote.byPerson,
    leniency,
    calibrated: calibratedOf(vote.raw, leniency),
  };
  if (vote.narrative !== undefined) calibrated.narrative = vote.narrative;
  return calibrated;
}

export { consensusOf as consensusScore } from '../policy/kernel';
