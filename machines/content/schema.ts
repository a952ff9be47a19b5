import { z } from 'zod';
import {
  bonusSchema,
  cohortSchema,
  loopSchema,
  money,
  name,
  negotiationStepSchema,
  personSchema,
  range,
  recommendationSchema,
  requireNamedPaths,
  rubricSchema,
  scale,
  scenarioRoundSchema,
  scoringSchema,
  slug,
  text,
  RECOMMENDATIONS,
  type leverSchema,
  type optionSchema,
  type promptSchema,
  type signalsSchema,
  type Recommendation,
} from './common';
import { ruleId, ruleInstanceSchema } from '../policy/registry';

/** The content format version this engine writes and reads. */
export const SCHEMA_VERSION = 3;
/** The oldest content format version this engine still reads (migrated on load). */
export const OLDEST_SCHEMA_VERSION = 1;

export { RECOMMENDATIONS, recommendationSchema };
export type { Recommendation };

/**
 * Where a committee's decision lands on the pack's level ladder: a step up, at level, one or two
 * down, no hire; `hold` when the calendar ran out first.
 */
export const DECISIONS = ['up_level', 'hire', 'down_level', 'down_two', 'no_hire', 'hold'] as const;
export const decisionSchema = z.enum(DECISIONS);

// ---------------------------------------------------------------- pack

/** The calibrated-consensus bars of the ladder; only `hire` is required. */
const barsSchema = z
  .strictObject({
    /** At or above: hired at the scenario's level. */
    hire: scale,
    /** At or above (and below hire): one level down. */
    downLevel: scale.optional(),
    /** At or above (and below downLevel): two levels down. */
    downTwo: scale.optional(),
    /** At or above: one level up. */
    upLevel: scale.optional(),
  })
  .refine((b) => b.downLevel === undefined || b.downLevel <= b.hire, {
    message: 'expected downLevel at or below hire',
    path: ['downLevel'],
  })
  .refine((b) => b.downTwo === undefined || (b.downLevel !== undefined && b.downTwo <= b.downLevel), {
    message: 'expected downTwo at or below downLevel (and downLevel set)',
    path: ['downTwo'],
  })
  .refine((b) => b.upLevel === undefined || b.upLevel > b.hire, {
    message: 'expected upLevel above hire',
    path: ['upLevel'],
  });

const committeeConfigSchema = z.strictObject({
  /** `debrief` for a hiring committee, `conversion` for an intern return-offer calibration. */
  kind: z.enum(['debrief', 'conversion']),
  bars: barsSchema,
  /** Bars for a scenario at this level, replacing the pack's bars (a senior level wants a higher bar). */
  levelBars: z.record(z.string(), barsSchema).optional(),
  /** Conversion (L-INT) only: the roles that speak in each phase. */
  phases: z.strictObject({ manager: name, engineers: name, calibrator: name }).optional(),
});

const bandSchema = z.strictObject({
  base: range,
  bonus: bonusSchema,
  equity: range,
  /** Total-compensation range the offer must stay inside (K4). */
  total: range.optional(),
  /** The most sign-on this level offers; the pack's signOnMax when left out. */
  signOnMax: money.optional(),
});

const compSchema = z.strictObject({
  source: name,
  /** Levels lowest first: the ladder a decision moves on. */
  levels: z.array(name).min(1).max(20),
  bands: z.record(z.string(), bandSchema),
  /** Where in each range the draft offer starts: 0 is the minimum, 1 the maximum. */
  draftAt: z.number().min(0).max(1),
  signOnMax: money,
  /** Whether a candidate may ask before the verbal offer is made. */
  asksBeforeVerbal: z.boolean().default(false),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "USD" or "EUR"')
    .default('USD')
    .describe('Schema version 3: the currency every amount in the pack is in, as an ISO 4217 code ("EUR").'),
});

const rulesListSchema = z
  .array(ruleInstanceSchema)
  .max(50)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      const id = (r as { id: string }).id;
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `expected a rule id used once, found "${id}" again` });
      seen.add(id);
    });
  });

