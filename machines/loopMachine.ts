import { assign, forwardTo, setup } from 'xstate';
import type { ResolvedScenario } from './content/resolve';
import type { DebriefOutcome, RuleFiring, Scorecard } from './rules/types';
import type { CommitteeInput } from './committee/committeeInput';
import { roundMachine, type RoundEvent } from './roundMachine';
import { debriefMachine } from './debriefMachine';
import { conversionMachine } from './conversionMachine';
import { offerInputOf, offerMachine, type OfferEvent, type OfferResult } from './offerMachine';
import { committeeInputOf, type CommitteeEvent } from './committee/committeeInput';
import { dueDay, holdDeadlineMs, msUntil } from './calendar';
import { earlyEndOf } from './rules/earlyEnd';

export { committeeInputOf } from './committee/committeeInput';

interface LoopInput {
  resolved: ResolvedScenario;
  /** Committee members played by a person. */
  personMembers?: string[];
  /** Interviewers whose scorecards a person fills in. */
  personInterviewers?: string[];
}

export type LoopEvent =
  | RoundEvent
  | Exclude<CommitteeEvent, { type: 'member.voted' }>
  | OfferEvent
  | { type: 'candidate.withdraw' };

export interface LoopContext {
  resolved: ResolvedScenario;
  personMembers: string[];
  personInterviewers: string[];
  roundIndex: number;
  day: number;
  /** Days the candidate's answers pushed the calendar back. */
  slip: number;
  scorecards: Scorecard[];
  outcome: DebriefOutcome | null;
  hold: RuleFiring | null;
  offer: OfferResult | null;
  /**
   * Counts the steps its round, committee and offer have taken: the loop's snapshot changes with
   * every one of them, so a reader of the loop alone (useSelector on its actor) sees each step.
   */
  childSteps: number;
}

/** The day the next step of the loop is due, given where it is. */
function nextStepDay(ctx: LoopContext, step: 'round' | 'debrief' | 'offer'): number {
  const { loop } = ctx.resolved.pack;
  const planned =
    step === 'round' ? ctx.resolved.rounds[ctx.roundIndex]!.day : step === 'debrief' ? loop.debriefDay : loop.offerDay;
  return dueDay(ctx.day, planned, ctx.slip);
}

/** Milliseconds until the waiting loop's next step is due, or null when it is not waiting. */
export function msUntilNextStep(snapshot: { context: LoopContext; matches: (v: never) => boolean }): number | null {
  const ctx = snapshot.context;
  const at = (step: 'round' | 'debrief' | 'offer') => msUntil(ctx.day, nextStepDay(ctx, step));
  if (
    snapshot.matches({ undecided: 'application' } as never) ||
    snapshot.matches({ undecided: 'waitingForRound' } as never)
  )
    return at('round');
  if (snapshot.matches({ undecided: 'waitingForDebrief' } as never)) return at('debrief');
  if (snapshot.matches('waitingForOffer' as never)) return at('offer');
  return null;
}

/** A finished round's scorecard, filed with the loop: the same action whichever wait follows it. */
const fileTheScorecard = {
  type: 'fileScorecard' as const,
  params: ({ event }: { event: { output: Scorecard } }) => ({ card: event.output }),
};

/**
 * The whole loop on a simulated calendar: application, the scenario's rounds in order, the
 * committee, the offer. Undecided past the pack's hold day it goes to hold; the candidate may
 * withdraw at any point.
 */
