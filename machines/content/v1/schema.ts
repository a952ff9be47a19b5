import { z } from 'zod';
import {
  commonSchemas,
  leverSchema,
  money,
  name,
  range,
  recommendationSchema,
  requireNamedPaths,
  scale,
  slug,
  text,
} from '../common';

// Content format version 1, kept so files written for it still load: the loader checks a v1 file
// against this schema, then migrates it (../migrate.ts) to the current format.

// Built on first use, not at load: no shipped file is version 1, and zod builds a schema
// object by object, so every command that reads content (list, validate, paths, play) paid for
// building this one at start-up and never used it.
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
  const V1_DECISIONS = ['hire', 'no_hire', 'hold', 'down_level'] as const;

  // Descriptions say what each v1 key became in the current format, for an author's editor.
  const committeeConfigSchema = z.strictObject({
    kind: z
      .enum(['debrief', 'conversion'])
      .describe('`debrief` for a hiring committee, `conversion` for an intern return-offer calibration.'),
    hireAt: scale.describe('Calibrated consensus at or above this is a hire (version 2: committee.bars.hire).'),
    downLevelAt: scale
      .optional()
      .describe('At or above this, below hireAt: one level down (version 2: committee.bars.downLevel).'),
    phases: z
      .strictObject({
        manager: name.describe('The role that speaks first, for the intern (the manager).'),
        engineers: name.describe('The role whose members speak next (the engineers who worked with the intern).'),
        calibrator: name.describe('The role that calibrates and closes.'),
      })
      .optional()
      .describe('Conversion (L-INT) only: the roles that speak in each phase.'),
  });

  const vetoRule = z.strictObject({
    holder: name.describe('Role of the member who holds the veto.'),
    reliabilityFloor: z
      .number()
      .int()
      .min(1)
      .max(10)
      .optional()
      .describe("The holder votes no when any round's R1 rating is below this."),
  });
  const engineersVoteRule = z.strictObject({
    voters: name.describe('The role whose members vote as a group.'),
    overrules: name.describe('The role whose support the group overrules.'),
    distrustShare: z.number().gt(0).max(1).describe('Share of the group voting against that carries its vote.'),
  });
  const technicalRule = z.strictObject({
    round: slug.describe('The id of the round whose failure disqualifies.'),
    failAt: recommendationSchema.describe('A recommendation at or below this in that round disqualifies.'),
  });
  const flagRule = z.strictObject({
    flags: z.array(slug).min(1).describe('Any of these flags on any scorecard disqualifies.'),
  });
  const slotsRule = z.strictObject({
    slots: z.number().int().positive().max(1000).describe('How many offers there are.'),
  });
  const bandRule = z.strictObject({ setBy: name.describe('The only role that may adjust a comp band.') });

  const off = 'false switches it off';
  const rulesSchemaV1 = z
    .strictObject({
      V1: z
        .union([vetoRule, z.literal(false)])
        .optional()
        .describe(`V1, a role's veto (version 2: role-veto); ${off}.`),
      V2: z
        .union([engineersVoteRule, z.literal(false)])
        .optional()
        .describe(`V2, a group's distrust (version 2: group-distrust); ${off}.`),
      V3: z
        .union([technicalRule, z.literal(false)])
        .optional()
        .describe(`V3, a round that disqualifies (version 2: round-disqualifier); ${off}.`),
      V4: z
        .union([flagRule, z.literal(false)])
        .optional()
        .describe(`V4, flags that disqualify (version 2: flag-disqualifier); ${off}.`),
      V5: z
        .union([slotsRule, z.literal(false)])
        .optional()
        .describe(`V5, ranked slots (version 2: rank-slots); ${off}.`),
      V6: z
        .union([bandRule, z.literal(false)])
        .optional()
        .describe(`V6, who sets the bands (version 2: band-setter); ${off}.`),
    })
    .describe('Version 1 rules by fixed key, V1 to V6 (version 2 lists rule instances).');

  const bandSchema = z.strictObject({
    base: range.describe('Base salary range, [min, max] whole dollars a year.'),
    bonus: bonusSchema,
    equity: range.describe('Equity range, [min, max] whole dollars.'),
    total: range.optional().describe('Total-compensation range the offer must stay inside (K4).'),
  });

  const compSchema = z.strictObject({
    source: name.describe('The domain.md ID or seed file the comp bands come from.'),
    levels: z.array(name).min(1).max(20).describe('Levels lowest first: the ladder a decision moves on.'),
    bands: z.record(z.string(), bandSchema).describe('The comp band of each level, by level name.'),
    draftAt: z
      .number()
      .min(0)
      .max(1)
      .describe('Where in each range the draft offer starts: 0 the minimum, 1 the maximum.'),
    signOnMax: money.describe('The most sign-on any level offers, in whole dollars.'),
    lockAfterVerbal: z
      .boolean()
      .describe('Asks are refused once the verbal offer is made (version 2: a verbal-lock rule).'),
    levers: z
      .strictObject({
        baseCap: leverSchema.optional().describe('What the offer may add past the base cap (version 2: base-lever).'),
        equityCap: leverSchema
          .optional()
          .describe('What the offer may add past the equity cap (version 2: equity-lever).'),
      })
      .describe('Levers past the band caps.'),
    equityBoost: z
      .strictObject({
        flag: slug.describe('The scorecard flag that earns the boost.'),
        draftAt: z.number().min(0).max(1).describe('Where in the equity range the draft offer starts instead.'),
        source: name.describe('The domain.md ID the boost comes from.'),
      })
      .optional()
      .describe('A draft equity boost for a flag (version 2: equity-boost).'),
  });

  const schemaVersion = z
    .literal(1)
    .describe('Content format version 1, read through a migration to the current format (the file is left as it is).');

  const packSchemaV1 = z.strictObject({
    schemaVersion,
    kind: z
      .literal('pack')
      .describe('A pack: the loop, rubrics, scoring, committee, rules and comp scenarios play in.'),
    id: slug.describe("The pack's id; a scenario names its pack by it."),
    title: name.describe('The pack as the library shows it.'),
    sources: z.array(name).min(1).describe('The domain.md IDs and seed file names the pack draws on.'),
    loop: loopSchema.describe('The interview loop: its rounds and calendar.'),
    rubrics: z.record(slug, rubricSchema).describe('The rubrics rounds are scored on, by id.'),
    scoring: scoringSchema.describe('How answers become scores and scores become recommendations.'),
    committee: committeeConfigSchema.describe('How the committee decides.'),
    rules: rulesSchemaV1,
    comp: compSchema.describe('The levels, their comp bands, levers and how the draft offer is set.'),
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
      .describe('The offer as played; version 1 makes the verbal offer first and accepts when neither end is given.'),
    decision: z.enum(V1_DECISIONS).describe('The decision this path must reach.'),
  });

  const scenarioSchemaV1 = z.strictObject({
    schemaVersion,
    kind: z.literal('scenario').describe("A scenario: one candidate's loop and debrief, played in its pack."),
    id: slug.describe("The scenario's id, unique in the library."),
    title: name.describe('The scenario as the library shows it.'),
    pack: slug.describe('The id of the pack this scenario plays in.'),
    role: name.describe('The role the candidate interviews for.'),
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
    rules: rulesSchemaV1.optional(),
    decisionLabels: z
      .partialRecord(z.enum(V1_DECISIONS), name)
      .default({})
      .describe("What each decision is called in this scenario's setting."),
    makesOffer: z
      .boolean()
      .default(true)
      .describe("False where the committee's decision ends the scenario with no offer stage (a review)."),
    cohort: cohortSchema,
    paths: z
      .record(slug, pathSchema)
      .superRefine(requireNamedPaths)
      .describe('Named ways through the scenario: `recorded`, `best` and `worst` are required.'),
  });

  const contentFileSchemaV1 = z.discriminatedUnion('kind', [packSchemaV1, scenarioSchemaV1], {
    error: (issue) => (issue.code === 'invalid_union' ? 'expected "pack" or "scenario"' : undefined),
  });
  return { rulesSchemaV1, packSchemaV1, scenarioSchemaV1, contentFileSchemaV1 };
}

let built: ReturnType<typeof build> | undefined;
export const schemasV1 = () => (built ??= build());

type V1 = ReturnType<typeof build>;
export type RulesV1 = V1['rulesSchemaV1'];
export type PackV1 = z.infer<V1['packSchemaV1']>;
export type ScenarioV1 = z.infer<V1['scenarioSchemaV1']>;
export type ContentFileV1 = z.infer<V1['contentFileSchemaV1']>;
