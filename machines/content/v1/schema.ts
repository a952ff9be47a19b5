import { z } from 'zod';
import {
  cohortSchema,
  leverSchema,
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
  bonusSchema,
} from '../common';

// Content format version 1, kept so files written for it still load: the loader checks a v1 file
// against this schema, then migrates it (../migrate.ts) to the current format.

const V1_DECISIONS = ['hire', 'no_hire', 'hold', 'down_level'] as const;

const committeeConfigSchema = z.strictObject({
  kind: z.enum(['debrief', 'conversion']),
  hireAt: scale,
  downLevelAt: scale.optional(),
  phases: z.strictObject({ manager: name, engineers: name, calibrator: name }).optional(),
});

const vetoRule = z.strictObject({ holder: name, reliabilityFloor: z.number().int().min(1).max(10).optional() });
const engineersVoteRule = z.strictObject({ voters: name, overrules: name, distrustShare: z.number().gt(0).max(1) });
const technicalRule = z.strictObject({ round: slug, failAt: recommendationSchema });
const flagRule = z.strictObject({ flags: z.array(slug).min(1) });
const slotsRule = z.strictObject({ slots: z.number().int().positive().max(1000) });
const bandRule = z.strictObject({ setBy: name });

export const rulesSchemaV1 = z.strictObject({
  V1: z.union([vetoRule, z.literal(false)]).optional(),
  V2: z.union([engineersVoteRule, z.literal(false)]).optional(),
  V3: z.union([technicalRule, z.literal(false)]).optional(),
  V4: z.union([flagRule, z.literal(false)]).optional(),
  V5: z.union([slotsRule, z.literal(false)]).optional(),
  V6: z.union([bandRule, z.literal(false)]).optional(),
});

const bandSchema = z.strictObject({ base: range, bonus: bonusSchema, equity: range, total: range.optional() });

const compSchema = z.strictObject({
  source: name,
  levels: z.array(name).min(1).max(20),
  bands: z.record(z.string(), bandSchema),
  draftAt: z.number().min(0).max(1),
  signOnMax: money,
  lockAfterVerbal: z.boolean(),
  levers: z.strictObject({ baseCap: leverSchema.optional(), equityCap: leverSchema.optional() }),
  equityBoost: z.strictObject({ flag: slug, draftAt: z.number().min(0).max(1), source: name }).optional(),
});

const packSchemaV1 = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('pack'),
  id: slug,
  title: name,
  sources: z.array(name).min(1),
  loop: loopSchema,
  rubrics: z.record(slug, rubricSchema),
  scoring: scoringSchema,
  committee: committeeConfigSchema,
  rules: rulesSchemaV1,
  comp: compSchema,
});

const pathSchema = z.strictObject({
  description: text,
  choices: z.array(slug).min(1).max(500),
  negotiation: z.array(negotiationStepSchema).max(50).default([]),
  decision: z.enum(V1_DECISIONS),
});

const scenarioSchemaV1 = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('scenario'),
  id: slug,
  title: name,
  pack: slug,
  role: name,
  level: name,
  sources: z.array(name).min(1),
  teaches: text,
  summary: text,
  candidate: z.strictObject({ name, background: text }),
  people: z.array(personSchema).min(1).max(50),
  rounds: z.array(scenarioRoundSchema).min(1).max(20),
  committee: z.array(slug).min(1).max(50),
  rules: rulesSchemaV1.optional(),
  decisionLabels: z.partialRecord(z.enum(V1_DECISIONS), name).default({}),
  makesOffer: z.boolean().default(true),
  cohort: cohortSchema,
  paths: z.record(slug, pathSchema).superRefine(requireNamedPaths),
});

export const contentFileSchemaV1 = z.discriminatedUnion('kind', [packSchemaV1, scenarioSchemaV1], {
  error: (issue) => (issue.code === 'invalid_union' ? 'expected "pack" or "scenario"' : undefined),
});

export type PackV1 = z.infer<typeof packSchemaV1>;
export type ScenarioV1 = z.infer<typeof scenarioSchemaV1>;
export type ContentFileV1 = z.infer<typeof contentFileSchemaV1>;
