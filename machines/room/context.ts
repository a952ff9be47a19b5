import type { RoomPlan } from './plan';
import type { RoomStep, RoomVote } from './types';
import { createExerciseContext, type ExerciseContext } from './exercise';
import { createSeatingContext, type SeatingContext } from './seating';
import { leaders, winnerOf } from './tally';

/** One step as the room played it: the votes in, whether it was revealed, the facilitator's tie-break. */
export interface StepRecord {
  step: RoomStep;
  votes: ReadonlyMap<string, RoomVote>;
  revealed: boolean;
  tiebreak: string | null;
  vetoesShown: boolean;
  /** The answers of the steps before, as `historyKey` writes them: going on again from the same answers finds this step. */
  from: string;
}

/** A step the room left behind when an earlier answer changed: kept for the event log's export, never shown again. */
interface SupersededStep {
  record: StepRecord;
  /** Where it stood in the session (0-based). */
  index: number;
}

export interface Participant {
  name: string;
  /** A hash of the participant's reconnection token; the token itself never reaches the store. */
  tokenHash: string;
  /** A hash of the phone's device token, so a re-sent join from the same phone is the same participant. */
  deviceHash?: string;
}

/** Someone the facilitator removed: their votes left every tally; the export says how many. */
interface RemovedParticipant {
  name: string;
  votes: number;
}

export interface RoomContext {
  plan: RoomPlan;
  participants: ReadonlyMap<string, Participant>;
  /** Every step of the session's present branch, in order; Back and Next move `index` over them. */
  steps: StepRecord[];
  /** Steps an earlier changed answer replaced, with their votes, for the export. */
  superseded: SupersededStep[];
  removed: ReadonlyMap<string, RemovedParticipant>;
  /** The step on screen; -1 in the lobby. */
  index: number;
  blank: boolean;
  /** The calibration exercise, in calibration mode; null otherwise. */
  exercise: ExerciseContext | null;
  /** Seats and parallel committees, in a seated committee room; null otherwise. */
  seating: SeatingContext | null;
}

/** Fresh context for a room playing a plan. */
export const createRoomContext = (plan: RoomPlan): RoomContext => ({
  plan,
  participants: new Map(),
  steps: [],
  superseded: [],
  removed: new Map(),
  index: -1,
  blank: false,
  exercise: plan.exercise ? createExerciseContext(plan.exercise) : null,
  seating: plan.seating ? createSeatingContext(plan.seating) : null,
});

/** The step on screen, or null in the lobby. */
export const currentOf = (ctx: RoomContext): StepRecord | null => ctx.steps[ctx.index] ?? null;

/** The history the plan reads: each earlier step with the answer the room settled on. */
const historyTo = (ctx: RoomContext, index: number) =>
  ctx.steps.slice(0, index + 1).map((r) => ({ step: r.step, winner: winnerOf(r.step.options, r.votes, r.tiebreak) }));

/** The answers that lead to the step after `index`: a step entered from the same key is the same step. */
const historyKey = (ctx: RoomContext, index: number) =>
  historyTo(ctx, index)
    .map((h) => `${h.step.id}=${h.winner ?? ''}`)
    .join('|');

/**
 * The room one step on. When the step after this one was entered from the same answers, the
 * cursor moves onto it as it was, votes included; when an answer before changed, the steps after
 * are kept aside as superseded and a new step opens (its id marked so no phone's late vote for the
 * old one can land in it).
 */
export function advance(ctx: RoomContext): Pick<RoomContext, 'steps' | 'superseded' | 'index' | 'blank'> {
  const index = ctx.index + 1;
  const from = historyKey(ctx, ctx.index);
  const kept = ctx.steps[index];
  if (kept && kept.from === from) return { steps: ctx.steps, superseded: ctx.superseded, index, blank: false };
  const superseded = [...ctx.superseded, ...ctx.steps.slice(index).map((record, i) => ({ record, index: index + i }))];
  const planned = ctx.plan.next(historyTo(ctx, ctx.index))!;
  const taken = (id: string) => superseded.some((s) => s.record.step.id === id);
  let id = planned.id;
  for (let n = 2; taken(id); n++) id = `${planned.id}~${n}`;
  const step = id === planned.id ? planned : { ...planned, id };
  return {
    steps: [
      ...ctx.steps.slice(0, index),
      { step, votes: new Map(), revealed: false, tiebreak: null, vetoesShown: false, from },
    ],
    superseded,
    index,
    blank: false,
  };
}

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
  if (ctx.removed.has(vote.pid)) return 'the facilitator removed you from this room';
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
