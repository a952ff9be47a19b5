import type { SnapshotFrom } from 'xstate';
import type { Option, Prompt } from '../content/schema';
import type { ResolvedRound } from '../content/resolve';
import type { LoopEvent, loopMachine } from '../loopMachine';
import type { RoundContext } from '../roundMachine';
import { roundShape } from '../rules/scorecard';
import type { DebriefContext } from '../debriefMachine';
import type { ConversionContext } from '../conversionMachine';
import type { OfferContext } from '../offerMachine';

/** What a player sends the loop; a play is the list of these, so a save replays on any engine version. */
export type PlayEvent = LoopEvent;
type PlayEventType = PlayEvent['type'];
export type LoopSnapshot = SnapshotFrom<typeof loopMachine>;

export interface AnsweredPrompt {
  prompt: Prompt;
  option: Option;
}

/** What the loop waits for at this moment, and which events it will take there ("may"). */
export type Now =
  | {
      kind: 'prompt';
      round: ResolvedRound;
      /** The round's place in the loop, from 0. */
      roundIndex: number;
      prompt: Prompt;
      /** The options that may be sent as `candidate.answer`. */
      options: ReadonlyArray<string>;
      answered: AnsweredPrompt[];
      may: ReadonlyArray<PlayEventType>;
    }
  | { kind: 'scorecard'; round: ResolvedRound; roundIndex: number; may: ReadonlyArray<PlayEventType> }
  | {
      kind: 'votes';
      stage: string;
      committee: DebriefContext | ConversionContext;
      /** The members played by a person whose `committee.vote` the committee waits for. */
      members: ReadonlyArray<string>;
      may: ReadonlyArray<PlayEventType>;
    }
  | {
      kind: 'advance';
      stage: string;
      committee: DebriefContext | ConversionContext;
      may: ReadonlyArray<PlayEventType>;
    }
  | { kind: 'offer'; stage: 'drafting' | 'extended'; offer: OfferContext; may: ReadonlyArray<PlayEventType> }
  | { kind: 'waiting'; may: ReadonlyArray<PlayEventType> }
  | { kind: 'ended'; how: 'decided' | 'hold' | 'withdrawn'; may: ReadonlyArray<PlayEventType> };

type Child<C> = {
  getSnapshot(): { value: unknown; status: string; context: C; hasTag(tag: string): boolean; children?: unknown };
};

const NOTHING: ReadonlyArray<PlayEventType> = [];
const withWithdraw = (snap: LoopSnapshot, types: PlayEventType[]): ReadonlyArray<PlayEventType> =>
  snap.can({ type: 'candidate.withdraw' }) ? [...types, 'candidate.withdraw'] : types;

/** The members played by a person whose vote the committee still waits for. */
function awaitedMembers(committee: ReturnType<Child<DebriefContext>['getSnapshot']>): string[] {
  const children = (committee.children ?? {}) as Record<string, { getSnapshot(): { value: unknown } } | undefined>;
  return committee.context.personMembers.filter((m) => children[`vote-${m}`]?.getSnapshot().value === 'awaitingPerson');
}

/** Whether the loop is over (decided, withdrawn, or held): what now() calls 'ended'. */
export const hasEnded = (snap: LoopSnapshot): boolean => snap.status !== 'active' || snap.matches('hold');

/**
 * The loop's one public reading: what it waits for now and what may be sent, from its snapshot.
 * Every screen, the CLI, the what-if, the room's plan and the tests read the loop through this,
 * never through its child actors.
 */
export function now(snap: LoopSnapshot): Now {
  if (hasEnded(snap)) {
    const how = snap.matches('hold') ? 'hold' : snap.matches('withdrawn') ? 'withdrawn' : 'decided';
    return { kind: 'ended', how, may: NOTHING };
  }
  const children = snap.children as Record<string, unknown>;
  const round = (children.round as Child<RoundContext> | undefined)?.getSnapshot();
  // A round that has filed its scorecard is done, and the loop emits one snapshot still interviewing
  // before it moves on: nothing may be sent to the round then, and it has no prompt to show.
  if (round && round.status === 'active' && snap.matches({ undecided: 'interviewing' })) {
    const ctx = round.context;
    if (round.hasTag('awaiting-interviewer'))
      return {
        kind: 'scorecard',
        round: ctx.round,
        roundIndex: snap.context.roundIndex,
        may: withWithdraw(snap, ['interviewer.scorecard']),
      };
    // The round's prompts by id, worked out once per round (now() runs on every snapshot a screen sees).
    const { byId } = roundShape(ctx.round);
    const prompt = byId.get(ctx.promptId)!;
    return {
      kind: 'prompt',
      round: ctx.round,
      roundIndex: snap.context.roundIndex,
      prompt,
      options: prompt.options.map((o) => o.id),
      answered: ctx.answers.map((a) => {
        const p = byId.get(a.prompt)!;
        return { prompt: p, option: p.options.find((o) => o.id === a.option)! };
      }),
      may: withWithdraw(snap, ['candidate.answer']),
    };
  }
  const committee = (children.committee as Child<DebriefContext | ConversionContext> | undefined)?.getSnapshot();
  if (committee) {
    const stage = String(committee.value);
    const members = committee.hasTag('awaiting-votes') ? awaitedMembers(committee) : [];
    if (members.length)
      return {
        kind: 'votes',
        stage,
        committee: committee.context,
        members,
        may: withWithdraw(snap, ['committee.vote']),
      };
    const types: PlayEventType[] = ['debrief.advance'];
    if (committee.hasTag('revising')) types.push('committee.revise');
    return { kind: 'advance', stage, committee: committee.context, may: withWithdraw(snap, types) };
  }
  const offer = (children.offer as Child<OfferContext> | undefined)?.getSnapshot();
  if (offer) {
    const stage = offer.value as 'drafting' | 'extended';
    // As the offer machine's two waiting states take them.
    const types: PlayEventType[] =
      stage === 'drafting'
        ? ['offer.extend', 'candidate.ask', 'candidate.compete', 'committee.setTerms', 'band.adjust']
        : [
            'candidate.accept',
            'candidate.decline',
            'candidate.ask',
            'candidate.compete',
            'candidate.wait',
            'band.adjust',
          ];
    return { kind: 'offer', stage, offer: offer.context, may: withWithdraw(snap, types) };
  }
  return { kind: 'waiting', may: withWithdraw(snap, []) };
}
