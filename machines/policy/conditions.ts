import { z } from 'zod';
import { name, recommendationSchema, slug } from '../content/common';
import type { Recommendation } from '../content/common';
import type { CardFacts, CardTest, Packet, RuleKind, RuleReads } from './types';
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
  .refine((c) => Object.keys(c).length > 0, { message: 'expected fired, vote, seat or score' })
  // One definition in the JSON Schema, referred to by every rule kind, not a copy in each.
  .meta({ id: 'condition' });

// As written: a default left out (a vote read raw) is read as its default where it is used.
export type Condition = z.input<typeof conditionSchema>;

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

const inRounds = (c: NonNullable<Condition['score']>, card: CardFacts) =>
  (!c.rounds || c.rounds.includes(card.round)) && Object.hasOwn(card.scores, c.dimension);

/**
 * What a condition reads of the packet, declared as a kind declares it: votes for a vote or a
 * seat, and for a score the card tests its lowest score comes down to (scored at all, under each bound).
 */
function conditionReads(c: Condition): RuleReads {
  const out: { votes?: boolean; cards?: CardTest[] } = {};
  if (c.vote || c.seat) out.votes = true;
  if (c.score) {
    const sc = c.score;
    const tests: CardTest[] = [{ rounds: sc.rounds, dimension: sc.dimension, meets: (card) => inRounds(sc, card) }];
    for (const bound of [sc.atLeast, sc.below])
      if (bound !== undefined)
        tests.push({
          rounds: sc.rounds,
          dimension: sc.dimension,
          meets: (card) => inRounds(sc, card) && card.scores[sc.dimension]! < bound,
        });
    out.cards = tests;
  }
  return out;
}

/** Two declarations as one: what either reads. */
const joinReads = (a: RuleReads, b: RuleReads): RuleReads => ({
  votes: a.votes || b.votes,
  consensus: a.consensus || b.consensus,
  cohort: a.cohort || b.cohort,
  offer: a.offer || b.offer,
  cards: [...(a.cards ?? []), ...(b.cards ?? [])],
});

/**
 * A kind as an instance with conditions uses it: its declarations joined with what the conditions
 * read and name, so the branch check, the lab and the pack checks count them with no special case.
 * A rule with no condition keeps its kind as it is.
 */
// biome-ignore lint/suspicious/noExplicitAny: any kind's settings
export function withConditions(kind: RuleKind<any>, when?: Condition, unless?: Condition): RuleKind<any> {
  const conds = [when, unless].filter((c): c is Condition => c !== undefined);
  if (!conds.length) return kind;
  const named = (pick: (c: Condition) => Array<{ key: string; id: string }>) =>
    conds.flatMap((c) => pick(c).map((n) => ({ key: `${c === when ? 'when' : 'unless'}.${n.key}`, id: n.id })));
  return {
    ...kind,
    reads: (s) => conds.reduce((r, c) => joinReads(r, conditionReads(c)), kind.reads(s)),
    roles: (s) => [
      ...(kind.roles?.(s) ?? []),
      ...named((c) => [...(c.vote?.role ? [{ key: 'vote.role', id: c.vote.role }] : [])]).map((n) => ({
        key: n.key,
        role: n.id,
      })),
    ],
    rounds: (s) => [
      ...(kind.rounds?.(s) ?? []),
      ...named((c) => (c.score?.rounds ?? []).map((id, j) => ({ key: `score.rounds[${j}]`, id }))),
    ],
    dimensions: (s) => [
      ...(kind.dimensions?.(s) ?? []),
      ...named((c) => (c.score ? [{ key: 'score.dimension', id: c.score.dimension }] : [])),
    ],
  };
}

interface Conditioned {
  id: string;
  label: string;
  enabled: boolean;
  settings: { when?: Condition; unless?: Condition };
  impl: Pick<RuleKind, 'phase'>;
  origin: { in: 'pack' | 'scenario'; index: number };
}

/**
 * What a rule's conditions must get right against the scenario: a rule they name is one checked
 * before it (a later or switched-off rule has not fired yet, so the condition could never hold as
 * written), a member they name sits on the committee, and offer rules take no condition.
 */
export function conditionProblems<R extends Conditioned>(
  rules: ReadonlyArray<R>,
  committee: ReadonlyArray<{ id: string }>,
): Array<{ rule: R; key: string; message: string }> {
  const out: Array<{ rule: R; key: string; message: string }> = [];
  const order = (r: Conditioned) => (r.impl.phase === 'rank' ? 1 : 0);
  const on = rules.filter((r) => r.enabled && r.impl.phase !== 'offer');
  const members = committee.map((m) => m.id);
  for (const rule of rules) {
    if (!rule.enabled) continue;
    for (const key of ['when', 'unless'] as const) {
      const c = rule.settings[key];
      if (!c) continue;
      if (rule.impl.phase === 'offer') {
        out.push({
          rule,
          key,
          message: `expected no condition on an offer rule (${rule.id}, ${rule.label}): conditions apply to committee, loop and ranking rules`,
        });
        continue;
      }
      // Ranking runs only when no committee rule fired, so a ranking rule's `fired` can name only ranking rules.
      const before = on.filter((r) => order(r) === order(rule) && on.indexOf(r) < on.indexOf(rule));
      list(c.fired).forEach((id, j) => {
        if (!before.some((r) => r.id === id))
          out.push({
            rule,
            key: typeof c.fired === 'string' ? `${key}.fired` : `${key}.fired[${j}]`,
            message: `expected a rule checked before ${rule.id} (${before.map((r) => r.id).join(', ') || 'none'}), found "${id}"`,
          });
      });
      for (const [part, seat] of [
        ['vote', c.vote],
        ['seat', c.seat],
      ] as const)
        if (seat?.member !== undefined && !members.includes(seat.member))
          out.push({
            rule,
            key: `${key}.${part}.member`,
            message: `expected a committee member (${members.join(', ')}), found "${seat.member}"`,
          });
    }
  }
  return out;
}
