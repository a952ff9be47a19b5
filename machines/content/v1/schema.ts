import { z } from 'zod';

/** The content format version this engine writes and reads. */
export const SCHEMA_VERSION = 1;
/** The oldest content format version this engine still reads. */
export const OLDEST_SCHEMA_VERSION = 1;

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id such as "cross-functional"');
const text = z.string().trim().min(1, 'expected some text');
const money = z.number().int().nonnegative();
const range = z
  .tuple([money, money])
  .refine(([lo, hi]) => lo <= hi, 'expected [min, max] with min <= max');

export const DECISIONS = ['hire', 'no_hire', 'hold', 'down_level'] as const;
export const decisionSchema = z.enum(DECISIONS);
export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export const recommendationSchema = z.enum(RECOMMENDATIONS);

// ---------------------------------------------------------------- pack

const dimensionSchema = z.strictObject({
  id: slug,
  label: text,
  /** Relative weight in the round's overall score (R2: Predictability 30 %, ...). */
  weight: z.number().positive(),
});

const rubricSchema = z.strictObject({
  label: text,
  source: text,
  dimensions: z.array(dimensionSchema).min(1),
});

const roundDefSchema = z.strictObject({
  id: slug,
  title: text,
  interviewerRole: text,
  minutes: z.number().int().positive(),
  /** Calendar day (from application) on which the round takes place. */
  day: z.number().int().nonnegative(),
  rubric: slug,
});

const loopSchema = z.strictObject({
  source: text,
  rounds: z.array(roundDefSchema).min(1),
  debriefDay: z.number().int().nonnegative(),
  offerDay: z.number().int().nonnegative(),
  /** A loop still undecided past this day goes to hold (L-PGM: 26). */
  holdDay: z.number().int().positive().optional(),
  /** R1: every round ends with a 1-10 Commitment-Reliability rating, starting from this baseline. */
  reliability: z
    .strictObject({ source: text, baseline: z.number().int().min(1).max(10) })
    .optional(),
});

const scoringSchema = z.strictObject({
  /** Score every dimension starts from before the candidate's answers move it. */
  baseline: z.number().min(1).max(5),
  /** Lowest weighted overall score that earns each recommendation; below `no` is strong_no. */
  recommendation: z
    .strictObject({ strong_yes: z.number(), yes: z.number(), no: z.number() })
    .refine((t) => t.strong_yes > t.yes && t.yes > t.no, 'expected strong_yes > yes > no'),
  /** R2: a dimension scored below this needs a written narrative. */
  narrativeBelow: z.number().int().min(1).max(5),
});

const committeeConfigSchema = z.strictObject({
  /** `debrief` for a hiring committee, `conversion` for an intern return-offer calibration. */
  kind: z.enum(['debrief', 'conversion']),
  /** Mean calibrated committee score at or above which the candidate is hired at level. */
  hireAt: z.number().min(1).max(5),
  /** Mean calibrated score at or above which a candidate short of hireAt is down-levelled. */
  downLevelAt: z.number().min(1).max(5).optional(),
  /** Conversion (L-INT) only: the roles that speak in each phase. */
  phases: z
    .strictObject({ manager: text, engineers: text, calibrator: text })
    .optional(),
});

const vetoRule = z.strictObject({
  /** Role of the member who holds the veto. */
  holder: text,
  /** The holder vetoes when any round's R1 rating is below this, whatever the scores say. */
  reliabilityFloor: z.number().int().min(1).max(10).optional(),
});
const engineersVoteRule = z.strictObject({
  voters: text,
  overrules: text,
  /** Share of the voters voting no that carries the engineer's vote. */
  distrustShare: z.number().gt(0).max(1),
});
const technicalRule = z.strictObject({
  round: slug,
  /** A scorecard recommendation at or below this in that round disqualifies. */
  failAt: recommendationSchema,
});
const flagRule = z.strictObject({ flags: z.array(slug).min(1) });
const slotsRule = z.strictObject({ slots: z.number().int().positive() });
const bandRule = z.strictObject({ setBy: text });

/** Each committee rule (domain.md §3) is configured by the pack; `false` turns it off. */
export const rulesSchema = z.strictObject({
  V1: z.union([vetoRule, z.literal(false)]).optional(),
  V2: z.union([engineersVoteRule, z.literal(false)]).optional(),
  V3: z.union([technicalRule, z.literal(false)]).optional(),
  V4: z.union([flagRule, z.literal(false)]).optional(),
  V5: z.union([slotsRule, z.literal(false)]).optional(),
  V6: z.union([bandRule, z.literal(false)]).optional(),
});

const bandSchema = z.strictObject({
  base: range,
  bonus: z.union([
    z.strictObject({ percentOfBase: range }),
    z.strictObject({ amount: range }),
  ]),
  equity: range,
  /** Total-compensation range the offer must stay inside (K4). */
  total: range.optional(),
});

const leverSchema = z.strictObject({
  kind: slug,
  label: text,
  amount: money,
  per: z.enum(['quarter', 'year', 'once']),
  condition: text,
  source: text,
});

const compSchema = z.strictObject({
  source: text,
  /** Levels lowest first; a down-level offer is made one step down. */
  levels: z.array(text).min(1),
  bands: z.record(z.string(), bandSchema),
  /** Where in each range the draft offer starts: 0 is the minimum, 1 the maximum. */
  draftAt: z.number().min(0).max(1),
  signOnMax: money,
  /** K4: once the verbal offer is made, asks are refused. */
  lockAfterVerbal: z.boolean(),
  levers: z.strictObject({
    /** K3: offered instead when a base ask would leave the band. */
    baseCap: leverSchema.optional(),
    /** K2: offered when an equity ask would leave the band. */
    equityCap: leverSchema.optional(),
  }),
  /** K5: answers carrying this flag (a portfolio of shipped wins) move the equity draft up. */
  equityBoost: z
    .strictObject({ flag: slug, draftAt: z.number().min(0).max(1), source: text })
    .optional(),
});