export const packSchema = z.strictObject({
  /** The format version (2); the loader reads version 1 files through a migration. */
  schemaVersion: z.number().int(),
  kind: z.literal('pack'),
  id: slug,
  title: name,
  sources: z.array(name).min(1),
  loop: loopSchema,
  rubrics: z.record(slug, rubricSchema),
  scoring: scoringSchema,
  committee: committeeConfigSchema,
  /** The committee's and the offer's rules, in the order they are checked. */
  rules: rulesListSchema,
  comp: compSchema,
});

// ---------------------------------------------------------------- scenario

/** What a path's offer must come to: how it ended and, optionally, any of its figures. */
const offerExpectationSchema = z.strictObject({
  outcome: z
    .enum(['accepted', 'declined', 'expired'])
    .describe('How the negotiation ends: accepted, declined, or expired past the offer deadline.'),
  base: money.optional().describe('The final base.'),
  bonus: money.optional().describe('The final annual bonus.'),
  equity: money.optional().describe('The final annual equity.'),
  signOn: money.optional().describe('The final sign-on bonus.'),
});

const pathSchema = z.strictObject({
  description: text,
  /** Option ids in the order the candidate picks them. */
  choices: z.array(slug).min(1).max(500),
  /** The offer as played: "verbal", asks, then "accept" or "decline"; empty means verbal, then accept. */
  negotiation: z.array(negotiationStepSchema).max(50).default([]),
  /** The decision this path must reach; tests and `debrief validate` hold the engine to it. */
  decision: decisionSchema,
  offer: offerExpectationSchema
    .optional()
    .describe('Schema version 3: the offer this path must end with, where its author wants that held too.'),
});

/** A scenario's change to its pack's rules: switch one off, or add or replace one. */
const ruleChangeSchema = z.union([z.strictObject({ id: ruleId, off: z.literal(true) }), ruleInstanceSchema], {
  error: 'expected a rule instance {id, kind, …} or {id, off: true}',
});

export const scenarioSchema = z.strictObject({
  schemaVersion: z.number().int(),
  kind: z.literal('scenario'),
  id: slug,
  title: name,
  pack: slug,
  role: name,
  level: name,
  /** domain.md IDs and seed file names this scenario draws on. */
  sources: z.array(name).min(1),
  /** What a coach uses this scenario to teach, in a sentence. */
  teaches: text,
  /** End-screen paragraph: the decision, the rule that decided it, the lesson. */
  summary: text,
  candidate: z.strictObject({ name, background: text }),
  people: z.array(personSchema).min(1).max(50),
  rounds: z.array(scenarioRoundSchema).min(1).max(20),
  committee: z.array(slug).min(1).max(50),
  /** Changes to the pack's rules for this scenario. */
  rules: z.array(ruleChangeSchema).max(50).default([]),
  /** What each decision is called in this scenario's setting (a review reads hire as "Exceeds"). */
  decisionLabels: z.partialRecord(decisionSchema, name).default({}),
  /** False where the committee's decision ends the scenario with no offer stage (a review). */
  makesOffer: z.boolean().default(true),
  /** The other candidates competing for the same slots (V5), with their calibrated scores. */
  cohort: cohortSchema,
  paths: z.record(slug, pathSchema).superRefine(requireNamedPaths),
});

/** Any file under scenarios/ in the current format: a pack or a scenario, told apart by `kind`. */
export const contentFileSchema = z.discriminatedUnion('kind', [packSchema, scenarioSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? 'expected "pack" or "scenario"' : undefined),
});

export type Pack = z.infer<typeof packSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ContentFile = z.infer<typeof contentFileSchema>;
export type Bars = z.infer<typeof barsSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Comp = z.infer<typeof compSchema>;
export type Lever = z.infer<typeof leverSchema>;
export type Person = z.infer<typeof personSchema>;
export type Prompt = z.infer<typeof promptSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Signals = z.infer<typeof signalsSchema>;
export type ScenarioPath = z.infer<typeof pathSchema>;
export type NegotiationStep = z.infer<typeof negotiationStepSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type RuleChange = z.infer<typeof ruleChangeSchema>;
