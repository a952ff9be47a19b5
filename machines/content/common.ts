import { z } from 'zod';

// Field types every content version shares. Every number is bounded, so no file can push a
// score to Infinity or a band to 1e308.

export const slug = z
  .string()
  .max(80, 'expected an id of at most 80 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id such as "cross-functional"');
export const text = z.string().trim().min(1, 'expected some text').max(4000, 'expected at most 4,000 characters');
/** A short name: a role, a level, a label. */
export const name = z.string().trim().min(1, 'expected some text').max(120, 'expected at most 120 characters');
/** Whole dollars, up to a hundred million. */
export const money = z.number().int().nonnegative().max(100_000_000, 'expected at most 100,000,000');
export const range = z.tuple([money, money]).refine(([lo, hi]) => lo <= hi, 'expected [min, max] with min <= max');
/** A point on the 1-5 rubric scale. */
export const scale = z.number().min(1).max(5);
/** A calendar day from the application. */
export const day = z.number().int().nonnegative().max(3650, 'expected a day within ten years');

export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export const recommendationSchema = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof recommendationSchema>;

export const dimensionSchema = z.strictObject({
  id: slug,
  label: name,
  /** Relative weight in the round's overall score (R2: Predictability 30 %, ...). */
  weight: z.number().positive().max(1000, 'expected a weight of at most 1000'),
});

export const rubricSchema = z.strictObject({
  label: name,
  source: name,
  dimensions: z.array(dimensionSchema).min(1).max(20),
});

export const roundDefSchema = z.strictObject({
  id: slug,
  title: name,
  interviewerRole: name,
  minutes: z.number().int().positive().max(600),
  /** Calendar day (from application) on which the round takes place. */
  day,
  rubric: slug,
});

export const loopSchema = z.strictObject({
  source: name,
  rounds: z.array(roundDefSchema).min(1).max(20),
  debriefDay: day,
  offerDay: day,
  /** A loop still undecided past this day goes to hold (L-PGM: 26). */
  holdDay: day.positive().optional(),
  /** R1: every round ends with a 1-10 Commitment-Reliability rating, starting from this baseline. */
  reliability: z.strictObject({ source: name, baseline: z.number().int().min(1).max(10) }).optional(),
});

export const scoringSchema = z.strictObject({
  /** Score every dimension starts from before the candidate's answers move it. */
  baseline: scale,
  /** Lowest weighted overall score that earns each recommendation; below `no` is strong_no. */
  recommendation: z
    .strictObject({ strong_yes: scale, yes: scale, no: scale })
    .refine((t) => t.strong_yes > t.yes && t.yes > t.no, 'expected strong_yes > yes > no'),
  /** R2: a dimension scored below this needs a written narrative. */
  narrativeBelow: z.number().int().min(1).max(5),
});

export const leverSchema = z.strictObject({
  kind: slug,
  label: name,
  amount: money,
  per: z.enum(['quarter', 'year', 'once']),
  condition: text,
  source: name,
});

export const bonusSchema = z.union([
  z.strictObject({
    percentOfBase: z
      .tuple([z.number().min(0).max(100), z.number().min(0).max(100)])
      .refine(([lo, hi]) => lo <= hi, 'expected [min, max] with min <= max'),
  }),
  z.strictObject({ amount: range }),
]);

export const signalsSchema = z.strictObject({
  /** Change per rubric dimension, added to the baseline. */
  scores: z.record(slug, z.number().int().min(-3).max(3)).default({}),
  flags: z.array(slug).max(20).default([]),
  /** Change to this round's R1 Commitment-Reliability rating. */
  reliability: z.number().int().min(-9).max(9).default(0),
  /** Days this answer adds to the calendar (a reschedule, an escalation that stalls the loop). */
  delayDays: z.number().int().nonnegative().max(365).default(0),
});

export const optionSchema = z.strictObject({
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

export const promptSchema = z.strictObject({
  id: slug,
  text,
  /** A probe is asked only when an option's followUp names it. */
  probe: z.boolean().default(false),
  options: z.array(optionSchema).min(2, 'expected at least 2 options').max(5, 'expected at most 5 options'),
});

export const personSchema = z.strictObject({
  id: slug,
  name,
  role: name,
  persona: text,
  /** Leniency history: how far, on the 1-5 scale, this person usually scores above the committee. */
  leniency: z.number().min(-2).max(2).default(0),
});

export const scenarioRoundSchema = z.strictObject({
  round: slug,
  interviewer: slug,
  prompts: z.array(promptSchema).min(1).max(30),
});

export const askSchema = z.strictObject({
  ask: z.enum(['base', 'bonus', 'equity', 'signOn']),
  amount: money.positive(),
});
/** Schema version 3: the candidate names a competing offer's first-year value. */
export const competingStepSchema = z.strictObject({
  competing: money.positive().describe("A competing offer's first-year value (base, bonus, equity and sign-on)."),
});
/** Schema version 3: the candidate lets days pass before answering (past the pack's offer deadline, the offer lapses). */
export const waitStepSchema = z.strictObject({
  wait: z.number().int().min(1).max(90).describe('Days the candidate lets pass before the next step.'),
});
export const negotiationStepSchema = z.union(
  [askSchema, competingStepSchema, waitStepSchema, z.enum(['verbal', 'accept', 'decline'])],
  { error: 'expected {ask, amount}, {competing}, {wait}, "verbal", "accept" or "decline"' },
);

export const cohortSchema = z
  .array(z.strictObject({ name, score: scale }))
  .max(50)
  .default([]);

/** Paths must include these three; every other name is the author's. */
export function requireNamedPaths(paths: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const pathName of ['recorded', 'best', 'worst']) {
    if (!Object.hasOwn(paths, pathName)) {
      ctx.addIssue({ code: 'custom', path: [pathName], message: `expected a "${pathName}" path, found none` });
    }
  }
}
