import type { ResolvedScenario } from '../content/resolve';
import type { Recommendation } from '../content/schema';
import type { Scorecard } from '../rules/types';
import { calibrate } from '../rules/votes';
import { decide } from '../rules/decide';
import { recommendationRank } from '../rules/scoring';
import { personVote, revisedVote } from '../committee/committeeInput';
import { votingMembers } from '../committee/outcome';
import { decisionLabel } from '../policy/ladder';
import { roleLabel } from '../format';

/** A committee member's seat: who sits there, and the round they interviewed (their private first view), if any. */
export interface Seat {
  member: string;
  name: string;
  role: string;
  /** The scorecard this member wrote, shown to the seat before the packet is unsealed; null for a member who did not interview. */
  own: Scorecard | null;
}

/** The seats of a scenario's committee, in the order the committee speaks. */
export function seatsOf(resolved: ResolvedScenario, packet: ReadonlyArray<Scorecard>): Seat[] {
  const input = { members: resolved.committee, policy: resolved.policy };
  return votingMembers(input).map((m) => ({
    member: m.id,
    name: m.name,
    role: roleLabel(m.role),
    own: packet.find((c) => c.interviewer === m.id) ?? null,
  }));
}

/**
 * The room split into committees of a full set of seats: people are dealt in join order, filling
 * committee 1's seats, then committee 2's…; the people left over then share seats, one per
 * committee in turn. Fewer people than seats make one committee with seats nobody holds.
 */
export function dealCommittees(pids: ReadonlyArray<string>, seats: number, committees: number): string[][][] {
  const n = Math.max(1, Math.min(committees, Math.floor(pids.length / Math.max(1, seats))));
  const out = Array.from({ length: n }, () => Array.from({ length: seats }, () => [] as string[]));
  pids.forEach((pid, i) => {
    const extra = i - seats * n;
    const [c, s] = extra < 0 ? [Math.floor(i / seats), i % seats] : [extra % n, Math.floor(extra / n) % seats];
    out[c]![s]!.push(pid);
  });
  return out;
}

/**
 * A shared seat's recommendation: the middle of its occupants' (the lower middle on an even
 * split, so a seat is only as keen as half of the people in it). Null for an empty seat.
 */
export function seatRecommendation(votes: ReadonlyArray<Recommendation>): Recommendation | null {
  if (!votes.length) return null;
  const sorted = [...votes].sort((a, b) => recommendationRank(a) - recommendationRank(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** One seat's votes as the room cast them: the sealed vote and, after the revision round, the revision with its reason. */
export interface SeatVote {
  member: string;
  vote: Recommendation;
  revised?: Recommendation;
  reason?: string;
}

/** What the kernel decided on a room committee's votes, beside what the real committee decided. */
export interface RoomCommitteeDecision {
  decision: string;
  label: string;
  consensus: number | null;
  /** Each rule that fired, with the label the rule registry gives it (never read off the id). */
  rules: Array<{ rule: string; label: string; by: string; reason: string }>;
}

/**
 * The decision on the room's votes through the scenario's own rules: each seat's vote as a
 * person's vote, revised or held, calibrated with the member's leniency, then the same kernel the
 * debrief calls. A seat nobody voted for keeps the vote the member's scorecard implies, as in a
 * debrief where that member was not played by a person.
 */
export function roomCommitteeDecision(
  resolved: ResolvedScenario,
  packet: ReadonlyArray<Scorecard>,
  derived: ReadonlyArray<{ member: string; recommendation: Recommendation }>,
  votes: ReadonlyArray<SeatVote>,
): RoomCommitteeDecision {
  const members = votingMembers({ members: resolved.committee, policy: resolved.policy });
  const byMember = new Map(votes.map((v) => [v.member, v]));
  const calibrated = members.map((m) => {
    const seat = byMember.get(m.id);
    const recommendation = seat?.vote ?? derived.find((d) => d.member === m.id)!.recommendation;
    let vote = personVote({ members }, { type: 'committee.vote', member: m.id, recommendation });
    if (seat)
      vote = revisedVote(vote, {
        type: 'committee.revise',
        member: m.id,
        recommendation: seat.revised ?? seat.vote,
        reason: seat.reason ?? '',
      });
    return calibrate(vote, m.leniency);
  });
  const outcome = decide(resolved.policy, packet, calibrated);
  return {
    decision: outcome.decision,
    label: decisionLabel(outcome.decision, resolved.scenario),
    consensus: outcome.consensus,
    rules: outcome.rulesFired.map(({ rule, label, by, reason }) => ({ rule, label, by, reason })),
  };
}

/** Parallel committees side by side: how many reached each decision, and which rules fired in how many. */
export function committeesSummary(decisions: ReadonlyArray<RoomCommitteeDecision>) {
  const byDecision = new Map<string, { label: string; count: number }>();
  const byRule = new Map<string, { label: string; count: number }>();
  for (const d of decisions) {
    byDecision.set(d.decision, { label: d.label, count: (byDecision.get(d.decision)?.count ?? 0) + 1 });
    for (const r of new Map(d.rules.map((f) => [f.rule, f.label])))
      byRule.set(r[0], { label: r[1], count: (byRule.get(r[0])?.count ?? 0) + 1 });
  }
  return {
    committees: decisions.length,
    decisions: [...byDecision].map(([decision, v]) => ({ decision, ...v })),
    rules: [...byRule].map(([rule, v]) => ({ rule, ...v })),
  };
}
