import type { DecisionInput } from './decide';
import type { RuleFiring } from './types';
import { engineersVote, hiringManagerVeto, indecisionFlag, rankAgainstSlots, technicalDisqualifier } from './committeeRules';
import { consensusScore } from './votes';

/** One committee rule as the room sees it: on or off for this loop, and whether it fires on this packet. */
export interface RuleCheck {
  rule: 'V1' | 'V2' | 'V3' | 'V4' | 'V5';
  name: string;
  enabled: boolean;
  firing: RuleFiring | null;
}

const NAMES = {
  V1: 'Hiring-manager veto',
  V2: "Engineer's vote",
  V3: 'Technical-round disqualifier',
  V4: 'Indecision flag',
  V5: 'Ranking against the slots',
} as const;

/**
 * Every committee rule checked on its own against the packet and votes, so a committee member can
 * see what each would do. `decide` stops short (ranking only runs once nothing else fired); this
 * shows all of them. The same rule functions, no second copy.
 */
export function ruleChecks(input: DecisionInput): RuleCheck[] {
  const { rules, scorecards, votes } = input;
  const consensus = consensusScore(votes);
  const supportsHire = consensus >= input.committee.hireAt;
  const check = <K extends RuleCheck['rule']>(rule: K, run: (cfg: NonNullable<Exclude<DecisionInput['rules'][K], false>>) => RuleFiring | null): RuleCheck => {
    const cfg = rules[rule];
    return { rule, name: NAMES[rule], enabled: !!cfg, firing: cfg ? run(cfg as NonNullable<Exclude<DecisionInput['rules'][K], false>>) : null };
  };
  return [
    check('V1', (c) => hiringManagerVeto(c, votes, scorecards, supportsHire)),
    check('V2', (c) => engineersVote(c, votes)),
    check('V3', (c) => technicalDisqualifier(c, scorecards)),
    check('V4', (c) => indecisionFlag(c, scorecards)),
    check('V5', (c) => rankAgainstSlots(c, { name: input.candidate, score: consensus }, input.cohort)),
  ];
}
