import type { Option, Prompt } from '../../machines/content/schema';
import type { ResolvedRound } from '../../machines/content/resolve';
import type { LoopSnapshot } from '../../machines/engine/session';
import type { RoundContext } from '../../machines/roundMachine';
import type { DebriefContext } from '../../machines/debriefMachine';
import type { ConversionContext } from '../../machines/conversionMachine';
import type { OfferContext } from '../../machines/offerMachine';

interface AnsweredPrompt {
  prompt: Prompt;
  option: Option;
}

/** Where the player is, read off the machines' snapshots; React renders this and keeps no copy. */
export type CandidateView =
  | { phase: 'round'; round: ResolvedRound; index: number; prompt: Prompt; answered: AnsweredPrompt[] }
  | { phase: 'debrief'; stage: string; committee: DebriefContext | ConversionContext; awaitingAdvance: boolean }
  | { phase: 'offer'; offer: OfferContext; stage: 'drafting' | 'extended' }
  | { phase: 'ended' };

type Child<C> = { getSnapshot(): { value: unknown; context: C; hasTag(tag: string): boolean } } | undefined;

export function viewOf(snap: LoopSnapshot): CandidateView {
  if (snap.status !== 'active') return { phase: 'ended' };
  const children = snap.children as Record<string, unknown>;
  const round = (children.round as Child<RoundContext>)?.getSnapshot();
  if (round && snap.matches({ undecided: 'interviewing' })) {
    const ctx = round.context;
    const prompt = ctx.round.prompts.find((p) => p.id === ctx.promptId)!;
    const answered = ctx.answers.map((a) => {
      const p = ctx.round.prompts.find((x) => x.id === a.prompt)!;
      return { prompt: p, option: p.options.find((o) => o.id === a.option)! };
    });
    return { phase: 'round', round: ctx.round, index: snap.context.roundIndex, prompt, answered };
  }
  const committee = (children.committee as Child<DebriefContext | ConversionContext>)?.getSnapshot();
  if (committee) {
    return {
      phase: 'debrief',
      stage: String(committee.value),
      committee: committee.context,
      awaitingAdvance: committee.hasTag('awaiting-advance') || committee.hasTag('awaiting-votes'),
    };
  }
  const offer = (children.offer as Child<OfferContext>)?.getSnapshot();
  if (offer) return { phase: 'offer', offer: offer.context, stage: offer.value as 'drafting' | 'extended' };
  return { phase: 'ended' };
}
