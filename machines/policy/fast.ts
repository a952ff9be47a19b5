import type { Pack, Person } from '../content/schema';
import type { Policy } from './compile';
import type { CardFacts, Packet, VoteFacts } from './types';
import { evaluate } from './kernel';
import { ladderStep } from './ladder';
import { clamp, round2 } from '../rules/scoring';
import { concernsOf, rawRead, recommendationOfRead } from '../rules/votes';
import { lowestReliability } from './kinds/shared';

/** A committee to decide many packets for: its members, their floors, and reused vote and packet objects. */
export interface FastCommittee {
  policy: Policy;
  scoring: Pack['scoring'];
  members: ReadonlyArray<Person>;
  floors: ReadonlyArray<number | undefined>;
  votes: VoteFacts[];
  packet: Packet;
}

/** Set up the numeric fast path once per scenario (or per what-if): nothing is allocated per decision after this. */
export function fastCommittee(policy: Policy, scoring: Pack['scoring'], members: ReadonlyArray<Person>): FastCommittee {
  const votes: VoteFacts[] = members.map((m) => ({ member: m.id, name: m.name, role: m.role, recommendation: 'no', calibrated: 0, reason: '' }));
  return {
    policy,
    scoring,
    members,
    floors: members.map((m) => concernsOf(m, policy).reliabilityFloor),
    votes,
    packet: { cards: [], votes, consensus: 0, step: null, candidate: policy.candidate, cohort: policy.cohort },
  };
}

/**
 * The kernel's numeric path: the same votes, calibration, ladder and rules as `decide`, with no
 * vote objects, reasons or firings built. Returns the ladder step, or null for no hire.
 */
export function fastStep(c: FastCommittee, cards: ReadonlyArray<CardFacts & { interviewer: string }>): number | null {
  const { members, votes, scoring, floors, packet } = c;
  const low = lowestReliability(cards);
  let sum = 0;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const raw = rawRead(m, cards, scoring.baseline);
    const v = votes[i]!;
    const floor = floors[i];
    v.recommendation = recommendationOfRead(raw, scoring, floor, low);
    v.calibrated = round2(clamp(raw - m.leniency, 1, 5));
    sum += v.calibrated;
  }
  packet.cards = cards;
  packet.consensus = members.length ? Math.round((sum / members.length) * 100) / 100 : 0;
  packet.step = ladderStep(c.policy, packet.consensus);
  return evaluate(c.policy, packet);
}