const loopSetup = setup({
  types: {
    input: {} as LoopInput,
    context: {} as LoopContext,
    events: {} as LoopEvent,
  },
  actors: { roundMachine, debriefMachine, conversionMachine, offerMachine },
  delays: {
    untilRound: ({ context }) => msUntil(context.day, nextStepDay(context, 'round')),
    untilDebrief: ({ context }) => msUntil(context.day, nextStepDay(context, 'debrief')),
    untilOffer: ({ context }) => msUntil(context.day, nextStepDay(context, 'offer')),
    holdDeadline: ({ context }) => holdDeadlineMs(context.resolved.pack.loop),
  },
  guards: {
    hasHoldDay: ({ context }) => context.resolved.pack.loop.holdDay !== undefined,
    laterRounds: ({ context }) => context.roundIndex + 1 < context.resolved.rounds.length,
    endsEarly: ({ context }, { card }: { card: Scorecard }) =>
      earlyEndOf(context.resolved, [...context.scorecards, card]) !== null,
    isConversion: ({ context }) => context.resolved.pack.committee.kind === 'conversion',
    offerWarranted: ({ context }) => context.resolved.scenario.makesOffer && context.outcome?.level != null,
  },
  actions: {
    arriveAtRound: assign(({ context }) => ({ day: nextStepDay(context, 'round') })),
    arriveAtDebrief: assign(({ context }) => ({ day: nextStepDay(context, 'debrief') })),
    arriveAtOffer: assign(({ context }) => ({ day: nextStepDay(context, 'offer') })),
    fileScorecard: assign(({ context }, { card }: { card: Scorecard }) => {
      const slip = card.choices.reduce(
        (sum, id) => sum + (context.resolved.options.get(id)?.option.signals.delayDays ?? 0),
        0,
      );
      return {
        scorecards: [...context.scorecards, card],
        roundIndex: context.roundIndex + 1,
        slip: context.slip + slip,
      };
    }),
    recordOutcome: assign((_, { outcome }: { outcome: DebriefOutcome }) => ({ outcome })),
    endEarly: assign(({ context }) => ({ outcome: earlyEndOf(context.resolved, context.scorecards) })),
    recordOffer: assign((_, { offer }: { offer: OfferResult }) => ({ offer })),
    recordHold: assign(({ context }) => {
      const { loop } = context.resolved.pack;
      return {
        day: loop.holdDay! + 1,
        hold: {
          rule: loop.source,
          label: 'Undecided past the hold day',
          by: 'calendar',
          reason: `still undecided on day ${loop.holdDay! + 1}, past the hold day ${loop.holdDay}`,
        },
      };
    }),
    forwardToRound: forwardTo('round'),
    forwardToCommittee: forwardTo('committee'),
    forwardToOffer: forwardTo('offer'),
    noteChildStep: assign(({ context }) => ({ childSteps: context.childSteps + 1 })),
  },
});

/** A committee sitting (the debrief, or a conversion's): its machine decides, and the loop records it. */
const committeeSitting = (src: 'debriefMachine' | 'conversionMachine', description: string) =>
  loopSetup.createStateConfig({
    description,
    invoke: {
      id: 'committee',
      src,
      onSnapshot: { actions: 'noteChildStep' },
      input: ({ context }) => committeeInput(context),
      onDone: {
        target: '#loop.decided',
        actions: { type: 'recordOutcome', params: ({ event }) => ({ outcome: event.output }) },
      },
    },
    on: {
      'committee.vote': { actions: 'forwardToCommittee' },
      'committee.revise': { actions: 'forwardToCommittee' },
      'debrief.advance': { actions: 'forwardToCommittee' },
    },
  });

