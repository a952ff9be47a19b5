import type { ResolvedRound, ResolvedScenario } from '../../machines/content/resolve';
import type { Prompt } from '../../machines/content/schema';
import type { PlayReport } from '../../machines/engine/report';
import { playPath } from '../../machines/engine/playPath';
import { replayPlay } from '../../machines/play/driver';
import { roundShape } from '../../machines/rules/scorecard';

/** Where a play in the studio stands: the answers that still apply, and the prompt waiting or the decision reached. */
export interface PlayState {
  /** The choices replayed through the machines, as far as they still exist after an edit. */
  kept: string[];
  /** The choices that no longer apply (an option renamed or removed, a prompt moved). */
  dropped: string[];
  waiting: { round: ResolvedRound; prompt: Prompt } | null;
  report: PlayReport | null;
}

/**
 * Replay choices through the loop machine, as Inky replays a story after an edit: every answer the
 * machines still take is kept, and the play stops at the first that no longer applies. At the
 * end of the interviews the loop is played on to its decision (the offer taken as the path
 * format's default: verbal, then accept).
 */
export function replayChoices(resolved: ResolvedScenario, choices: ReadonlyArray<string>): PlayState {
  const { play, stop } = replayPlay(
    resolved,
    choices.map((option) => ({ type: 'candidate.answer' as const, option })),
  );
  const kept = choices.slice(0, stop ? stop.index : choices.length);
  const dropped = choices.slice(kept.length);
  const now = play.now();
  play.stop();
  if (now.kind === 'prompt') return { kept, dropped, waiting: { round: now.round, prompt: now.prompt }, report: null };
  const report = playPath(resolved, { name: 'studio', choices: kept, negotiation: [] });
  return { kept, dropped, waiting: null, report };
}

/**
 * The answers that reach an option's prompt and then take it: "play from here". Rounds before it
 * keep the current play's answers where they still fit (else each prompt's first option); in the
 * option's own round a search finds the answers that lead to its prompt.
 */
export function choicesTo(
  resolved: ResolvedScenario,
  optionId: string,
  current: ReadonlyArray<string>,
): string[] | null {
  const found = resolved.options.get(optionId);
  if (!found) return null;
  const prefer = new Set(current);
  const out: string[] = [];
  for (const round of resolved.rounds) {
    const target = round === found.round ? found.prompt.id : null;
    const walk = walkRound(round, prefer, target);
    if (!walk) return null;
    out.push(...walk);
    if (target) return [...out, optionId];
  }
  return null;
}

/** A way through a round (or up to `target`'s prompt), preferring the preferred answers; depth-first. */
function walkRound(round: ResolvedRound, prefer: ReadonlySet<string>, target: string | null): string[] | null {
  const { mains, byId } = roundShape(round);
  // A prompt no path reaches would make the search try every way through the round: it gives up early.
  let budget = 20_000;
  const search = (prompt: Prompt | undefined, main: number, chain: string[], taken: string[]): string[] | null => {
    if (--budget < 0 || taken.length > 200) return null;
    if (!prompt) return target ? null : taken;
    if (prompt.id === target) return taken;
    const options = [...prompt.options].sort((a, b) => Number(prefer.has(b.id)) - Number(prefer.has(a.id)));
    for (const option of options) {
      let next: Prompt | undefined;
      let nextMain = main;
      let nextChain: string[] = [];
      if (option.followUp) {
        if (chain.includes(option.followUp)) continue;
        next = byId.get(option.followUp);
        nextChain = [...chain, option.followUp];
      } else next = mains[++nextMain];
      const found = search(next, nextMain, nextChain, [...taken, option.id]);
      if (found) return found;
    }
    return null;
  };
  return search(mains[0], 0, [], []);
}
