import type { Scorecard, Vote } from '../rules/types';
import { isAgainst } from '../rules/scoring';
import { recommendationLabel } from '../format';
import type { Revision } from './revisionRound';

/** A flag's id as the room says it: `messenger` reads "messenger", `low-ownership` "low ownership". */
export const flagLabel = (flag: string) => flag.replace(/[-_]+/g, ' ');

const unquote = (note: string) => note.trim().replace(/\.$/, '');

/**
 * The card and line a member argues from: their own round when they ran one, else the card that
 * best bears out their vote; the line is that card's answer that moved its score most their way.
 */
function argumentOf(
  vote: Vote,
  cards: ReadonlyArray<Scorecard>,
  used: Set<string>,
): { card: Scorecard; note: string } | null {
  if (!cards.length) return null;
  const against = isAgainst(vote.recommendation);
  const own = cards.find((c) => c.interviewer === vote.member);
  const card = own ?? [...cards].sort((a, b) => (against ? a.overall - b.overall : b.overall - a.overall))[0]!;
  // The line that moved the card most their way, not one the room has already heard.
  const lean = (i: number) => (against ? -(card.impacts[i] ?? 0) : (card.impacts[i] ?? 0));
  const fresh = card.notes.map((_, i) => i).filter((i) => !used.has(card.notes[i]!));
  const best = fresh.sort((a, b) => lean(b) - lean(a))[0];
  if (best === undefined) return null;
  used.add(card.notes[best]!);
  return { card, note: unquote(card.notes[best]!) };
}

const said = (vote: Vote, cards: ReadonlyArray<Scorecard>, used: Set<string>) => {
  if (vote.byPerson && vote.narrative?.trim()) return `"${unquote(vote.narrative)}"`;
  const arg = argumentOf(vote, cards, used);
  if (!arg) return 'the packet as a whole';
  const whose = arg.card.interviewer === vote.member ? 'my' : `${arg.card.interviewerName}'s`;
  return `${whose} ${arg.card.roundTitle} (${arg.card.overall} of 5): "${arg.note}"`;
};

/**
 * The discussion as the room hears it once the votes are unsealed: the strongest voice on one side
 * says what moved them, the strongest on the other answers from the packet, the rest side with
 * one or the other, flags are raised, and anyone who moved in the revision round says why.
 */
export function discussionOf(
  votes: ReadonlyArray<Vote>,
  scorecards: ReadonlyArray<Scorecard>,
  revisions: ReadonlyArray<Revision> = [],
): string[] {
  if (!votes.length) return [];
  // Who speaks first for a side: someone who saw the candidate, then the strongest read.
  const saw = (v: Vote) => (scorecards.some((c) => c.interviewer === v.member) ? 1 : 0);
  const order = (a: Vote, b: Vote) => saw(b) - saw(a) || Math.abs(b.raw - 3) - Math.abs(a.raw - 3);
  const forHire = votes.filter((v) => !isAgainst(v.recommendation)).sort(order);
  const against = votes.filter((v) => isAgainst(v.recommendation)).sort(order);
  const used = new Set<string>();
  const [opener, answerer] =
    (forHire[0]?.raw ?? 0) - 3 >= 3 - (against[0]?.raw ?? 6) ? [forHire[0], against[0]] : [against[0], forHire[0]];
  const lines: string[] = [];
  const rec = (v: Vote) => recommendationLabel(v.recommendation).toLowerCase();
  if (opener) lines.push(`${opener.name} opens (${rec(opener)}): what moved me was ${said(opener, scorecards, used)}.`);
  if (opener && answerer)
    lines.push(
      `${answerer.name} answers (${rec(answerer)}): I read it the other way, from ${said(answerer, scorecards, used)}.`,
    );
  else if (opener) {
    const weakest = [...scorecards].sort((a, b) =>
      isAgainst(opener.recommendation) ? b.overall - a.overall : a.overall - b.overall,
    )[0];
    if (weakest)
      lines.push(
        `No one argues the other side; the card nearest it is ${weakest.interviewerName}'s ${weakest.roundTitle} (${weakest.overall} of 5).`,
      );
  }
  for (const v of votes) {
    if (v === opener || v === answerer) continue;
    const side = isAgainst(v.recommendation) === isAgainst(opener!.recommendation) ? opener! : (answerer ?? opener!);
    lines.push(`${v.name} sides with ${side.name} (${rec(v)}), going by ${said(v, scorecards, used)}.`);
  }
  for (const c of scorecards) {
    if (c.flags.length)
      lines.push(
        `${c.interviewerName} raises the ${c.flags.map(flagLabel).join(' and ')} flag from the ${c.roundTitle}.`,
      );
  }
  for (const r of revisions) {
    const v = votes.find((x) => x.member === r.member);
    if (v)
      lines.push(
        `${v.name} softens from ${recommendationLabel(r.from).toLowerCase()} to ${recommendationLabel(r.to).toLowerCase()}: ${r.because}.`,
      );
  }
  return lines;
}
