import type { Pack, Rules } from '../content/schema';
import type { CalibratedVote, DebriefOutcome, RuleFiring, Scorecard } from './types';
import { engineersVote, hiringManagerVeto, indecisionFlag, rankAgainstSlots, technicalDisqualifier } from './committeeRules';
import { consensusScore } from './votes';

export interface DecisionInput {
  rules: Rules;
  committee: Pack['committee'];
  scorecards: ReadonlyArray<Scorecard>;
  votes: ReadonlyArray<CalibratedVote>;
  /** The pack's levels, lowest first. */
  levels: ReadonlyArray<string>;
  level: string;
  candidate: string;
  cohort: ReadonlyArray<{ name: string; score: number }>;
}

/**
 * The committee's decision: every enabled rule is checked and each one that fires is listed;
 * any of them blocks the offer. Otherwise the calibrated consensus against the pack's bars
 * decides between hire, down-level and no hire.
 */
export function decide(input: DecisionInput): DebriefOutcome {
  const { rules, committee, scorecards, votes } = input;
  const consensus = consensusScore(votes);
  const supportsHire = consensus >= committee.hireAt;
  const fired: RuleFiring[] = [];
  const push = (f: RuleFiring | null) => f && fired.push(f);

  if (rules.V3) push(technicalDisqualifier(rules.V3, scorecards));
  if (rules.V4) push(indecisionFlag(rules.V4, scorecards));
  if (rules.V2) push(engineersVote(rules.V2, votes));
  if (rules.V1) push(hiringManagerVeto(rules.V1, votes, scorecards, supportsHire));

  const lower = input.levels[input.levels.indexOf(input.level) - 1];
  const canDownLevel =
    committee.downLevelAt !== undefined && consensus >= committee.downLevelAt && lower !== undefined;
  if (!fired.length && (supportsHire || canDownLevel) && rules.V5) {
    push(rankAgainstSlots(rules.V5, { name: input.candidate, score: consensus }, input.cohort));
  }

  const base = { rulesFired: fired, consensus, votes: [...votes] };
  if (fired.length) return { ...base, decision: 'no_hire', level: null };
  if (supportsHire) return { ...base, decision: 'hire', level: input.level };
  if (canDownLevel) return { ...base, decision: 'down_level', level: lower! };
  return { ...base, decision: 'no_hire', level: null };
}
