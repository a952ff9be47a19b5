import { recommendationRank, isAgainst } from '../../rules/scoring';
import type { CardFacts, Packet, VoteFacts } from '../types';
import type { Recommendation } from '../../content/common';
import { humanize, recommendationLabel } from '../../format';

export { recommendationRank, isAgainst };

/** "Priya (hiring manager)": a member as the firing names them. */
export const who = (v: Pick<VoteFacts, 'name' | 'role'>) => `${v.name} (${humanize(v.role)})`;

/** "Sam (Technical deep dive)": an interviewer and the round they ran. */
export const ranBy = (c: Pick<CardFacts, 'interviewerName' | 'roundTitle'>) => `${c.interviewerName} (${c.roundTitle})`;

/** The note of the answer that cost the round most, or the last note where the costs are unknown. */
export function costliestNote(card: CardFacts): string {
  const { impacts, notes } = card;
  if (!impacts || impacts.length !== notes.length || !notes.length) return notes.at(-1) ?? '';
  let worst = 0;
  for (let i = 1; i < impacts.length; i++) if (impacts[i]! < impacts[worst]!) worst = i;
  return notes[worst]!;
}

/** The lowest R1 rating in the packet, if the loop uses R1. */
export function lowestReliability(cards: ReadonlyArray<CardFacts>, from = 0, low?: CardFacts): CardFacts | undefined {
  for (let i = from; i < cards.length; i++) {
    const c = cards[i]!;
    if (c.reliability !== null && (!low || c.reliability < low.reliability!)) low = c;
  }
  return low;
}

/** Which of a member's votes a rule reads: the vote they cast, or their calibrated score read on the pack's thresholds. */
export type VoteReading = 'raw' | 'calibrated';

/** A vote's recommendation as a rule reads it: the one cast (`raw`), or what the calibrated score earns. */
export function readVote(
  v: Pick<VoteFacts, 'recommendation' | 'calibrated'>,
  p: Pick<Packet, 'thresholds'>,
  reads: VoteReading,
): Recommendation {
  if (reads === 'raw') return v.recommendation;
  const t = p.thresholds;
  return v.calibrated >= t.strong_yes
    ? 'strong_yes'
    : v.calibrated >= t.yes
      ? 'yes'
      : v.calibrated >= t.no
        ? 'no'
        : 'strong_no';
}

/** "Priya (hiring manager) strong yes, calibrated 4.25": a vote as a firing quotes it. */
export const quoteVote = (v: VoteFacts, rec: Recommendation, reads: VoteReading) =>
  `${who(v)} ${recommendationLabel(rec).toLowerCase()}${reads === 'calibrated' ? ` (calibrated ${v.calibrated})` : ''}`;
