import { assertEvent, assign, setup } from 'xstate';
import type { Pack, Recommendation } from './content/schema';
import type { ResolvedRound } from './content/resolve';
import type { Scorecard } from './rules/types';
import { missingNarratives } from './rules/narrative';
import { deriveScorecard, roundShape, type RoundAnswer } from './rules/scorecard';
import { weightedOverall } from './rules/scoring';

// The scorecard functions are pure and live with the rules, so the branch check loads no machine.
export { scorecardOf } from './rules/scorecard';

export interface RoundInput {
  round: ResolvedRound;
  scoring: Pack['scoring'];
  /** R1 baseline where the loop uses Commitment-Reliability; null where it does not. */
  reliabilityBaseline: number | null;
  /** True when a person fills the scorecard in (committee mode) instead of the engine deriving it. */
  scoredByPerson: boolean;
}

interface ScorecardDraft {
  scores: Record<string, number>;
  recommendation: Recommendation;
  reliability?: number;
  narratives?: Record<string, string>;
  notes?: string[];
}

export type RoundEvent =
  | { type: 'candidate.answer'; option: string }
  | ({ type: 'interviewer.scorecard' } & ScorecardDraft);

export interface RoundContext extends RoundInput {
  promptId: string;
  /** Index of the main (non-probe) prompt the round is on; a probe returns to the one after it. */
  mainIndex: number;
  answers: RoundAnswer[];
  error: string | null;
  scorecard: Scorecard | null;
}

const mainPrompts = (round: ResolvedRound) => roundShape(round).mains;
const promptOf = (ctx: RoundContext) => roundShape(ctx.round).byId.get(ctx.promptId)!;
const isOffered = (ctx: RoundContext, event: RoundEvent): event is Extract<RoundEvent, { type: 'candidate.answer' }> =>
  event.type === 'candidate.answer' && promptOf(ctx).options.some((o) => o.id === event.option);
/** Whether this answer is the round's last: no follow-up, and no main prompt after this one. */
const endsRound = (ctx: RoundContext, optionId: string) =>
  !promptOf(ctx).options.find((o) => o.id === optionId)?.followUp && ctx.mainIndex + 1 >= mainPrompts(ctx.round).length;
/** One interview: prompts in order, probes on follow-ups, then the interviewer's scorecard. */
export const roundMachine = setup({
  types: {
    input: {} as RoundInput,
    context: {} as RoundContext,
    events: {} as RoundEvent,
    output: {} as Scorecard,
  },
  guards: {
    isOfferedOption: ({ context, event }) => isOffered(context, event),
    isLastAnswer: ({ context, event }) => isOffered(context, event) && endsRound(context, event.option),
    isLastAnswerScoredByEngine: ({ context, event }) =>
      isOffered(context, event) && endsRound(context, event.option) && !context.scoredByPerson,
    scoredByPerson: ({ context }) => context.scoredByPerson,
    scorecardStands: ({ context, event }) => {
      assertEvent(event, 'interviewer.scorecard');
      return missingNarratives(event.scores, event.narratives ?? {}, context.scoring.narrativeBelow).length === 0;
    },
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'candidate.answer');
      const option = promptOf(context).options.find((o) => o.id === event.option)!;
      const answers = [...context.answers, { prompt: context.promptId, option: option.id }];
      if (option.followUp) return { answers, promptId: option.followUp, error: null };
      const mainIndex = context.mainIndex + 1;
      return { answers, mainIndex, promptId: mainPrompts(context.round)[mainIndex]?.id ?? '', error: null };
    }),
    rejectAnswer: assign(({ context, event }) => {
      assertEvent(event, 'candidate.answer');
      const ids = promptOf(context)
        .options.map((o) => o.id)
        .join(', ');
      return { error: `"${event.option}" is not an answer to prompt ${context.promptId}; expected one of ${ids}` };
    }),
    deriveScorecard: assign(({ context }) => ({ scorecard: deriveScorecard(context) })),
    acceptScorecard: assign(({ context, event }) => {
      assertEvent(event, 'interviewer.scorecard');
      const derived = deriveScorecard(context);
      const { rubric } = context.round;
      const overall = weightedOverall(event.scores, rubric.dimensions);
      return {
        error: null,
        scorecard: {
          ...derived,
          scores: event.scores,
          overall,
          recommendation: event.recommendation,
          reliability: derived.reliability === null ? null : (event.reliability ?? derived.reliability),
          narratives: event.narratives ?? {},
          notes: event.notes ?? derived.notes,
        },
      };
    }),
    rejectScorecard: assign(({ context, event }) => {
      assertEvent(event, 'interviewer.scorecard');
      const problems = missingNarratives(event.scores, event.narratives ?? {}, context.scoring.narrativeBelow);
      return { error: problems.map((p) => p.message).join('; ') };
    }),
  },
}).createMachine({
  id: 'round',
  context: ({ input: { round, scoring, reliabilityBaseline, scoredByPerson } }) => ({
    round,
    scoring,
    reliabilityBaseline,
    scoredByPerson,
    promptId: mainPrompts(round)[0]!.id,
    mainIndex: 0,
    answers: [],
    error: null,
    scorecard: null,
  }),
  initial: 'asking',
  states: {
    asking: {
      description:
        'The interviewer asks the prompts in order; a follow-up probe comes next when the answer names one (C05).',
      tags: ['awaiting-candidate'],
      on: {
        'candidate.answer': [
          // The last answer files the engine's scorecard at once, or waits for the person scoring.
          { guard: 'isLastAnswerScoredByEngine', actions: ['recordAnswer', 'deriveScorecard'], target: 'filed' },
          { guard: 'isLastAnswer', actions: 'recordAnswer', target: 'scoring' },
          { guard: 'isOfferedOption', actions: 'recordAnswer' },
          { actions: 'rejectAnswer' },
        ],
      },
    },
    scoring: {
      description:
        'All prompts answered: the interviewer scores each dimension; a person scoring must write a narrative for any score below 3 (R2).',
      tags: ['awaiting-interviewer'],
      on: {
        'interviewer.scorecard': [
          { guard: 'scorecardStands', actions: 'acceptScorecard', target: 'filed' },
          { actions: 'rejectScorecard' },
        ],
      },
    },
    filed: { description: 'The scorecard is filed with the loop.', type: 'final' },
  },
  output: ({ context }) => context.scorecard!,
});
