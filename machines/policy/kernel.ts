import type { Policy, CompiledRule } from './compile';
import type { CardFacts, Explanation, Packet, VoteFacts } from './types';
import { decisionOfStep, ladderStep, levelOfStep } from './ladder';
import type { Decision } from '../content/schema';

/**
 * The one decision kernel: the ladder step the consensus reaches, then every enabled committee
 * rule in order (a block refuses the offer, a cap holds the step down), then the ranking rules
 * when the offer still stands. Pure and allocation-free unless `fired` is given to collect the
 * rules that fired. Returns the final step, or null for no hire.
 */
export function evaluate(policy: Policy, packet: Packet, fired?: CompiledRule[]): number | null {
  let step = packet.step;
  let any = false;
  let blocked = false;
  for (const rule of policy.committeeRules) {
    const effect = rule.impl.evaluate!(rule.settings, packet);
    if (!effect) continue;
    any = true;
    fired?.push(rule);
    if (effect.type === 'block') blocked = true;
    else if (step !== null && effect.step < step)
      step = policy.levels[policy.target + effect.step] === undefined ? null : effect.step;
  }
  if (blocked) return null;
  if (!any && step !== null) {
    for (const rule of policy.rankRules) {
      if (!rule.impl.evaluate!(rule.settings, packet)) continue;
      fired?.push(rule);
      return null;
    }
  }
  return step;
}

/** The calibrated consensus: the mean calibrated score, to two decimals. */
export function consensusOf(votes: ReadonlyArray<Pick<VoteFacts, 'calibrated'>>): number {
  if (!votes.length) return 0;
  let sum = 0;
  for (const v of votes) sum += v.calibrated;
  return Math.round((sum / votes.length) * 100) / 100;
}

/** The packet the kernel reads, from the filed scorecards and the calibrated votes. */
export function packetOf(policy: Policy, cards: ReadonlyArray<CardFacts>, votes: ReadonlyArray<VoteFacts>): Packet {
  const consensus = consensusOf(votes);
  return {
    cards,
    votes,
    consensus,
    step: ladderStep(policy, consensus),
    candidate: policy.candidate,
    cohort: policy.cohort,
  };
}

/** One rule that fired, as every screen and `play --json` show it. */
export interface RuleFiring extends Explanation {
  /** The rule instance's id (V1, K4, bar-raiser, …). */
  rule: string;
  /** Its name as a person reads it. */
  label: string;
}

/** A firing of a rule instance, with the sentence that explains it. */
const firingOf = (rule: CompiledRule, explanation: Explanation): RuleFiring => ({
  rule: rule.id,
  label: rule.label,
  by: explanation.by,
  reason: explanation.reason,
});

/** The committee's decision with every firing explained. */
export interface KernelOutcome {
  decision: Exclude<Decision, 'hold'>;
  step: number | null;
  level: string | null;
  consensus: number;
  rulesFired: RuleFiring[];
}

/** Decide a packet and explain it: the kernel's result in the form the machines and screens keep. */
export function decidePacket(policy: Policy, packet: Packet): KernelOutcome {
  const fired: CompiledRule[] = [];
  const step = evaluate(policy, packet, fired);
  return {
    decision: decisionOfStep(step),
    step,
    level: levelOfStep(policy, step),
    consensus: packet.consensus,
    rulesFired: fired.map((r) => firingOf(r, r.impl.explain!(r.settings, packet))),
  };
}

/** One committee rule checked on its own against the packet, as the committee's rule table shows it. */
export interface RuleCheck {
  rule: CompiledRule;
  firing: RuleFiring | null;
}

/**
 * Every committee and ranking rule checked on its own, enabled or not, so a member can see what
 * each would do. The kernel stops short (ranking runs only when nothing else fired); this shows all.
 */
export function checkEachRule(policy: Policy, packet: Packet): RuleCheck[] {
  return policy.rules
    .filter((r) => r.impl.phase !== 'offer')
    .map((rule) => {
      const effect = rule.impl.evaluate!(rule.settings, packet);
      return { rule, firing: effect ? firingOf(rule, rule.impl.explain!(rule.settings, packet)) : null };
    });
}
