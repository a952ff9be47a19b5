import type { Prompt } from '../../machines/content/schema';
import type { ResolvedRound } from '../../machines/content/resolve';
import type { AnsweredPrompt, Now } from '../../machines/play/now';
import type { DebriefContext } from '../../machines/debriefMachine';
import type { ConversionContext } from '../../machines/conversionMachine';
import type { OfferContext } from '../../machines/offerMachine';

/** Where the player is, read off the loop's now(); React renders this and keeps no copy. */
export type CandidateView =
  | { phase: 'round'; round: ResolvedRound; index: number; prompt: Prompt; answered: AnsweredPrompt[] }
  | { phase: 'debrief'; stage: string; committee: DebriefContext | ConversionContext; awaitingAdvance: boolean }
  | { phase: 'offer'; offer: OfferContext; stage: 'drafting' | 'extended' }
  | { phase: 'ended' };

export function viewOf(at: Now): CandidateView {
  switch (at.kind) {
    case 'prompt':
      return { phase: 'round', round: at.round, index: at.roundIndex, prompt: at.prompt, answered: at.answered };
    case 'votes':
    case 'advance':
      return { phase: 'debrief', stage: at.stage, committee: at.committee, awaitingAdvance: true };
    case 'offer':
      return { phase: 'offer', offer: at.offer, stage: at.stage };
    default:
      return { phase: 'ended' };
  }
}
