import { createActor, SimulatedClock, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { ResolvedScenario } from '../content/resolve';
import { loopMachine, msUntilNextStep, type LoopEvent } from '../loopMachine';
import type { RoundContext } from '../roundMachine';
import { personVoteProblem, type CommitteeInput } from '../committee/committeeInput';

/** What a player does; a session is the list of these, so a save replays on any engine version. */
export type SessionEvent = LoopEvent;

export interface SessionOptions {
  /** Committee members the player votes for (committee mode). */
  personMembers?: string[];
  /** Interviewers whose scorecards the player fills in. */
  personInterviewers?: string[];
}

type LoopActor = ActorRefFrom<typeof loopMachine>;
export type LoopSnapshot = SnapshotFrom<typeof loopMachine>;

/** Why a replay stopped before the end of its events. */
export interface ReplayStop {
  index: number;
  event: SessionEvent;
  reason: string;
}

/**
 * One play of a scenario, driven step by step: the calendar jumps ahead whenever the loop is
 * waiting (a simulated clock, never real time), and every event the machines accept is kept so
 * the session can be saved, replayed, or branched from any step.
 */
export class Session {
  readonly actor: LoopActor;
  readonly events: SessionEvent[] = [];
  private readonly clock = new SimulatedClock();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(
    readonly resolved: ResolvedScenario,
    readonly options: SessionOptions = {},
  ) {
    this.actor = createActor(loopMachine, {
      input: { resolved, personMembers: options.personMembers, personInterviewers: options.personInterviewers },
      clock: this.clock,
    });
    this.actor.start();
    this.settle();
  }

  /** Replay saved events through the machines, as far as they still apply to this content. */
  static replay(resolved: ResolvedScenario, events: ReadonlyArray<SessionEvent>, options: SessionOptions = {}) {
    const session = new Session(resolved, options);
    let stop: ReplayStop | null = null;
    for (const [index, event] of events.entries()) {
      const problem = session.send(event);
      if (problem) {
        stop = { index, event, reason: problem };
        break;
      }
    }
    return { session, stop };
  }

  get snapshot(): LoopSnapshot {
    return this.actor.getSnapshot();
  }

  /** Send a player's event; returns why it was refused, or null when the machines took it. */
  send(event: SessionEvent): string | null {
    const problem = this.refusal(event);
    if (problem) return problem;
    const before = this.childError();
    this.actor.send(event);
    const error = this.childError();
    if (error && error !== before) return error;
    this.events.push(event);
    this.settle();
    this.notify();
    return null;
  }

  /** Subscribe to every accepted step (for React's useSyncExternalStore). */
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes on every accepted step; React re-reads the snapshots when it does. */
  getVersion = () => this.version;

  stop() {
    this.actor.stop();
  }

  private refusal(event: SessionEvent): string | null {
    const snap = this.snapshot;
    if (snap.status !== 'active') return 'the loop has ended';
    if (!snap.can(event)) return `"${event.type}" does not apply at this point of the loop`;
    if (event.type === 'candidate.answer') {
      const round = snap.children.round?.getSnapshot().context as RoundContext | undefined;
      const prompt = round?.round.prompts.find((p) => p.id === round.promptId);
      if (!prompt) return 'no prompt is waiting for an answer';
      if (!prompt.options.some((o) => o.id === event.option)) {
        return `"${event.option}" is no longer an answer to "${prompt.text}"`;
      }
    }
    if (event.type === 'committee.vote') {
      const committee = snap.children.committee?.getSnapshot() as
        | { context: CommitteeInput & { votes: Record<string, unknown> } }
        | undefined;
      if (!committee) return 'the committee is not sitting';
      if (Object.hasOwn(committee.context.votes, event.member)) return `${event.member} has already voted`;
      return personVoteProblem(committee.context, event);
    }
    return null;
  }

  private childError(): string | null {
    const children = this.snapshot.children as Record<
      string,
      { getSnapshot(): { context?: { error?: string | null } } } | undefined
    >;
    for (const id of ['round', 'committee', 'offer']) {
      const error = children[id]?.getSnapshot().context?.error;
      if (error) return error;
    }
    return null;
  }

  /** Jump the calendar to the next step while the loop only waits for time to pass. */
  private settle() {
    for (let guard = 0; guard < 100 && this.snapshot.status === 'active' && this.snapshot.hasTag('waiting'); guard++) {
      this.clock.increment(msUntilNextStep(this.snapshot) ?? 0);
    }
  }

  private notify() {
    this.version++;
    for (const l of this.listeners) l();
  }
}
