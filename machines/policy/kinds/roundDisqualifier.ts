import type { z } from 'zod';
import type { RuleKind } from '../types';
import { roundFailure, roundFailureSettings } from './roundFailure';

const settings = roundFailureSettings({
  round: 'The id of the round whose failure disqualifies (several rounds: several instances).',
  failAt: 'A scorecard recommendation at or below this in that round disqualifies.',
});

/** V3 (002): failing a disqualifying round ends the candidacy whatever the other rounds say. */
export const roundDisqualifier: RuleKind<z.infer<typeof settings>> = {
  kind: 'round-disqualifier',
  defaultLabel: 'Failing the technical round disqualifies',
  summary: 'A scorecard at or below this recommendation in this round blocks the offer.',
  phase: 'committee',
  settings,
  ...roundFailure(),
};
