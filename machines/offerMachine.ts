import { assertEvent, assign, setup } from 'xstate';
import type { RuleFiring, Scorecard } from './rules/types';
import type { ResolvedScenario } from './content/resolve';
import type { OfferPolicy } from './policy/compile';
import {
  answerAsk,
  bandAdjustmentRefused,
  bandFor,
  draftOffer,
  lockedAfterVerbal,
  tooEarly,
  setTerms,
  type AskKind,
  type OfferTerms,
} from './rules/offerRules';
import { answerCompeting, lapsed } from './rules/competingOffer';

export interface OfferInput {
  policy: OfferPolicy;
  level: string;
  /** Flags the candidate's answers raised (K5 reads the portfolio flag). */
  flags: string[];
}

/** What the loop hands the offer once the committee has set a level: the pack's offer rules, the level, the packet's flags. */
export function offerInputOf(
  resolved: Pick<ResolvedScenario, 'policy'>,
  level: string,
  scorecards: ReadonlyArray<Pick<Scorecard, 'flags'>>,
): OfferInput {
  return { policy: resolved.policy.offer, level, flags: scorecards.flatMap((c) => c.flags) };
}

/** One line of the negotiation log: an ask (or a competing offer) and the committee's answer. */
export interface NegotiationEntry {
  ask: AskKind | 'competing';
  amount: number;
  granted: number;
  firing: RuleFiring | null;
}

export interface OfferResult {
  terms: OfferTerms;
  accepted: boolean;
  /** How the negotiation ended: the candidate accepted, declined, or let the verbal offer lapse. */
  outcome: 'accepted' | 'declined' | 'expired';
  log: NegotiationEntry[];
  firings: RuleFiring[];
}

export type OfferEvent =
  | { type: 'candidate.ask'; ask: AskKind; amount: number }
  | { type: 'offer.extend' }
  | { type: 'candidate.accept' }
  | { type: 'candidate.decline' }
  | { type: 'candidate.compete'; amount: number }
  | { type: 'candidate.wait'; days: number }
  | { type: 'committee.setTerms'; base: number; bonus: number; equity: number }
  | { type: 'band.adjust'; by: string; base: [number, number] };

export interface OfferContext extends OfferInput {
  terms: OfferTerms;
  verbal: boolean;
  accepted: boolean;
  /** Days the candidate has let pass since the verbal offer, which the pack's offer deadline counts. */
  waited: number;
  /** Whether the verbal offer lapsed past the deadline. */
  lapsed: boolean;
  log: NegotiationEntry[];
  firings: RuleFiring[];
  /** Why the last ask changed nothing (asked already, or before the verbal offer where the pack forbids it). */
  error: string | null;
  /** What the committee's last setting of the terms had to move to stay inside the band. */
  notice: string | null;
}

// The same ask twice in a row gets the same answer once: the log says it, the screen repeats it.
const repeatsLastAsk = (ctx: OfferContext, ask: AskKind, amount: number) => {
  const last = ctx.log.at(-1);
  return !!last && last.ask === ask && last.amount === amount && last.granted === 0;
};

