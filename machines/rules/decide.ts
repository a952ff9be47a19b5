import type { Policy } from '../policy/compile';
import type { CalibratedVote, DebriefOutcome, Scorecard } from './types';
import { decidePacket, packetOf } from '../policy/kernel';

/** The committee's decision on a packet and its calibrated votes: the kernel decides, the outcome keeps the votes. */
export function decide(policy: Policy, scorecards: ReadonlyArray<Scorecard>, votes: ReadonlyArray<CalibratedVote>): DebriefOutcome {
  const outcome = decidePacket(policy, packetOf(policy, scorecards, votes));
  return { ...outcome, votes: [...votes] };
}
