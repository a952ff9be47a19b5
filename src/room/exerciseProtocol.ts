import * as z from 'zod/mini';

// The calibration exercise's part of the room's wire format.

const icc = z.object({
  value: z.number(),
  low: z.number(),
  high: z.number(),
  f: z.number(),
  df1: z.number(),
  df2: z.number(),
});

/** A pass's interrater reliability, or why there is none (too few raters, no spread). */
const passIccView = z.object({
  pass: z.number(),
  icc1: z.nullable(icc),
  icc2: z.nullable(icc),
  icc3: z.nullable(icc),
  problem: z.nullable(z.string()),
  raters: z.number(),
  partial: z.number(),
  targets: z.number(),
});
export type PassIccView = z.infer<typeof passIccView>;

const spread = z.object({
  id: z.string(),
  text: z.string(),
  sheets: z.number(),
  recorded: z.string(),
  dimensions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      recorded: z.number(),
      mean: z.number(),
      sd: z.number(),
      counts: z.array(z.number()),
    }),
  ),
  recommendations: z.array(z.object({ id: z.string(), text: z.string(), count: z.number() })),
});
export type AnswerSpreadView = z.infer<typeof spread>;

/** What every window sees of the exercise; the reveal only once the pass is revealed. */
export const exerciseView = z.object({
  pass: z.number(),
  passes: z.number(),
  index: z.number(),
  count: z.number(),
  rubric: z.string(),
  answer: z.object({ id: z.string(), heading: z.string(), prompt: z.string(), text: z.string() }),
  dimensions: z.array(z.object({ id: z.string(), label: z.string() })),
  anchors: z.array(z.object({ score: z.number(), text: z.string() })),
  recommendations: z.array(z.object({ id: z.string(), text: z.string() })),
  /** Sheets in for the answer on screen, and people who have scored every answer of the pass. */
  sheetsIn: z.number(),
  complete: z.number(),
  revealed: z.boolean(),
  reveal: z.nullable(
    z.object({
      spreads: z.array(spread),
      icc: z.array(passIccView),
      literature: z.object({ separate: z.number(), panel: z.number(), source: z.string() }),
      /** The lab with the room's noise (#/lab/<scenario>?<query>), when the first pass has a full table. */
      lab: z.nullable(
        z.object({
          scenario: z.string(),
          query: z.string(),
          err: z.number(),
          len: z.number(),
          residual: z.number(),
          clamped: z.boolean(),
        }),
      ),
    }),
  ),
});
export type ExerciseView = z.infer<typeof exerciseView>;

/** A phone's own part: its sheet for the answer on screen, and after a reveal its own leniency, which nobody else sees. */
export const exerciseYou = z.object({
  sheet: z.nullable(z.object({ scores: z.record(z.string(), z.number()), recommendation: z.string() })),
  leniency: z.nullable(z.number()),
});

export const scoreMessage = z.object({
  t: z.literal('score'),
  id: z.number().check(z.int()),
  pass: z.number().check(z.int()),
  answer: z.string().check(z.minLength(1), z.maxLength(120)),
  scores: z.record(z.string().check(z.maxLength(80)), z.number()),
  recommendation: z.string().check(z.maxLength(40)),
});

/** Every rating of the exercise and each pass's ICCs: what the facilitator exports. */
export const exerciseReport = z.object({
  ratings: z.array(
    z.object({
      pid: z.string(),
      name: z.string(),
      pass: z.number(),
      answer: z.string(),
      dimension: z.string(),
      score: z.number(),
      recommendation: z.string(),
    }),
  ),
  icc: z.array(passIccView),
});
