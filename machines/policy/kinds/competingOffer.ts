import { z } from 'zod';
import type { RuleKind } from '../types';

const LEVERS = ['signOn', 'equity', 'base', 'bonus'] as const;

const settings = z.strictObject({
  via: z
    .array(z.enum(LEVERS))
    .min(1)
    .max(4)
    .default(['signOn', 'equity'])
    .describe(
      "The parts of the offer the committee raises, in this order, to meet a competing offer's first-year value, each only up to its band (and the total band).",
    ),
  share: z
    .number()
    .gt(0)
    .max(1)
    .default(1)
    .describe('How much of the gap the committee will close: 1 matches it, 0.5 meets it halfway.'),
});
type Settings = z.infer<typeof settings>;

/** A competing offer is met from these parts of the band, in order, as far as the band allows. */
export const competingOffer: RuleKind<Settings> = {
  kind: 'competing-offer',
  defaultLabel: 'The committee meets a competing offer',
  summary:
    "When the candidate names a competing offer, the committee raises sign-on, equity or the rest, in the pack's order, toward its first-year value, never past the band.",
  phase: 'offer',
  since: 3,
  reads: () => ({ offer: true }),
  settings,
};
