import type { ResolvedScenario } from '../content/resolve';
import type { Recommendation } from '../content/schema';
import type { Scorecard } from '../rules/types';
import { RECOMMENDATIONS } from '../content/schema';
import { playPath } from '../engine/playPath';
import { seatsLabFigure, type SeatsLabFigure } from './seatsLab';
import { titlesOf, type Titles } from '../displayName';
import {
  dealCommittees,
  roomCommitteeDecision,
  type RoomCommitteeDecision,
  type Seat,
  type SeatVote,
  seatRecommendation,
  seatsOf,
} from './seats';

/** The seated committee a scenario offers: its seats, and the kernel deciding on a committee's votes. */
export interface SeatingPlan {
  seats: Seat[];
  /** The scenario's names for its ids (rubric dimensions, rounds, people), for the cards a seat reads. */
  titles: Titles;
  /** The recorded packet: each seat's own card comes from it, and the whole of it once unsealed. */
  packet: ReadonlyArray<Scorecard>;
  /** What the real committee decided, for the reveal beside the room's. */
  recorded: { decision: string; label: string; rules: Array<{ rule: string; label: string }> };
  decide(votes: ReadonlyArray<SeatVote>): RoomCommitteeDecision;
  /** The lab's fragility figure for the same scenario, computed once when first asked (a few tens of ms). */
  lab(): SeatsLabFigure | null;
}

export function createSeatingPlan(resolved: ResolvedScenario): SeatingPlan {
  const spec = resolved.scenario.paths.recorded;
  const report = playPath(resolved, { name: 'recorded', choices: spec?.choices ?? [], negotiation: [] });
  const derived = report.votes.map((v) => ({ member: v.member, recommendation: v.recommendation }));
  let lab: SeatsLabFigure | null | undefined;
  return {
    seats: seatsOf(resolved, report.packet),
    recorded: {
      decision: report.decision,
      label: report.decisionLabel,
      rules: report.rulesFired.map(({ rule, label }) => ({ rule, label })),
    },
    decide: (votes) => roomCommitteeDecision(resolved, report.packet, derived, votes),
    lab: () => (lab === undefined ? (lab = seatsLabFigure(resolved)) : lab),
    packet: report.packet,
    titles: titlesOf(resolved),
  };
}

/** Where a participant sits: a committee (0-based) and a member's seat. */
interface Sit {
  committee: number;
  seat: string;
}

/** A seated committee session: who sits where, the sealed votes, the revisions. */
export interface SeatingContext {
  plan: SeatingPlan;
  committees: number;
  sits: ReadonlyMap<string, Sit>;
  votes: ReadonlyMap<string, Recommendation>;
  revisions: ReadonlyMap<string, { recommendation: Recommendation | null; reason: string }>;
  /** Whether the kernel has decided (the export says so: before, its decisions are only what it would decide now). */
  decided: boolean;
}

export const createSeatingContext = (plan: SeatingPlan): SeatingContext => ({
  plan,
  committees: 1,
  sits: new Map(),
  votes: new Map(),
  revisions: new Map(),
  decided: false,
});

export const isRecommendation = (r: string): r is Recommendation => (RECOMMENDATIONS as readonly string[]).includes(r);

/** Why a participant cannot take this seat, or null. */
export function sitProblem(s: SeatingContext, seat: string): string | null {
  return s.plan.seats.some((x) => x.member === seat) ? null : `"${seat}" is not a seat on this committee`;
}

/** The room with one more person seated: the committee where that seat has the fewest people. */
export function withSit(s: SeatingContext, pid: string, seat: string): SeatingContext {
  const held = (c: number) => [...s.sits.values()].filter((x) => x.committee === c && x.seat === seat).length;
  let committee = 0;
  for (let c = 1; c < s.committees; c++) if (held(c) < held(committee)) committee = c;
  return { ...s, sits: new Map(s.sits).set(pid, { committee, seat }) };
}

/** Everyone dealt into `committees` committees of the full set of seats, in join order. */
export function withDeal(s: SeatingContext, pids: ReadonlyArray<string>, committees: number): SeatingContext {
  const seats = s.plan.seats.map((x) => x.member);
  const dealt = dealCommittees(pids, seats.length, committees);
  const sits = new Map<string, Sit>();
  dealt.forEach((c, ci) => {
    c.forEach((people, si) => {
      for (const pid of people) sits.set(pid, { committee: ci, seat: seats[si]! });
    });
  });
  return { ...s, committees: dealt.length, sits };
}

/** The room without one person: their seat, sealed vote and revision leave; `votes` says how many of theirs left. */
export function withoutPerson(s: SeatingContext, pid: string): { seating: SeatingContext; votes: number } {
  const drop = <V>(m: ReadonlyMap<string, V>) => {
    const left = new Map(m);
    left.delete(pid);
    return left;
  };
  const votes = Number(s.votes.has(pid)) + Number(s.revisions.has(pid));
  return { seating: { ...s, sits: drop(s.sits), votes: drop(s.votes), revisions: drop(s.revisions) }, votes };
}

/** Why the packet cannot be unsealed yet, or null. */
export function unsealProblem(s: SeatingContext, participants: ReadonlyArray<string>): string | null {
  if (!s.sits.size) return 'nobody has a seat yet: deal the seats, or let people choose';
  const unseated = participants.filter((p) => !s.sits.has(p)).length;
  return unseated ? `${unseated} ${unseated === 1 ? 'person has' : 'people have'} no seat yet` : null;
}

/** Why the sealed votes cannot be opened for the revision round yet, or null. */
export function revisionProblem(s: SeatingContext): string | null {
  for (let c = 0; c < s.committees; c++) {
    const voted = [...s.sits].some(([pid, sit]) => sit.committee === c && s.votes.has(pid));
    if (!voted) return `committee ${c + 1} has no vote yet`;
  }
  return null;
}

/** Why the committees cannot decide yet, or null: everyone who voted revises or holds first. */
export function decideProblem(s: SeatingContext): string | null {
  const waiting = [...s.votes.keys()].filter((pid) => !s.revisions.has(pid)).length;
  return waiting ? `${waiting} ${waiting === 1 ? 'vote waits' : 'votes wait'} for a revise-or-hold` : null;
}

/** One committee's seats: who sits in each, the seat's sealed and revised recommendation, and the reasons given. */
export function committeeSeats(s: SeatingContext, c: number) {
  return s.plan.seats.map((seat) => {
    const people = [...s.sits].filter(([, x]) => x.committee === c && x.seat === seat.member).map(([p]) => p);
    const vote = seatRecommendation(people.flatMap((p) => s.votes.get(p) ?? []));
    const revised = seatRecommendation(
      people.flatMap((p) => {
        const r = s.revisions.get(p);
        const v = s.votes.get(p);
        return r ? [r.recommendation ?? v!] : v ? [v] : [];
      }),
    );
    const reasons = people.flatMap((p) => s.revisions.get(p)?.reason || []);
    return { seat, people, vote, revised, reason: reasons.join('; ') };
  });
}

/** Each committee's seats, their sealed and revised recommendations, and the kernel's decision on them. */
export function committeeResults(s: SeatingContext) {
  return Array.from({ length: s.committees }, (_, c) => {
    const seats = committeeSeats(s, c);
    const votes: SeatVote[] = seats.flatMap((x) =>
      x.vote ? [{ member: x.seat.member, vote: x.vote, revised: x.revised ?? x.vote, reason: x.reason }] : [],
    );
    return { committee: c, seats, decision: s.plan.decide(votes) };
  });
}
