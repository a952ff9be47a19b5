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
const day = z.number().int().nonnegative().max(3650, 'expected a day within ten years');

export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export const recommendationSchema = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof recommendationSchema>;

export const leverSchema = z.strictObject({
  kind: slug.describe('What the lever is, as an id ("remote-stipend", "refresh-grant").'),
  label: name.describe('The lever as the offer letter names it.'),
  amount: money.describe('Whole dollars paid each `per`.'),
  per: z.enum(['quarter', 'year', 'once']).describe('How often the amount is paid.'),
  condition: text.describe('When it is paid, in a sentence ("after a 90-day review").'),
  source: name.describe('The domain.md ID or seed the lever comes from.'),
});

// The composite schemas, built on first use rather than at load: zod builds a schema object by
// object, and a command whose files were all read before (the CLI keeps its reads) never needs them.
function build() {
  const dimensionSchema = z.strictObject({
    id: slug.describe("The dimension's id, named in option signals (`scores: { framing: 1 }`) and rule settings."),
    label: name.describe('The dimension as a scorecard shows it ("Framing").'),
    weight: z
      .number()
      .positive()
      .max(1000, 'expected a weight of at most 1000')
      .describe(
        "Relative weight in the round's overall score (R2: Predictability 30 %, ...); weights need not add to 100.",
      ),
  });

  const rubricSchema = z.strictObject({
    label: name.describe("The rubric's name as a scorecard heads it."),
    source: name.describe('The domain.md ID or seed file the rubric comes from.'),
    dimensions: z
      .array(dimensionSchema)
      .min(1)
      .max(20)
      .describe('What an interviewer scores on the 1-5 scale, in order.'),
  });

  const roundDefSchema = z.strictObject({
    id: slug.describe("The round's id; a scenario's rounds name it in `round`."),
    title: name.describe('The round as the candidate sees it ("Technical").'),
    interviewerRole: name.describe("The role of the person who runs this round (matched to a scenario person's role)."),
    minutes: z.number().int().positive().max(600).describe('How long the round lasts, in minutes.'),
    day: day.describe('Calendar day (counted from the application) on which the round takes place.'),
    rubric: slug.describe('The id of the rubric (under `rubrics`) this round is scored on.'),
  });

  const loopSchema = z.strictObject({
    source: name.describe('The domain.md ID or seed file the loop comes from.'),
    rounds: z.array(roundDefSchema).min(1).max(20).describe('The interview rounds, in the order they take place.'),
    debriefDay: day.describe('Calendar day on which the committee meets.'),
    offerDay: day.describe('Calendar day on which the offer is made.'),
    holdDay: day
      .positive()
      .optional()
      .describe('A loop still undecided past this day goes to hold (L-PGM: 26); no hold when left out.'),
    reliability: z
      .strictObject({
        source: name.describe('The domain.md ID the rating comes from (R1).'),
        baseline: z
          .number()
          .int()
          .min(1)
          .max(10)
          .describe('The rating every round starts from, before answers move it.'),
      })
      .optional()
      .describe('R1: every round ends with a 1-10 Commitment-Reliability rating; no rating when left out.'),
  });

  const scoringSchema = z.strictObject({
    baseline: scale.describe("Score every dimension starts from before the candidate's answers move it (1-5)."),
    recommendation: z
      .strictObject({
        strong_yes: scale.describe('Lowest weighted overall score that earns strong_yes.'),
        yes: scale.describe('Lowest weighted overall score that earns yes.'),
        no: scale.describe('Lowest weighted overall score that earns no; below it is strong_no.'),
      })
      .refine((t) => t.strong_yes > t.yes && t.yes > t.no, 'expected strong_yes > yes > no')
      .describe('Lowest weighted overall score that earns each recommendation, with strong_yes > yes > no.'),
    narrativeBelow: z
      .number()
      .int()
      .min(1)
      .max(5)
      .describe('R2: a dimension scored below this needs a written narrative on the scorecard.'),
  });

  const bonusSchema = z
    .union([
      z.strictObject({
        percentOfBase: z
          .tuple([z.number().min(0).max(100), z.number().min(0).max(100)])
          .refine(([lo, hi]) => lo <= hi, 'expected [min, max] with min <= max')
          .describe('The bonus as [min, max] percent of base.'),
      }),
      z.strictObject({ amount: range.describe('The bonus as [min, max] whole dollars.') }),
    ])
    .describe('The annual bonus range: `{ percentOfBase: [min, max] }` or `{ amount: [min, max] }`.');

  const signalsSchema = z.strictObject({
    scores: z
      .record(slug, z.number().int().min(-3).max(3))
      .default({})
      .describe("Change per rubric dimension (-3 to 3), added to the pack's baseline: `{ framing: 2 }`."),
    flags: z
      .array(slug)
      .max(20)
      .default([])
      .describe('Flags this answer raises on the scorecard ("people-over-systems"); rules may disqualify on them.'),
    reliability: z
      .number()
      .int()
      .min(-9)
      .max(9)
      .default(0)
      .describe("Change to this round's R1 Commitment-Reliability rating."),
    delayDays: z
      .number()
      .int()
      .nonnegative()
      .max(365)
      .default(0)
      .describe('Days this answer adds to the calendar (a reschedule, an escalation that stalls the loop).'),
  });

  const optionSchema = z.strictObject({
    id: slug.describe("The answer's id, unique in the scenario; paths list these in `choices`."),
    text: text.describe('What the candidate says.'),
    note: text.describe('What the interviewer writes on the scorecard when this answer is given.'),
    coach: text
      .optional()
      .describe('For a weaker answer: the signal it sent and what the stronger answer would have been.'),
    signals: signalsSchema
      .default({ scores: {}, flags: [], reliability: 0, delayDays: 0 })
      .describe('How this answer moves the scorecard and the calendar; nothing when left out.'),
    followUp: slug
      .optional()
      .describe('The id of a probe the interviewer asks next instead of moving on (C05: "what did you say no to?").'),
  });

  const promptSchema = z.strictObject({
    id: slug.describe("The prompt's id, unique in the scenario; an option's `followUp` names a probe by it."),
    text: text.describe('What the interviewer asks.'),
    probe: z.boolean().default(false).describe("A probe is asked only when an option's `followUp` names it."),
    options: z
      .array(optionSchema)
      .min(2, 'expected at least 2 options')
      .max(5, 'expected at most 5 options')
      .describe('The answers the candidate chooses from: 2 to 5.'),
  });

  const personSchema = z.strictObject({
    id: slug.describe("The person's id; rounds name their interviewer and the committee its members by it."),
    name: name.describe('The name the screens show.'),
    role: name.describe('The person\'s role ("hiring-manager"); rules and the pack\'s rounds name people by role.'),
    persona: text.describe('How this person interviews and argues, in a sentence or two.'),
    leniency: z
      .number()
      .min(-2)
      .max(2)
      .default(0)
      .describe('Leniency history: how far, on the 1-5 scale, this person usually scores above the committee.'),
  });

  const scenarioRoundSchema = z.strictObject({
    round: slug.describe("The id of the pack's round (under `loop.rounds`) this is."),
    interviewer: slug.describe('The id of the person (under `people`) who runs it.'),
    prompts: z
      .array(promptSchema)
      .min(1)
      .max(30)
      .describe('The questions, main prompts in order; a probe is asked only when an answer follows up to it.'),
  });

  const askSchema = z.strictObject({
    ask: z.enum(['base', 'bonus', 'equity', 'signOn']).describe('The part of the offer the candidate asks more of.'),
    amount: money.positive().describe("How much more, in whole units of the pack's currency."),
  });
  /** Schema version 3: the candidate names a competing offer's first-year value. */
  const competingStepSchema = z.strictObject({
    competing: money.positive().describe("A competing offer's first-year value (base, bonus, equity and sign-on)."),
  });
  /** Schema version 3: the candidate lets days pass before answering (past the pack's offer deadline, the offer lapses). */
  const waitStepSchema = z.strictObject({
    wait: z.number().int().min(1).max(90).describe('Days the candidate lets pass before the next step.'),
  });
  const negotiationStepSchema = z
    .union([askSchema, competingStepSchema, waitStepSchema, z.enum(['verbal', 'accept', 'decline'])], {
      error: 'expected {ask, amount}, {competing}, {wait}, "verbal", "accept" or "decline"',
    })
    .describe(
      'One step of the offer: "verbal" (the verbal offer is made), `{ ask, amount }`, `{ competing }` and `{ wait }` (version 3), "accept" or "decline".',
    );

  const cohortSchema = z
    .array(
      z.strictObject({
        name: name.describe('The other candidate, as the ranking shows them.'),
        score: scale.describe('Their calibrated score on the 1-5 scale.'),
      }),
    )
    .max(50)
    .default([])
    .describe('The other candidates competing for the same slots (V5), with their calibrated scores.');
  // What the content versions compose their files of, and the types they name; the rest stays inside.
  return {
    rubricSchema,
    loopSchema,
    scoringSchema,
    bonusSchema,
    signalsSchema,
    optionSchema,
    promptSchema,
    personSchema,
    scenarioRoundSchema,
    negotiationStepSchema,
    cohortSchema,
  };
}

let built: ReturnType<typeof build> | undefined;
/** The schemas every content version composes its files from. */
export const commonSchemas = () => (built ??= build());
export type CommonSchemas = ReturnType<typeof build>;

/** Paths must include these three; every other name is the author's. */
export function requireNamedPaths(paths: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const pathName of ['recorded', 'best', 'worst']) {
    if (!Object.hasOwn(paths, pathName)) {
      ctx.addIssue({ code: 'custom', path: [pathName], message: `expected a "${pathName}" path, found none` });
    }
  }
}
