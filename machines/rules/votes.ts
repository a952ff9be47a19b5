import type { Pack, Person } from '../content/schema';
import type { CalibratedVote, Scorecard, Vote } from './types';
import { recommendationFor, round2, clamp } from './scoring';
import { lowestReliability } from '../policy/kinds/shared';
import type { Policy } from '../policy/compile';

export { lowestReliability };

/** What a member holds against the candidate whatever the scores say (a veto holder's reliability floor). */
export interface MemberConcerns {
  reliabilityFloor?: number;
}

/** The reliability floor of every veto this member's role holds: the highest one counts. */
export function concernsOf(member: Pick<Person, 'role'>, policy: Pick<Policy, 'committeeRules'>): MemberConcerns {
  let floor: number | undefined;
  for (const r of policy.committeeRules) {
    const s = r.settings as { holder?: string; reliabilityFloor?: number };
    if (r.kind === 'role-veto' && s.holder === member.role && s.reliabilityFloor !== undefined)
      floor = Math.max(floor ?? 0, s.reliabilityFloor);
  }
  return floor === undefined ? {} : { reliabilityFloor: floor };
}

/**
 * A member's read of the packet, before it is held to the scale: the mean of every round's
 * overall, the rounds the member ran counted twice (they trust what they saw), plus their leniency.
 */
export function rawRead(
  member: Pick<Person, 'id' | 'leniency'>,
  scorecards: ReadonlyArray<Pick<Scorecard, 'interviewer' | 'overall'>>,
  baseline: number,
): number {
  scratch[0] = 0;
  scratch[1] = 0;
  addToRead(member, scorecards, 0, scorecards.length, scratch, 0);
  return readOf(member, scratch, 0, baseline);
}

const scratch = new Float64Array(2);

/**
 * Add cards[from, to) to a member's running read: the sum of overalls into totals[at], the weight
 * into totals[at + 1], the rounds the member ran counted twice. In card order, so a read built up
 * in parts (the branch check reads a packet's first rounds once for many last rounds) is the same
 * number, to the last bit, as one read of the whole packet.
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
    const w = card.interviewer === member.id ? 2 : 1;
    sum += card.overall * w;
    weight += w;
  }
  totals[at] = sum;
  totals[at + 1] = weight;
}

/** The read from running totals: their mean (the pack's baseline for an empty packet), plus the member's leniency. */
export const readOf = (member: Pick<Person, 'leniency'>, totals: Float64Array, at: number, baseline: number) =>
  (totals[at + 1] ? totals[at]! / totals[at + 1]! : baseline) + member.leniency;

/** Whether the packet's lowest reliability rating falls below the member's floor. */
const belowFloor = (lowest: { reliability: number | null } | undefined, floor: number | undefined) =>
  floor !== undefined && !!lowest && lowest.reliability! < floor;

/** A member's recommendation from their read: no under their reliability floor, else the pack's thresholds. */
export function recommendationOfRead(
  raw: number,
  scoring: Pack['scoring'],
  floor: number | undefined,
  lowest: { reliability: number | null } | undefined,
) {
  return belowFloor(lowest, floor)
    ? ('no' as const)
    : recommendationFor(round2(clamp(raw, 1, 5)), scoring.recommendation);
}

/** A member's vote read off the packet, with the reason they give for it. */
export function deriveVote(
  member: Person,
  scorecards: ReadonlyArray<Scorecard>,
  scoring: Pack['scoring'],
  concerns: MemberConcerns = {},
): Vote {
  const raw = rawRead(member, scorecards, scoring.baseline);
  const score = round2(clamp(raw, 1, 5));
  const low = lowestReliability(scorecards) as Scorecard | undefined;
  const recommendation = recommendationOfRead(raw, scoring, concerns.reliabilityFloor, low);
  let reason: string;
  if (low && belowFloor(low, concerns.reliabilityFloor)) {
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
    calibrated: round2(clamp(vote.raw - leniency, 1, 5)),
  };
  if (vote.narrative !== undefined) calibrated.narrative = vote.narrative;
  return calibrated;
}

export { consensusOf as consensusScore } from '../policy/kernel';
