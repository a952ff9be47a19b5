import type { z } from 'zod';
import type { RuleKind } from '../types';
import { roundFailure, roundFailureSettings } from './roundFailure';

const settings = roundFailureSettings({
  round: 'The round whose failure ends the loop at once ("screen").',
  failAt: 'A scorecard at or below this recommendation in that round ends the loop: no later round, no debrief day.',
});

/** A failed screen ends the loop there: the candidate sits no later round and no committee meets. */
export const earlyEnd: RuleKind<z.infer<typeof settings>> = {
  kind: 'early-end',
  defaultLabel: 'A failed screen ends the loop',
  summary:
    'A scorecard at or below this recommendation in this round ends the loop at once, with no later round and no debrief.',
  phase: 'loop',
  since: 3,
  settings,
  ...roundFailure(', so the loop ends there with no debrief'),
};