export const packSchema = z.strictObject({
  schemaVersion: z.number().int(),
  kind: z.literal('pack'),
  id: slug,
  title: text,
  sources: z.array(text).min(1),
  loop: loopSchema,
  rubrics: z.record(slug, rubricSchema),
  scoring: scoringSchema,
  committee: committeeConfigSchema,
  rules: rulesSchema,
  comp: compSchema,
});

// ---------------------------------------------------------------- scenario

const signalsSchema = z.strictObject({
  /** Change per rubric dimension, added to the baseline. */
  scores: z.record(slug, z.number().int().min(-3).max(3)).default({}),
  flags: z.array(slug).default([]),
  /** Change to this round's R1 Commitment-Reliability rating. */
  reliability: z.number().int().min(-9).max(9).default(0),
  /** Days this answer adds to the calendar (a reschedule, an escalation that stalls the loop). */
  delayDays: z.number().int().nonnegative().default(0),
});

const optionSchema = z.strictObject({
  id: slug,
  /** What the candidate says. */
  text,
  /** What the interviewer writes on the scorecard when this answer is given. */
  note: text,
  /** For a weaker answer: the signal it sent and what the stronger answer would have been. */
  coach: text.optional(),
  signals: signalsSchema.default({ scores: {}, flags: [], reliability: 0, delayDays: 0 }),
  /** A probe the interviewer asks next instead of moving on (C05: "what did you say no to?"). */
  followUp: slug.optional(),
});

const promptSchema = z.strictObject({
  id: slug,
  text,
  /** A probe is asked only when an option's followUp names it. */
  probe: z.boolean().default(false),
  options: z.array(optionSchema).min(2, 'expected at least 2 options').max(5, 'expected at most 5 options'),
});

const personSchema = z.strictObject({
  id: slug,
  name: text,
  role: text,
  persona: text,
  /** Leniency history: how far, on the 1-5 scale, this person usually scores above the committee. */
  leniency: z.number().min(-2).max(2).default(0),
});

const scenarioRoundSchema = z.strictObject({
  round: slug,
  interviewer: slug,
  prompts: z.array(promptSchema).min(1),
});

const askSchema = z.strictObject({
  ask: z.enum(['base', 'bonus', 'equity', 'signOn']),
  amount: money.positive(),
});
const negotiationStepSchema = z.union([askSchema, z.enum(['verbal', 'accept', 'decline'])], {
  error: 'expected {ask, amount}, "verbal", "accept" or "decline"',
});

const pathSchema = z.strictObject({
  description: text,
  /** Option ids in the order the candidate picks them. */
  choices: z.array(slug).min(1),
  negotiation: z.array(negotiationStepSchema).default([]),
  /** The decision this path must reach; tests and `debrief validate` hold the engine to it. */
  decision: decisionSchema,
});

export const scenarioSchema = z.strictObject({
  schemaVersion: z.number().int(),
  kind: z.literal('scenario'),
  id: slug,
  title: text,
  pack: slug,
  role: text,
  level: text,
  /** domain.md IDs and seed file names this scenario draws on. */
  sources: z.array(text).min(1),
  /** What a coach uses this scenario to teach, in a sentence. */
  teaches: text,
  /** End-screen paragraph: the decision, the rule that decided it, the lesson. */
  summary: text,
  candidate: z.strictObject({ name: text, background: text }),
  people: z.array(personSchema).min(1),
  rounds: z.array(scenarioRoundSchema).min(1),
  committee: z.array(slug).min(1),
  /** Per-scenario changes to the pack's rules (e.g. `V1: false`). */
  rules: rulesSchema.optional(),
  /**
   * What each decision is called in this scenario's setting: a performance-review calibration
   * (A04) reads hire / down_level / no_hire as Exceeds / Meets / Below.
   */
  decisionLabels: z.partialRecord(decisionSchema, text).default({}),
  /** False where the committee's decision ends the scenario with no offer stage (a review). */
  makesOffer: z.boolean().default(true),
  /** The other candidates competing for the same slots (V5), with their calibrated scores. */
  cohort: z.array(z.strictObject({ name: text, score: z.number().min(1).max(5) })).default([]),
  paths: z
    .record(slug, pathSchema)
    .superRefine((paths, ctx) => {
      for (const name of ['recorded', 'best', 'worst']) {
        if (!(name in paths)) {
          ctx.addIssue({ code: 'custom', path: [name], message: `expected a "${name}" path, found none` });
        }
      }
    }),
});

/** Any file under scenarios/: a pack or a scenario, told apart by `kind`. */
export const contentFileSchema = z.discriminatedUnion('kind', [packSchema, scenarioSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? 'expected "pack" or "scenario"' : undefined),
});

export type Pack = z.infer<typeof packSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ContentFile = z.infer<typeof contentFileSchema>;
export type Rules = z.infer<typeof rulesSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Lever = z.infer<typeof leverSchema>;
export type Comp = z.infer<typeof compSchema>;
export type Person = z.infer<typeof personSchema>;
export type Prompt = z.infer<typeof promptSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Signals = z.infer<typeof signalsSchema>;
export type ScenarioPath = z.infer<typeof pathSchema>;
export type NegotiationStep = z.infer<typeof negotiationStepSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