/** The offer: a draft inside the band, the verbal offer, negotiation, then accept or decline. */
export const offerMachine = setup({
  types: {
    input: {} as OfferInput,
    context: {} as OfferContext,
    events: {} as OfferEvent,
    output: {} as OfferResult,
  },
  guards: {
    lockedAfterVerbal: ({ context }) => lockedAfterVerbal(context.policy, context.verbal) !== null,
    asksBeforeVerbal: ({ context }) => context.policy.comp.asksBeforeVerbal,
    repeatsLastAsk: ({ context, event }) => {
      assertEvent(event, 'candidate.ask');
      return repeatsLastAsk(context, event.ask, event.amount);
    },
    lapses: ({ context, event }) => {
      assertEvent(event, 'candidate.wait');
      return lapsed(context.policy, context.waited + event.days) !== null;
    },
    bandAdjustmentRefused: ({ context, event }) => {
      assertEvent(event, 'band.adjust');
      return bandAdjustmentRefused(context.policy, event.by) !== null;
    },
  },
  actions: {
    answerAsk: assign(({ context, event }) => {
      assertEvent(event, 'candidate.ask');
      const answer = answerAsk(context.policy, context.terms, event.ask, event.amount);
      const entry = { ask: event.ask, amount: event.amount, granted: answer.granted, firing: answer.firing };
      return {
        terms: answer.terms,
        log: [...context.log, entry],
        firings: answer.firing ? [...context.firings, answer.firing] : context.firings,
        notice: null,
        error: null,
      };
    }),
    refuseAsk: assign(({ context, event }) => {
      assertEvent(event, 'candidate.ask');
      const firing = lockedAfterVerbal(context.policy, context.verbal)!;
      return {
        log: [...context.log, { ask: event.ask, amount: event.amount, granted: 0, firing }],
        firings: [...context.firings, firing],
        error: null,
      };
    }),
    answerCompeting: assign(({ context, event }) => {
      assertEvent(event, 'candidate.compete');
      const answer = answerCompeting(context.policy, context.terms, event.amount);
      const entry: NegotiationEntry = {
        ask: 'competing',
        amount: event.amount,
        granted: answer.granted,
        firing: answer.firing,
      };
      return {
        terms: answer.terms,
        log: [...context.log, entry],
        firings: answer.firing ? [...context.firings, answer.firing] : context.firings,
        notice: null,
        error: answer.firing ? null : 'This committee has no rule for meeting a competing offer; its offer stands.',
      };
    }),
    wait: assign(({ context, event }) => {
      assertEvent(event, 'candidate.wait');
      return { waited: context.waited + event.days, error: null };
    }),
    lapse: assign(({ context, event }) => {
      assertEvent(event, 'candidate.wait');
      const waited = context.waited + event.days;
      return { waited, lapsed: true, firings: [...context.firings, lapsed(context.policy, waited)!] };
    }),
    noteRepeat: assign({ error: 'The committee has already answered that ask; its answer stands.' }),
    // Logged like a refusal after the verbal offer, so `play` and the screens say what became of the ask.
    noteTooEarly: assign(({ context, event }) => {
      assertEvent(event, 'candidate.ask');
      const firing = tooEarly(context.policy);
      return {
        log: [...context.log, { ask: event.ask, amount: event.amount, granted: 0, firing }],
        firings: [...context.firings, firing],
        error: null,
      };
    }),
    extendVerbal: assign({ verbal: true, error: null }),
    accept: assign({ accepted: true }),
    setTerms: assign(({ context, event }) => {
      assertEvent(event, 'committee.setTerms');
      const set = setTerms(context.policy, context.terms, event);
      return {
        terms: set.terms,
        firings: [...context.firings, ...set.firings],
        notice: set.firings.map((f) => f.reason).join('; ') || null,
      };
    }),
    refuseBandAdjustment: assign(({ context, event }) => {
      assertEvent(event, 'band.adjust');
      // The refusal is a firing; the screen says it beside the control that asked, not as a second notice.
      return { firings: [...context.firings, bandAdjustmentRefused(context.policy, event.by)!] };
    }),
    adjustBand: assign(({ context, event }) => {
      assertEvent(event, 'band.adjust');
      const { comp } = context.policy;
      const band = { ...bandFor(comp, context.level), base: event.base };
      const policy = { ...context.policy, comp: { ...comp, bands: { ...comp.bands, [context.level]: band } } };
      return { policy, notice: null };
    }),
  },
}).createMachine({
  id: 'offer',
  context: ({ input: { policy, level, flags } }) => ({
    policy,
    level,
    flags,
    terms: draftOffer(policy, level, flags),
    verbal: false,
    accepted: false,
    waited: 0,
    lapsed: false,
    log: [],
    firings: [],
    error: null,
    notice: null,
  }),
  initial: 'drafting',
  on: {
    'band.adjust': [{ guard: 'bandAdjustmentRefused', actions: 'refuseBandAdjustment' }, { actions: 'adjustBand' }],
  },
  states: {
    drafting: {
      description:
        'A draft inside the band, which the committee may set; the candidate asks before the verbal offer only where the pack allows it.',
      tags: ['awaiting-candidate'],
      on: {
        'candidate.ask': [
          { guard: 'repeatsLastAsk', actions: 'noteRepeat' },
          { guard: 'asksBeforeVerbal', actions: 'answerAsk' },
          { actions: 'noteTooEarly' },
        ],
        'committee.setTerms': { actions: 'setTerms' },
        'offer.extend': { target: 'extended', actions: 'extendVerbal' },
        // A competing offer named before the verbal offer shapes the draft the verbal offer will carry.
        'candidate.compete': { actions: 'answerCompeting' },
      },
    },
    extended: {
      description: 'The verbal offer is made; where the pack locks offers (K4), asks are now refused.',
      tags: ['awaiting-candidate'],
      on: {
        'candidate.ask': [
          { guard: 'repeatsLastAsk', actions: 'noteRepeat' },
          { guard: 'lockedAfterVerbal', actions: 'refuseAsk' },
          { actions: 'answerAsk' },
        ],
        'candidate.compete': { actions: 'answerCompeting' },
        'candidate.wait': [{ guard: 'lapses', target: 'expired', actions: 'lapse' }, { actions: 'wait' }],
        'candidate.accept': { target: 'accepted', actions: 'accept' },
        'candidate.decline': 'declined',
      },
    },
    accepted: { description: 'The candidate accepted.', type: 'final' },
    declined: { description: 'The candidate declined.', type: 'final' },
    expired: {
      description: "The candidate waited past the pack's offer deadline: the verbal offer lapsed.",
      type: 'final',
    },
  },
  output: ({ context }) => ({
    terms: context.terms,
    accepted: context.accepted,
    outcome: context.accepted ? 'accepted' : context.lapsed ? 'expired' : 'declined',
    log: context.log,
    firings: context.firings,
  }),
});
