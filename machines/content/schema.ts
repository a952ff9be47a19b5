import { z } from 'zod';
import {
  commonSchemas,
  money,
  name,
  range,
  requireNamedPaths,
  scale,
  slug,
  text,
  RECOMMENDATIONS,
  type CommonSchemas,
  type leverSchema,
  type Recommendation,
} from './common';
import { ruleId, ruleInstanceSchema as ruleInstanceSchemaOf } from '../policy/registry';

/** The content format version this engine writes and reads. */
export const SCHEMA_VERSION = 3;
/** The oldest content format version this engine still reads (migrated on load). */
export const OLDEST_SCHEMA_VERSION = 1;

export { RECOMMENDATIONS };
export type { Recommendation };

/**
 * Where a committee's decision lands on the pack's level ladder: a step up, at level, one or two
 * down, no hire; `hold` when the calendar ran out first.
 */
export const DECISIONS = ['up_level', 'hire', 'down_level', 'down_two', 'no_hire', 'hold'] as const;
// Built on first use, not at load (see common.ts): a command whose files were all read before
// (the CLI keeps its reads) never builds them.
function build() {
  const {
    bonusSchema,
    cohortSchema,
    loopSchema,
    negotiationStepSchema,
    personSchema,
    rubricSchema,
    scenarioRoundSchema,
    scoringSchema,
  } = commonSchemas();
  const ruleInstanceSchema = ruleInstanceSchemaOf();
  const decisionSchema = z.enum(DECISIONS);

  // ---------------------------------------------------------------- pack

  /** The calibrated-consensus bars of the ladder; only `hire` is required. */
  const barsSchema = z
    .strictObject({
      hire: scale.describe("Calibrated consensus at or above this: hired at the scenario's level."),
      downLevel: scale
        .optional()
        .describe('At or above this (and below hire): one level down; no down-level when left out.'),
      downTwo: scale.optional().describe('At or above this (and below downLevel): two levels down.'),
      upLevel: scale.optional().describe('At or above this: one level up; no up-level when left out.'),
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
    })
    .describe(
      'The calibrated-consensus bars of the level ladder; only `hire` is required. Below every bar is no hire.',
    );

  const committeeConfigSchema = z.strictObject({
    kind: z
      .enum(['debrief', 'conversion'])
      .describe('`debrief` for a hiring committee, `conversion` for an intern return-offer calibration.'),
    bars: barsSchema,
    levelBars: z
      .record(z.string(), barsSchema)
      .optional()
      .describe(
        "Bars for a scenario at this level, by level name, replacing the pack's bars (a senior level wants a higher bar).",
      ),
    phases: z
      .strictObject({
        manager: name.describe('The role that speaks first, for the intern (the manager).'),
        engineers: name.describe('The role whose members speak next (the engineers who worked with the intern).'),
        calibrator: name.describe('The role that calibrates and closes.'),
      })
      .optional()
      .describe('Conversion (L-INT) only: the roles that speak in each phase.'),
  });

  const bandSchema = z.strictObject({
    base: range.describe('Base salary range, [min, max] whole dollars a year.'),
    bonus: bonusSchema,
    equity: range.describe('Equity range, [min, max] whole dollars.'),
    total: range.optional().describe('Total-compensation range the offer must stay inside (K4).'),
    signOnMax: money.optional().describe("The most sign-on this level offers; the pack's signOnMax when left out."),
  });

  const compSchema = z.strictObject({
    source: name.describe('The domain.md ID or seed file the comp bands come from.'),
    levels: z.array(name).min(1).max(20).describe('Levels lowest first: the ladder a decision moves up or down.'),
    bands: z
      .record(z.string(), bandSchema)
      .describe('The comp band of each level, by level name; every level a scenario plays at needs one.'),
    draftAt: z
      .number()
      .min(0)
      .max(1)
      .describe('Where in each range the draft offer starts: 0 is the minimum, 1 the maximum.'),
    signOnMax: money.describe('The most sign-on any level offers, in whole dollars.'),
    asksBeforeVerbal: z
      .boolean()
      .default(false)
      .describe('Whether a candidate may ask before the verbal offer is made.'),
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
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: `expected a rule id used once, found "${id}" again`,
          });
        seen.add(id);
      });
    })
    .describe('The rules, in the order they are checked: each `{ id, kind, ... }` with the settings of its kind.');

  const schemaVersionField = z
    .number()
    .int()
    .describe(
      `The content format version (${SCHEMA_VERSION}, current); files in version 1 are read through a migration.`,
    );

  const packSchema = z.strictObject({
    schemaVersion: schemaVersionField,
    kind: z
      .literal('pack')
      .describe('A pack: the loop, rubrics, scoring, committee, rules and comp scenarios play in.'),
    id: slug.describe("The pack's id; a scenario names its pack by it."),
    title: name.describe('The pack as the library shows it.'),
    sources: z.array(name).min(1).describe('The domain.md IDs and seed file names the pack draws on.'),
    loop: loopSchema.describe('The interview loop: its rounds and calendar.'),
    rubrics: z.record(slug, rubricSchema).describe('The rubrics rounds are scored on, by id.'),
    scoring: scoringSchema.describe('How answers become scores and scores become recommendations.'),
    committee: committeeConfigSchema.describe("How the committee decides: its kind and the level ladder's bars."),
    rules: rulesListSchema,
    comp: compSchema.describe('The levels, their comp bands and how the draft offer is set.'),
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
    description: text.describe('What happens on this path and why it ends as it does, for a coach.'),
    choices: z
      .array(slug)
      .min(1)
      .max(500)
      .describe('Option ids in the order the candidate picks them, probes included.'),
    negotiation: z
      .array(negotiationStepSchema)
      .max(50)
      .default([])
      .describe('The offer as played: "verbal", asks, then "accept" or "decline"; empty means verbal, then accept.'),
    decision: decisionSchema.describe(
      'The decision this path must reach; tests and `debrief validate` hold the engine to it.',
    ),
    offer: offerExpectationSchema
      .optional()
      .describe('Schema version 3: the offer this path must end with, where its author wants that held too.'),
  });

  /** A scenario's change to its pack's rules: switch one off, or add or replace one. */
  const ruleChangeSchema = z.union(
    [
      z.strictObject({
        id: ruleId.describe('The id of the pack rule to switch off.'),
        off: z.literal(true).describe('Switches the pack rule with this id off for this scenario.'),
      }),
      ruleInstanceSchema,
    ],
    { error: 'expected a rule instance {id, kind, …} or {id, off: true}' },
  );

  const scenarioSchema = z.strictObject({
    schemaVersion: schemaVersionField,
    kind: z.literal('scenario').describe("A scenario: one candidate's loop and debrief, played in its pack."),
    id: slug.describe("The scenario's id, unique in the library; by convention also its file name."),
    title: name.describe('The scenario as the library shows it.'),
    pack: slug.describe('The id of the pack this scenario plays in (scenarios/packs/<id>.yaml).'),
    role: name.describe('The role the candidate interviews for ("Senior Product Manager").'),
    level: name.describe("The level the loop hires at; one of the pack's comp levels."),
    sources: z.array(name).min(1).describe('domain.md IDs and seed file names this scenario draws on.'),
    teaches: text.describe('What a coach uses this scenario to teach, in a sentence.'),
    summary: text.describe('End-screen paragraph: the decision, the rule that decided it, the lesson.'),
    candidate: z
      .strictObject({
        name: name.describe("The candidate's name."),
        background: text.describe("The candidate's background, as the packet introduces them."),
      })
      .describe('Who is interviewing.'),
    people: z.array(personSchema).min(1).max(50).describe('Everyone in the loop: interviewers and committee members.'),
    rounds: z
      .array(scenarioRoundSchema)
      .min(1)
      .max(20)
      .describe("The pack's rounds as this scenario plays them: who interviews and what they ask."),
    committee: z.array(slug).min(1).max(50).describe('The ids of the people who sit on the committee.'),
    rules: z
      .array(ruleChangeSchema)
      .max(50)
      .default([])
      .describe(
        "Changes to the pack's rules for this scenario: `{ id, off: true }`, or a rule instance added or replaced.",
      ),
    decisionLabels: z
      .partialRecord(decisionSchema, name)
      .default({})
      .describe('What each decision is called in this scenario\'s setting (a review reads hire as "Exceeds").'),
    makesOffer: z
      .boolean()
      .default(true)
      .describe("False where the committee's decision ends the scenario with no offer stage (a review)."),
    cohort: cohortSchema,
    paths: z
      .record(slug, pathSchema)
      .superRefine(requireNamedPaths)
      .describe(
        'Named ways through the scenario, each held to its decision: `recorded`, `best` and `worst` are required.',
      ),
  });

  /** Any file under scenarios/ in the current format: a pack or a scenario, told apart by `kind`. */
  const contentFileSchema = z.discriminatedUnion('kind', [packSchema, scenarioSchema], {
    error: (issue) => (issue.code === 'invalid_union' ? 'expected "pack" or "scenario"' : undefined),
  });
  // The file's schema, and the parts whose types other modules name.
  return {
    decisionSchema,
    barsSchema,
    bandSchema,
    compSchema,
    packSchema,
    pathSchema,
    ruleChangeSchema,
    scenarioSchema,
    contentFileSchema,
  };
}

let built: ReturnType<typeof build> | undefined;
/** The schemas of a content file in the current format: `contentFileSchema` checks a whole file. */
export const contentSchemas = () => (built ??= build());
type S = ReturnType<typeof build>;
type C = CommonSchemas;

export type Pack = z.infer<S['packSchema']>;
export type Scenario = z.infer<S['scenarioSchema']>;
export type ScenarioPath = z.infer<S['pathSchema']>;
export type ContentFile = z.infer<S['contentFileSchema']>;
export type Bars = z.infer<S['barsSchema']>;
export type Band = z.infer<S['bandSchema']>;
export type Comp = z.infer<S['compSchema']>;
export type Lever = z.infer<typeof leverSchema>;
export type Person = z.infer<C['personSchema']>;
export type Prompt = z.infer<C['promptSchema']>;
export type Option = z.infer<C['optionSchema']>;
export type Signals = z.infer<C['signalsSchema']>;
export type NegotiationStep = z.infer<C['negotiationStepSchema']>;
export type Decision = z.infer<S['decisionSchema']>;
export type RuleChange = z.infer<S['ruleChangeSchema']>;
