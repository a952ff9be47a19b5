import type { ResolvedScenario } from '../content/resolve';
import { replayPlay } from '../play/driver';
import { playPath } from '../engine/playPath';
import type { PlayReport } from '../engine/report';
import { RECOMMENDATION_LABELS } from '../format';
import { decisionLabel, ladderOf } from '../policy/ladder';
import type { RoomMode, RoomOutcome, RoomStep } from './types';
import { createExercisePlan, type ExercisePlan } from './exercise';
import { createSeatingPlan, type SeatingPlan } from './seating';

/** Where the room's session goes next: the scenario's machines decide, the plan only asks them. */
export interface RoomPlan {
  readonly title: string;
  readonly mode: RoomMode;
  /** The step after those already played (each with the answer the room settled on), or null at the end. */
  next(history: ReadonlyArray<{ step: RoomStep; winner: string | null }>): RoomStep | null;
  /** The calibration exercise's answers and rubric; only in calibration mode, which has no steps. */
  readonly exercise?: ExercisePlan;
  /** Seats and parallel committees: each person in a member's seat; no steps either. */
  readonly seating?: SeatingPlan;
}

/** A committee room in seats: people take members' seats, in one or several parallel committees. */
export function createSeatingRoomPlan(resolved: ResolvedScenario): RoomPlan {
  return { title: resolved.scenario.title, mode: 'seats', seating: createSeatingPlan(resolved), next: () => null };
}

// The pack format is being reworked (downLevelAt became bars.downLevel); read either spelling.
// Every step the kernel's ladder can reach for this scenario, then no hire: never a copy of the labels.
const decisionOptions = (resolved: ResolvedScenario) => [
  ...ladderOf(resolved.policy).map((s) => ({
    id: s.decision as string,
    text: decisionLabel(s.decision, resolved.scenario),
  })),
  { id: 'no_hire', text: decisionLabel('no_hire', resolved.scenario) },
];

const outcomeOf = (report: PlayReport, recorded: PlayReport): RoomOutcome => ({
  decision: report.decision,
  label: report.decisionLabel,
  rules: report.rulesFired.map(({ rule, by, reason }) => ({ rule, by, reason })),
  recordedDecision: recorded.decision,
  recordedLabel: recorded.decisionLabel,
});

/** The prompt a path of answers has reached, or null once the rounds are over and the committee sits. */
function promptAfter(resolved: ResolvedScenario, answers: string[]) {
  const { play, stop } = replayPlay(
    resolved,
    answers.map((option) => ({ type: 'candidate.answer' as const, option })),
  );
  try {
    if (stop) throw new Error(`the room's path stopped at answer ${stop.index + 1}: ${stop.reason}`);
    const at = play.now();
    return at.kind === 'prompt' ? { round: at.round, prompt: at.prompt } : null;
  } finally {
    play.stop();
  }
}

/**
 * The plan for a scenario: in path mode each of the candidate's prompts in turn (the room's
 * majority answers it, through the real machines), then the decision that path reached; in
 * committee mode the recorded packet, then every participant's recommendation.
 */
export function createRoomPlan(resolved: ResolvedScenario, mode: RoomMode): RoomPlan {
  if (mode === 'calibration')
    return { title: resolved.scenario.title, mode, exercise: createExercisePlan(resolved), next: () => null };
  if (mode === 'seats') return createSeatingRoomPlan(resolved);
  const plan = planFor(resolved, mode);
  // Guards and actions both ask for the next step, and each asking replays the loop: ask once.
  const memo = new Map<string, RoomStep | null>();
  return {
    title: plan.title,
    mode,
    next(history) {
      const key = history.map((h) => `${h.step.id}=${h.winner}`).join('|');
      if (!memo.has(key)) memo.set(key, plan.next(history));
      return memo.get(key)!;
    },
  };
}

function planFor(resolved: ResolvedScenario, mode: RoomMode): RoomPlan {
  const recordedSpec = resolved.scenario.paths.recorded;
  const recorded = playPath(resolved, {
    name: 'recorded',
    choices: recordedSpec?.choices ?? [],
    negotiation: recordedSpec?.negotiation ?? [],
  });
  const recordedPrompts = new Map(recorded.transcript.map((t) => [t.prompt, t.option]));
  const title = resolved.scenario.title;

  if (mode === 'committee') {
    const steps: RoomStep[] = [
      {
        id: '1-packet',
        kind: 'packet',
        heading: `${resolved.scenario.candidate.name} · ${resolved.scenario.role}`,
        text: 'The packet',
        options: [],
        recorded: null,
        body: recorded.packet.map(
          (c) =>
            `${c.round} · ${c.interviewer}: ${RECOMMENDATION_LABELS[c.recommendation]} (${c.overall.toFixed(1)}/5)`,
        ),
      },
      {
        id: '2-recommend',
        kind: 'recommend',
        heading: 'You sit on the committee',
        text: `Your recommendation on ${resolved.scenario.candidate.name}?`,
        options: Object.entries(RECOMMENDATION_LABELS).map(([id, text]) => ({ id, text })),
        recorded: recorded.decision,
        asksVeto: true,
        outcome: outcomeOf(recorded, recorded),
        committee: {
          votes: recorded.votes.map((v) => ({
            name: v.name,
            role: v.role,
            recommendation: v.recommendation,
            calibrated: v.calibrated,
          })),
          consensus: recorded.consensus,
        },
      },
    ];
    return { title, mode, next: (history) => steps[history.length] ?? null };
  }

  return {
    title,
    mode,
    next(history) {
      const last = history.at(-1);
      if (last?.step.kind === 'decision') return null;
      const answers = history.map((h) => h.winner!);
      const at = promptAfter(resolved, answers);
      const n = history.length + 1;
      if (at) {
        return {
          id: `${n}-${at.prompt.id}`,
          kind: 'prompt',
          heading: `${at.round.title} · ${at.round.interviewer.name}`,
          text: at.prompt.text.trim(),
          options: at.prompt.options.map((o) => ({ id: o.id, text: o.text, note: o.note, coach: o.coach })),
          recorded: recordedPrompts.get(at.prompt.id) ?? null,
        };
      }
      const report = playPath(resolved, { name: 'room', choices: answers, negotiation: [] });
      return {
        id: `${n}-decision`,
        kind: 'decision',
        heading: 'The debrief',
        text: `What did the committee decide on ${resolved.scenario.candidate.name}?`,
        options: decisionOptions(resolved),
        recorded: recorded.decision,
        outcome: outcomeOf(report, recorded),
      };
    },
  };
}
