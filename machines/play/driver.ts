import { createActor, SimulatedClock, type ActorRefFrom } from 'xstate';
import type { ResolvedScenario } from '../content/resolve';
import { loopMachine, msUntilNextStep } from '../loopMachine';
import { personVoteProblem } from '../committee/committeeInput';
import type { TranscriptEntry } from '../engine/report';
import { now, type LoopSnapshot, type Now, type PlayEvent } from './now';

export interface PlayOptions {
  /** Committee members the player votes for (committee mode, a coach's set vote). */
  personMembers?: string[];
  /** Interviewers whose scorecards the player fills in. */
  personInterviewers?: string[];
}

/** Why a replay stopped before the end of its events. */
export interface ReplayStop {
  index: number;
  event: PlayEvent;
  reason: string;
}

type LoopActor = ActorRefFrom<typeof loopMachine>;

/**
 * One play of a scenario, the one driver every caller uses (the CLI's playPath, the what-if, the
 * room's plan, the screens, the tests): the loop's actor on a simulated clock that jumps ahead
 * whenever the loop only waits, the events it accepted, and `now()`. Screens read the actor with
 * @xstate/react's useSelector(play.actor, now).
 */
export interface Play {
  readonly resolved: ResolvedScenario;
  readonly actor: LoopActor;
  /** Every event the machines accepted, in order: what a save keeps. */
  readonly events: ReadonlyArray<PlayEvent>;
  now(): Now;
  /** Send a player's event; returns why it was refused, or null when the machines took it. */
  send(event: PlayEvent): string | null;
  stop(): void;
}

/** Why the loop would not take this event now, or null when it would. */
export function refusalOf(snap: LoopSnapshot, at: Now, event: PlayEvent): string | null {
  if (snap.status === 'error') return `the loop stopped on an error: ${String((snap as { error?: unknown }).error)}`;
  if (snap.status !== 'active' || at.kind === 'ended') return 'the loop has ended';
  if (
    event.type === 'committee.vote' &&
    (at.kind === 'votes' || at.kind === 'advance') &&
    Object.hasOwn(at.committee.votes, event.member)
  )
    return `${event.member} has already voted`;
  if (!at.may.includes(event.type)) return `"${event.type}" does not apply at this point of the loop`;
  if (event.type === 'candidate.answer' && at.kind === 'prompt' && !at.options.includes(event.option))
    return `"${event.option}" is no longer an answer to "${at.prompt.text}"`;
  if (event.type === 'committee.vote' && at.kind === 'votes') return personVoteProblem(at.committee, event);
  return null;
}

const childError = (snap: LoopSnapshot): string | null => {
  const children = snap.children as Record<
    string,
    { getSnapshot(): { context?: { error?: string | null } } } | undefined
  >;
  for (const id of ['round', 'committee', 'offer']) {
    const error = children[id]?.getSnapshot().context?.error;
    if (error) return error;
  }
  return null;
};

export function createPlay(resolved: ResolvedScenario, options: PlayOptions = {}): Play {
  const clock = new SimulatedClock();
  const actor = createActor(loopMachine, {
    input: { resolved, personMembers: options.personMembers, personInterviewers: options.personInterviewers },
    clock,
  });
  const events: PlayEvent[] = [];
  // Jump the calendar to the next step while the loop only waits for time to pass.
  const settle = () => {
    for (let guard = 0; guard < 100; guard++) {
      const snap = actor.getSnapshot();
      if (snap.status !== 'active' || !snap.hasTag('waiting')) return;
      clock.increment(msUntilNextStep(snap) ?? 0);
    }
  };
  actor.start();
  settle();
  return {
    resolved,
    actor,
    events,
    now: () => now(actor.getSnapshot()),
    send(event) {
      const snap = actor.getSnapshot();
      const problem = refusalOf(snap, now(snap), event);
      if (problem) return problem;
      const before = childError(snap);
      actor.send(event);
      const error = childError(actor.getSnapshot());
      if (error && error !== before) return error;
      events.push(event);
      settle();
      return null;
    },
    stop: () => actor.stop(),
  };
}

/** Replay saved events through the machines, as far as they still apply to this content. */
export function replayPlay(
  resolved: ResolvedScenario,
  saved: ReadonlyArray<PlayEvent>,
  options: PlayOptions = {},
): { play: Play; stop: ReplayStop | null } {
  const play = createPlay(resolved, options);
  for (const [index, event] of saved.entries()) {
    const reason = play.send(event);
    if (reason) return { play, stop: { index, event, reason } };
  }
  return { play, stop: null };
}

/** The one transcript of a play: every answer given, with its prompt, round and what it meant. */
export function transcriptOf(resolved: ResolvedScenario, events: ReadonlyArray<PlayEvent>): TranscriptEntry[] {
  return events.flatMap((e) => {
    if (e.type !== 'candidate.answer') return [];
    const found = resolved.options.get(e.option)!;
    return [
      {
        round: found.round.title,
        interviewer: found.round.interviewer.name,
        prompt: found.prompt.id,
        promptText: found.prompt.text,
        probe: found.prompt.probe,
        option: e.option,
        answer: found.option.text,
        note: found.option.note,
        coach: found.option.coach,
      },
    ];
  });
}
