import { describe, expect, it } from 'vitest';
import { playPath } from '../../machines/engine/playPath';
import {
  committeesSummary,
  dealCommittees,
  roomCommitteeDecision,
  seatRecommendation,
  seatsOf,
} from '../../machines/room/seats';
import { BEST, GOLDEN } from './harness';

const recorded = playPath(GOLDEN, {
  name: 'recorded',
  choices: GOLDEN.scenario.paths.recorded!.choices,
  negotiation: [],
});
const best = playPath(GOLDEN, { name: 'best', choices: BEST, negotiation: [] });
const derived = (r: typeof recorded) => r.votes.map((v) => ({ member: v.member, recommendation: v.recommendation }));

describe('seats and parallel committees (the pure parts)', () => {
  it('each seat is a voting member, with the scorecard that member wrote as its private first view', () => {
    const seats = seatsOf(GOLDEN, recorded.packet);
    expect(seats.map((s) => s.member)).toEqual(GOLDEN.committee.map((m) => m.id));
    // The golden committee did not interview: no seat has a scorecard of its own.
    expect(seats.every((s) => s.own === null || s.own.interviewer === s.member)).toBe(true);
  });

  it('the room deals full committees first, then shares seats, never leaving a committee short', () => {
    const pids = Array.from({ length: 8 }, (_, i) => `p${i}`);
    expect(dealCommittees(pids, 3, 2)).toEqual([
      [['p0', 'p6'], ['p1'], ['p2']],
      [['p3', 'p7'], ['p4'], ['p5']],
    ]);
    // Two people cannot fill three seats twice: one committee, one seat empty.
    expect(dealCommittees(['a', 'b'], 3, 2)).toEqual([[['a'], ['b'], []]]);
  });

  it("a shared seat votes its occupants' middle, the lower middle on an even split", () => {
    expect(seatRecommendation(['yes', 'strong_yes', 'no'])).toBe('yes');
    expect(seatRecommendation(['strong_yes', 'no'])).toBe('no');
    expect(seatRecommendation([])).toBeNull();
  });

  it("the kernel decides on the room's votes through the scenario's rules: a strong room hires on the best packet", () => {
    const all = (recommendation: 'strong_yes' | 'strong_no') =>
      GOLDEN.committee.map((m) => ({ member: m.id, vote: recommendation }));
    expect(roomCommitteeDecision(GOLDEN, best.packet, derived(best), all('strong_yes')).decision).toBe('hire');
    expect(roomCommitteeDecision(GOLDEN, best.packet, derived(best), all('strong_no')).decision).toBe('no_hire');
  });

  it('the revision round counts: a seat that revises moves the decision, one that holds does not', () => {
    const members = GOLDEN.committee.map((m) => m.id);
    const votes = members.map((member) => ({ member, vote: 'strong_yes' as const, reason: 'strong packet' }));
    const held = roomCommitteeDecision(GOLDEN, best.packet, derived(best), votes);
    const revised = roomCommitteeDecision(
      GOLDEN,
      best.packet,
      derived(best),
      votes.map((v) => ({ ...v, revised: 'strong_no' as const, reason: 'the latency story' })),
    );
    expect(held.decision).toBe('hire');
    expect(revised.decision).toBe('no_hire');
    expect(revised.consensus!).toBeLessThan(held.consensus!);
  });

  it('parallel committees are summed by decision and by the rules that fired', () => {
    const members = GOLDEN.committee.map((m) => m.id);
    const yes = members.map((member) => ({ member, vote: 'strong_yes' as const }));
    const no = members.map((member) => ({ member, vote: 'strong_no' as const }));
    const summary = committeesSummary([
      roomCommitteeDecision(GOLDEN, best.packet, derived(best), yes),
      roomCommitteeDecision(GOLDEN, best.packet, derived(best), no),
      roomCommitteeDecision(GOLDEN, best.packet, derived(best), yes),
    ]);
    expect(summary.committees).toBe(3);
    expect(Object.fromEntries(summary.decisions.map((d) => [d.decision, d.count]))).toEqual({ hire: 2, no_hire: 1 });
  });
});
