import type { RoomPlan } from './plan';
import type { RoomStep, RoomVote } from './types';
import { leaders, winnerOf } from './tally';

/** One step as the room played it: the votes in, whether it was revealed, the facilitator's tie-break. */
export interface StepRecord {
  step: RoomStep;
  votes: ReadonlyMap<string, RoomVote>;
  revealed: boolean;
  tiebreak: string | null;
  vetoesShown: boolean;
}

interface Participant {
  name: string;
  /** A hash of the participant's reconnection token; the token itself never reaches the store. */
  tokenHash: string;
}

export interface RoomContext {
  plan: RoomPlan;
  participants: ReadonlyMap<string, Participant>;
  /** Every step entered so far, in order; going back and on again replaces the later ones. */
  steps: StepRecord[];
  /** The step on screen; -1 in the lobby. */
  index: number;
  blank: boolean;
}

/** Fresh context for a room playing a plan. */
export const createRoomContext = (plan: RoomPlan): RoomContext => ({
  plan,
  participants: new Map(),
  steps: [],
  index: -1,
  blank: false,
});

/** The step on screen, or null in the lobby. */
export const currentOf = (ctx: RoomContext): StepRecord | null => ctx.steps[ctx.index] ?? null;

/** The history the plan reads: each earlier step with the answer the room settled on. */
export const historyTo = (ctx: RoomContext, index: number) =>
  ctx.steps.slice(0, index + 1).map((r) => ({ step: r.step, winner: winnerOf(r.step.options, r.votes, r.tiebreak) }));

/** Why the room cannot move on from the step on screen, or null when it can. */
export function nextProblem(ctx: RoomContext): string | null {
  const cur = currentOf(ctx);
  if (!cur) return null;
  if (cur.step.options.length && !cur.revealed) return 'reveal the votes before moving on';
  // In path mode the room's answer drives the loop, so a tie must be broken first.
  if (
    ctx.plan.mode === 'path' &&
    cur.step.kind === 'prompt' &&
    winnerOf(cur.step.options, cur.votes, cur.tiebreak) === null
  ) {
    const tied = leaders(cur.step.options, cur.votes);
    return `the room is tied between ${tied
      .map((id) => cur.step.options.findIndex((o) => o.id === id))
      .map((i) => 'ABCDEFGH'[i] ?? '?')
      .join(' and ')}: break the tie first`;
  }
  if (ctx.plan.next(historyTo(ctx, ctx.index)) === null)
    return 'this is the last step: close the room when you are done';
  return null;
}

/** Why a participant's vote is refused while voting is open, or null when it counts. */
export function voteProblem(ctx: RoomContext, vote: { pid: string; step: string; choice: string }): string | null {
  const cur = currentOf(ctx);
  if (!ctx.participants.has(vote.pid)) return 'join the room before voting';
  if (!cur?.step.options.length) return 'nothing is being voted on';
  if (cur.step.id !== vote.step) return 'that question is no longer open';
  if (!cur.step.options.some((o) => o.id === vote.choice)) return `"${vote.choice}" is not an answer to this question`;
  return null;
}

/** Why the facilitator cannot break a tie with this choice, or null when they can. */
export function tiebreakProblem(ctx: RoomContext, choice: string): string | null {
  const cur = currentOf(ctx);
  const tied = cur ? leaders(cur.step.options, cur.votes) : [];
  if (tied.length < 2) return 'there is no tie to break';
  if (!tied.includes(choice)) return 'choose one of the tied answers';
  return null;
}
