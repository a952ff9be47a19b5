import { z } from 'zod';
import { name, recommendationSchema, slug } from '../content/common';
import type { Recommendation } from '../content/common';
import type { Packet, Reads } from './types';
import { readVote, recommendationRank } from './kinds/shared';
import { humanize, recommendationLabel } from '../format';

// Conditions on a rule (schema version 3): `when` the rule applies, `unless` it does not. Any
// kind takes them; the kernel checks them before it asks the kind, so no kind knows of them.

export const ruleId = z
  .string()
  .max(60, 'expected a rule id of at most 60 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'expected a rule id such as "V1" or "bar-raiser"');

const seat = {
  role: name.optional().describe('The seat by role ("bar-raiser"): every member with that role.'),
  member: slug.optional().describe('The seat by member id ("ida").'),
};
const oneSeat = (c: { role?: string; member?: string }) => (c.role === undefined) !== (c.member === undefined);
const SEAT = { message: 'expected a role or a member, not both' };

const voteCondition = z
  .strictObject({
    ...seat,
    is: z
      .union([recommendationSchema, z.array(recommendationSchema).min(1).max(4)])
      .optional()
      .describe('The vote is this recommendation (or one of these).'),
    atLeast: recommendationSchema.optional().describe('The vote is this recommendation or stronger.'),
    atMost: recommendationSchema.optional().describe('The vote is this recommendation or weaker.'),
    reads: z
      .enum(['raw', 'calibrated'])
      .default('raw')
      .describe("The vote as cast (`raw`) or the calibrated score read on the pack's thresholds (`calibrated`)."),
  })
  .refine(oneSeat, SEAT)
  .refine((c) => c.is !== undefined || c.atLeast !== undefined || c.atMost !== undefined, {
    message: 'expected is, atLeast or atMost',
  });

const scoreCondition = z
  .strictObject({
    dimension: slug.describe('The rubric dimension ("correctness").'),
    rounds: z
      .array(slug)
      .min(1)
      .max(20)
      .optional()
      .describe('Only these rounds count; every round that scores it when left out.'),
    atLeast: z.number().int().min(1).max(5).optional().describe('Its lowest score in those rounds is at least this.'),
    below: z.number().int().min(1).max(5).optional().describe('Its lowest score in those rounds is below this.'),
  })
  .refine((c) => c.atLeast !== undefined || c.below !== undefined, { message: 'expected atLeast or below' });

/** A condition on a rule: every part given must hold. */
export const conditionSchema = z
  .strictObject({
    fired: z
      .union([ruleId, z.array(ruleId).min(1).max(20)])
      .optional()
      .describe('These rules, checked before this one, fired on the packet.'),
    vote: voteCondition.optional().describe("A member's vote: every member in that seat votes so."),
    seat: z
      .strictObject(seat)
      .refine(oneSeat, SEAT)
      .optional()
      .describe('A member in this seat sits on the committee.'),
    score: scoreCondition.optional().describe("A dimension's lowest score across the rounds."),
  })
  .refine((c) => Object.keys(c).length > 0, { message: 'expected fired, vote, seat or score' });

export type Condition = z.infer<typeof conditionSchema>;

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

type SeatRef = { role?: string; member?: string };
const inSeat = (c: SeatRef, v: { role: string; member: string }) =>
  c.role !== undefined ? v.role === c.role : v.member === c.member;

const voteHolds = (c: NonNullable<Condition['vote']>, rec: Recommendation) =>
  (c.is === undefined || list(c.is).includes(rec)) &&
  (c.atLeast === undefined || recommendationRank(rec) >= recommendationRank(c.atLeast)) &&
  (c.atMost === undefined || recommendationRank(rec) <= recommendationRank(c.atMost));

/** The lowest score of a dimension across the rounds the condition names, or undefined where none scores it. */
function lowestScore(c: NonNullable<Condition['score']>, p: Packet): number | undefined {
  let low: number | undefined;
  for (const card of p.cards) {
    if (c.rounds && !c.rounds.includes(card.round)) continue;
    if (!Object.hasOwn(card.scores, c.dimension)) continue;
    const s = card.scores[c.dimension]!;
    if (low === undefined || s < low) low = s;
  }
  return low;
}

/** Whether a condition holds on a packet, given the ids of the rules that fired before it. Allocation-free. */
export function holds(c: Condition, p: Packet, fired: ReadonlyArray<string>): boolean {
  if (c.fired !== undefined) {
    if (typeof c.fired === 'string') {
      if (!fired.includes(c.fired)) return false;
    } else for (const id of c.fired) if (!fired.includes(id)) return false;
  }
  if (c.vote) {
    let seen = false;
    for (const v of p.votes) {
      if (!inSeat(c.vote, v)) continue;
      seen = true;
      if (!voteHolds(c.vote, readVote(v, p, c.vote.reads ?? 'raw'))) return false;
    }
    if (!seen) return false;
  }
  if (c.seat && !p.votes.some((v) => inSeat(c.seat!, v))) return false;
  if (c.score) {
    const low = lowestScore(c.score, p);
    if (low === undefined) return false;
    if (c.score.atLeast !== undefined && low < c.score.atLeast) return false;
    if (c.score.below !== undefined && low >= c.score.below) return false;
  }
  return true;
}

const seatName = (c: SeatRef) => (c.role !== undefined ? `the ${humanize(c.role)}` : c.member!);
const recs = (r: Recommendation | Recommendation[]) =>
  list(r)
    .map((x) => recommendationLabel(x).toLowerCase())
    .join(' or ');

/** A condition as a sentence's clause: "the bar-raiser votes strong yes and V1 fired". */
export function describeCondition(c: Condition): string {
  const parts: string[] = [];
  if (c.fired !== undefined) parts.push(`${list(c.fired).join(' and ')} fired`);
  if (c.vote) {
    const v = c.vote;
    const how = [
      v.is !== undefined ? recs(v.is) : '',
      v.atLeast !== undefined ? `${recs(v.atLeast)} or stronger` : '',
      v.atMost !== undefined ? `${recs(v.atMost)} or weaker` : '',
    ].filter(Boolean);
    parts.push(`${seatName(v)} votes ${how.join(', ')}${v.reads === 'calibrated' ? ' once calibrated' : ''}`);
  }
  if (c.seat) parts.push(`${seatName(c.seat)} sits on the committee`);
  if (c.score) {
    const s = c.score;
    const bound = [
      s.atLeast !== undefined ? `at least ${s.atLeast}` : '',
      s.below !== undefined ? `below ${s.below}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    parts.push(`${s.dimension} scores ${bound}${s.rounds ? ` in ${s.rounds.join(', ')}` : ''}`);
  }
  return parts.join(' and ');
}

/** What a condition reads of the packet, beside what the rules it names read. */
export function conditionReads(c: Condition): Reads[] {
  const out: Reads[] = [];
  if (c.vote) out.push('votes');
  if (c.seat) out.push('roles');
  if (c.score) out.push('dimension-scores');
  return out;
}

/** The rule ids a condition names, so a check can say when one is missing or comes later. */
export const conditionRules = (c: Condition): string[] => list(c.fired);

/** The roles and members a condition names, with the key that names them, for the committee check. */
export function conditionSeats(c: Condition): Array<{ key: string; role?: string; member?: string }> {
  const out: Array<{ key: string; role?: string; member?: string }> = [];
  if (c.vote) out.push({ key: 'vote', ...(c.vote.role ? { role: c.vote.role } : { member: c.vote.member }) });
  return out;
}
