import { assertEvent, assign, setup } from 'xstate';
import type { Comp, Rules } from './content/schema';
import type { RuleFiring } from './rules/types';
import {
  answerAsk,
  bandAdjustmentRefused,
  draftOffer,
  lockedAfterVerbal,
  type AskKind,
  type OfferTerms,
} from './rules/offerRules';

export interface OfferInput {
  comp: Comp;
  rules: Rules;
  level: string;
  /** Flags the candidate's answers raised (K5 reads the portfolio flag). */
  flags: string[];
}

/** One line of the negotiation log: an ask and the committee's answer. */
export interface NegotiationEntry {
  ask: AskKind;
  amount: number;
  granted: number;
  firing: RuleFiring | null;
}

export interface OfferResult {
  terms: OfferTerms;
  accepted: boolean;
  log: NegotiationEntry[];
  firings: RuleFiring[];
}

export type OfferEvent =
  | { type: 'candidate.ask'; ask: AskKind; amount: number }
  | { type: 'offer.extend' }
  | { type: 'candidate.accept' }
  | { type: 'candidate.decline' }
  | { type: 'band.adjust'; by: string; base: [number, number] };

export interface OfferContext extends OfferInput {
  terms: OfferTerms;
  verbal: boolean;
  accepted: boolean;
  log: NegotiationEntry[];
  firings: RuleFiring[];
}

/** The offer: a draft inside the band, the verbal offer, negotiation, then accept or decline. */
export const offerMachine = setup({
  types: {
    input: {} as OfferInput,
    context: {} as OfferContext,
    events: {} as OfferEvent,
    output: {} as OfferResult,
  },
  guards: {
    lockedAfterVerbal: ({ context }) => lockedAfterVerbal(context.comp, context.verbal) !== null,
    bandAdjustmentRefused: ({ context, event }) => {
      assertEvent(event, 'band.adjust');
      return bandAdjustmentRefused(context.rules, event.by) !== null;
    },
  },
  actions: {
    answerAsk: assign(({ context, event }) => {
      assertEvent(event, 'candidate.ask');
      const answer = answerAsk(context.comp, context.terms, event.ask, event.amount);
      const entry = { ask: event.ask, amount: event.amount, granted: answer.granted, firing: answer.firing };
      return {
        terms: answer.terms,
        log: [...context.log, entry],
        firings: answer.firing ? [...context.firings, answer.firing] : context.firings,
      };
    }),
    refuseAsk: assign(({ context, event }) => {
      assertEvent(event, 'candidate.ask');
      const firing = lockedAfterVerbal(context.comp, context.verbal)!;
      return {
        log: [...context.log, { ask: event.ask, amount: event.amount, granted: 0, firing }],
        firings: [...context.firings, firing],
      };
    }),
    extendVerbal: assign({ verbal: true }),
    accept: assign({ accepted: true }),
    refuseBandAdjustment: assign(({ context, event }) => {
      assertEvent(event, 'band.adjust');
      return { firings: [...context.firings, bandAdjustmentRefused(context.rules, event.by)!] };
    }),
    adjustBand: assign(({ context, event }) => {
      assertEvent(event, 'band.adjust');
      const band = { ...context.comp.bands[context.level]!, base: event.base };
      return { comp: { ...context.comp, bands: { ...context.comp.bands, [context.level]: band } } };
    }),
  },
}).createMachine({
  id: 'offer',
  context: ({ input }) => ({
    ...input,
    terms: draftOffer(input.comp, input.level, input.flags),
    verbal: false,
    accepted: false,
    log: [],
    firings: [],
  }),
  initial: 'drafting',
  on: {
    'band.adjust': [
      { guard: 'bandAdjustmentRefused', actions: 'refuseBandAdjustment' },
      { actions: 'adjustBand' },
    ],
  },
  states: {
    drafting: { description: 'A draft inside the band; the candidate may ask before the verbal offer.',
      tags: ['awaiting-candidate'],
      on: {
        'candidate.ask': { actions: 'answerAsk' },
        'offer.extend': { target: 'extended', actions: 'extendVerbal' },
      },
    },
    extended: { description: 'The verbal offer is made; where the loop locks offers (K4), asks are now refused.',
      tags: ['awaiting-candidate'],
      on: {
        'candidate.ask': [{ guard: 'lockedAfterVerbal', actions: 'refuseAsk' }, { actions: 'answerAsk' }],
        'candidate.accept': { target: 'accepted', actions: 'accept' },
        'candidate.decline': 'declined',
      },
    },
    accepted: { description: 'The candidate accepted.', type: 'final' },
    declined: { description: 'The candidate declined.', type: 'final' },
  },
  output: ({ context }) => ({
    terms: context.terms,
    accepted: context.accepted,
    log: context.log,
    firings: context.firings,
  }),
});
