import type { Policy } from '../policy/compile';
import type { CalibratedVote, DebriefOutcome, Scorecard } from './types';
import { decidePacket, packetOf } from '../policy/kernel';

/** The committee's decision on a packet and its calibrated votes: the kernel decides, the outcome keeps the votes. */
export function decide(
  policy: Policy,
  scorecards: ReadonlyArray<Scorecard>,
  votes: ReadonlyArray<CalibratedVote>,
): DebriefOutcome {
  const { decision, step, level, consensus, rulesFired } = decidePacket(policy, packetOf(policy, scorecards, votes));
  // Written out: a spread that adds a key costs Node 20 about 2 µs, and every debrief decides.
  return { decision, step, level, rulesFired, consensus, votes: [...votes] };
}