export const loopMachine = loopSetup.createMachine({
  id: 'loop',
  context: ({ input }) => ({
    resolved: input.resolved,
    personMembers: input.personMembers ?? [],
    personInterviewers: input.personInterviewers ?? [],
    roundIndex: 0,
    day: 0,
    slip: 0,
    scorecards: [],
    outcome: null,
    hold: null,
    offer: null,
    childSteps: 0,
  }),
  initial: 'undecided',
  on: { 'candidate.withdraw': '.withdrawn' },
  states: {
    undecided: {
      description:
        "The loop is running and no committee has decided yet; past the pack's hold day it goes to hold (L-PGM: day 26).",
      after: { holdDeadline: { guard: 'hasHoldDay', target: 'hold', actions: 'recordHold' } },
      initial: 'application',
      states: {
        application: {
          description: "The application is in; the calendar runs to the first round's day.",
          tags: ['waiting'],
          after: { untilRound: { target: 'interviewing', actions: 'arriveAtRound' } },
        },
        waitingForRound: {
          description:
            "Between rounds: the calendar runs to the next round's day, later if an answer asked for a delay.",
          tags: ['waiting'],
          after: { untilRound: { target: 'interviewing', actions: 'arriveAtRound' } },
        },
        interviewing: {
          description:
            'A round is under way: the round machine asks its prompts and the interviewer files a scorecard.',
          invoke: {
            id: 'round',
            src: 'roundMachine',
            onSnapshot: { actions: 'noteChildStep' },
            input: ({ context }) => {
              const round = context.resolved.rounds[context.roundIndex]!;
              const { pack } = context.resolved;
              return {
                round,
                scoring: pack.scoring,
                reliabilityBaseline: pack.loop.reliability?.baseline ?? null,
                scoredByPerson: context.personInterviewers.includes(round.interviewer.id),
              };
            },
            // Guards run before the filing, so the index is still the round just sat.
            onDone: [
              {
                guard: { type: 'endsEarly', params: fileTheScorecard.params },
                target: '#loop.decided',
                actions: [fileTheScorecard, 'endEarly'],
              },
              { guard: 'laterRounds', target: 'waitingForRound', actions: fileTheScorecard },
              { target: 'waitingForDebrief', actions: fileTheScorecard },
            ],
          },
          on: {
            'candidate.answer': { actions: 'forwardToRound' },
            'interviewer.scorecard': { actions: 'forwardToRound' },
          },
        },
        waitingForDebrief: {
          description: 'The packet is complete; the calendar runs to the debrief day.',
          tags: ['waiting'],
          after: {
            untilDebrief: [
              { guard: 'isConversion', target: 'converting', actions: 'arriveAtDebrief' },
              { target: 'deliberating', actions: 'arriveAtDebrief' },
            ],
          },
        },
        deliberating: committeeSitting(
          'debriefMachine',
          "The hiring committee sits: packet, sealed votes, discussion and a calibration round, calibration, then the pack's rules decide.",
        ),
        converting: committeeSitting(
          'conversionMachine',
          "An intern conversion: the manager's evaluation, the engineers' vote, the Head of Product's calibration, a revision round, then ranking against the slots (V2, V5).",
        ),
      },
    },
    decided: {
      description: 'The committee has decided: an offer follows a hire or down-level; anything else closes the loop.',
      always: [{ guard: 'offerWarranted', target: 'waitingForOffer' }, { target: 'closed' }],
    },
    waitingForOffer: {
      description: 'Hired; the calendar runs to the offer day.',
      tags: ['waiting'],
      after: { untilOffer: { target: 'offer', actions: 'arriveAtOffer' } },
    },
    offer: {
      description: 'The offer machine drafts inside the band and answers each ask (K3 lever, K4 lock).',
      invoke: {
        id: 'offer',
        src: 'offerMachine',
        onSnapshot: { actions: 'noteChildStep' },
        input: ({ context }) => offerInputOf(context.resolved, context.outcome!.level!, context.scorecards),
        onDone: {
          target: 'closed',
          actions: { type: 'recordOffer', params: ({ event }) => ({ offer: event.output }) },
        },
      },
      on: {
        'candidate.ask': { actions: 'forwardToOffer' },
        'offer.extend': { actions: 'forwardToOffer' },
        'candidate.accept': { actions: 'forwardToOffer' },
        'candidate.decline': { actions: 'forwardToOffer' },
        'candidate.compete': { actions: 'forwardToOffer' },
        'candidate.wait': { actions: 'forwardToOffer' },
        'band.adjust': { actions: 'forwardToOffer' },
        'committee.setTerms': { actions: 'forwardToOffer' },
      },
    },
    closed: { description: 'The loop is over: decided, and any offer accepted or declined.', type: 'final' },
    hold: { type: 'final' },
    withdrawn: { description: 'The candidate withdrew.', type: 'final' },
  },
});

function committeeInput(context: LoopContext): CommitteeInput {
  return committeeInputOf(context.resolved, context.scorecards, context.personMembers);
}
