import { z } from 'zod';
import type { RuleKind } from '../types';

const settings = z.strictObject({
  days: z
    .number()
    .int()
    .min(1)
    .max(90)
    .describe('Days the verbal offer stands; a candidate who has not accepted when they run out loses it.'),
});
type Settings = z.infer<typeof settings>;

/** The verbal offer lapses after this many days unanswered. */
export const offerDeadline: RuleKind<Settings> = {
  kind: 'offer-deadline',
  defaultLabel: 'The offer expires',
  summary: 'The verbal offer stands this many days; a candidate who waits past them loses it.',
  phase: 'offer',
  since: 3,
  reads: () => ({ offer: true }),
  settings,
};
