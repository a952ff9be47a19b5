import type { RoomOption, RoomVote } from './types';

/** How many votes each option has, in the order the options are shown. */
export function tallyOf(
  options: ReadonlyArray<RoomOption>,
  votes: ReadonlyMap<string, RoomVote>,
): Array<{ id: string; votes: number }> {
  const counts = new Map(options.map((o) => [o.id, 0]));
  for (const v of votes.values()) counts.set(v.choice, (counts.get(v.choice) ?? 0) + 1);
  return options.map((o) => ({ id: o.id, votes: counts.get(o.id) ?? 0 }));
}

/** The options sharing the most votes; more than one is a tie, none when nobody voted. */
export function leaders(options: ReadonlyArray<RoomOption>, votes: ReadonlyMap<string, RoomVote>): string[] {
  const tally = tallyOf(options, votes);
  const top = Math.max(0, ...tally.map((t) => t.votes));
  return top === 0 ? [] : tally.filter((t) => t.votes === top).map((t) => t.id);
}

/** The room's answer: the single leader, or the facilitator's pick among tied leaders; null while undecided. */
export function winnerOf(
  options: ReadonlyArray<RoomOption>,
  votes: ReadonlyMap<string, RoomVote>,
  tiebreak: string | null,
): string | null {
  const top = leaders(options, votes);
  if (top.length === 1) return top[0]!;
  return tiebreak !== null && top.includes(tiebreak) ? tiebreak : null;
}
