import type { Pack, Person } from '../content/schema';
import type { CalibratedVote, Scorecard, Vote } from './types';
import { recommendationFor, round2, clamp } from './scoring';

/** What a member holds against the candidate whatever the scores say (the V1 holder's reliability floor). */
export interface MemberConcerns {
  reliabilityFloor?: number;
}

/**
 * A member's vote read off the packet: the mean of every round's overall, with the rounds the
 * member ran themselves counted twice (they trust what they saw), shifted by their leniency.
 */
export function deriveVote(
  member: Person,
  scorecards: ReadonlyArray<Scorecard>,
  scoring: Pack['scoring'],
  concerns: MemberConcerns = {},
): Vote {
  let sum = 0;
  let weight = 0;
  for (const card of scorecards) {
    const w = card.interviewer === member.id ? 2 : 1;
    sum += card.overall * w;
    weight += w;
  }
  const score = round2(clamp((weight ? sum / weight : scoring.baseline) + member.leniency, 1, 5));
  const base = { member: member.id, name: member.name, role: member.role, score, byPerson: false };
  const lowest = lowestReliability(scorecards);
  if (concerns.reliabilityFloor !== undefined && lowest && lowest.reliability! < concerns.reliabilityFloor) {
    return {
      ...base,
      recommendation: 'no',
      reason: `reliability ${lowest.reliability}/10 in ${lowest.roundTitle} is below ${member.name}'s floor of ${concerns.reliabilityFloor}`,
    };
  }
  const recommendation = recommendationFor(score, scoring.recommendation);
  const own = scorecards.filter((c) => c.interviewer === member.id);
  const seen = own.length
    ? `own round${own.length > 1 ? 's' : ''} ${own.map((c) => `${c.roundTitle} ${c.overall}`).join(', ')}`
    : 'the packet';
  return { ...base, recommendation, reason: `reads ${score} from ${seen}` };
}

/** The scorecard with the lowest R1 rating, if the loop uses R1. */
export function lowestReliability(scorecards: ReadonlyArray<Scorecard>): Scorecard | undefined {
  return scorecards
    .filter((c) => c.reliability !== null)
    .reduce<Scorecard | undefined>((low, c) => (!low || c.reliability! < low.reliability! ? c : low), undefined);
}

/** Calibration: take each member's leniency history off their score before the committee sums up. */
export function calibrate(vote: Vote, leniency: number): CalibratedVote {
  return { ...vote, leniency, calibrated: round2(clamp(vote.score - leniency, 1, 5)) };
}

/** The committee's consensus: the mean calibrated score. */
export function consensusScore(votes: ReadonlyArray<CalibratedVote>): number {
  return votes.length ? round2(votes.reduce((s, v) => s + v.calibrated, 0) / votes.length) : 0;
}
