import type { Policy, CompiledRule } from './compile';
import type { CardFacts, Explanation, Packet, VoteFacts } from './types';
import { decisionOfStep, ladderStep, levelOfStep } from './ladder';
import type { Decision } from '../content/schema';
import { describeCondition, holds } from './conditions';

// The ids of the rules fired so far in the current evaluation, for conditions that name them.
// Reused, so deciding a packet allocates nothing; the kernel never runs inside itself.
const firedSoFar: string[] = [];

/** Whether a rule applies to this packet: its `when` holds and its `unless` does not. */
function applies(rule: CompiledRule, packet: Packet, fired: ReadonlyArray<string> = firedSoFar): boolean {
  const { when, unless } = rule.settings;
  return (!when || holds(when, packet, fired)) && (!unless || !holds(unless, packet, fired));
}

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
  firedSoFar.length = 0;
  for (const rule of policy.committeeRules) {
    if ((rule.settings.when || rule.settings.unless) && !applies(rule, packet)) continue;
    const effect = rule.impl.evaluate!(rule.settings, packet);
    if (!effect) continue;
    any = true;
    firedSoFar.push(rule.id);
    fired?.push(rule);
    if (effect.type === 'block') blocked = true;
    else if (step !== null && effect.step < step)
      step = policy.levels[policy.target + effect.step] === undefined ? null : effect.step;
  }
  if (blocked) return null;
  if (!any && step !== null) {
    for (const rule of policy.rankRules) {
      if ((rule.settings.when || rule.settings.unless) && !applies(rule, packet)) continue;
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
    thresholds: policy.thresholds,
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
  reason: explanation.reason + conditionClause(rule),
});

/** "; it applies as the bar-raiser votes strong yes": why a conditional rule was checked at all. */
function conditionClause(rule: CompiledRule): string {
  const { when, unless } = rule.settings;
  const parts = [
    when ? `it applies as ${describeCondition(when)}` : '',
    unless ? `it would not apply if ${describeCondition(unless)}` : '',
  ].filter(Boolean);
  return parts.length ? `; ${parts.join(', and ')}` : '';
}

/**
 * The rule that ends the loop after a round, if any: the loop's rules on the cards filed so far.
 * The machines and every enumerator ask this after each round, so all end a loop at the same place.
 */
export function endsEarly(policy: Pick<Policy, 'loopRules'>, packet: Packet): RuleFiring | null {
  for (const rule of policy.loopRules) {
    if ((rule.settings.when || rule.settings.unless) && !applies(rule, packet, [])) continue;
    if (rule.impl.evaluate!(rule.settings, packet)) return firingOf(rule, rule.impl.explain!(rule.settings, packet));
  }
  return null;
}

/** The committee's decision with every firing explained. */
export interface KernelOutcome {
  decision: Exclude<Decision, 'hold'>;
  step: number | null;
  level: string | null;
  consensus: number;
  rulesFired: RuleFiring[];
}

/** The id a firing carries when the ladder itself, not a rule, ends the offer: its bottom rung was reached. */
export const LADDER_END = 'ladder';

/**
 * Why the ladder gave no level where the scores or a rule asked for one below the bottom rung: a
 * consensus that reaches the down-level bar of a scenario already at the pack's lowest level, or a
 * rule capping the offer lower than the ladder goes. Null when the ladder had a level to give.
 */
function ladderEnd(
  policy: Pick<Policy, 'bars' | 'levels' | 'target'>,
  packet: Pick<Packet, 'consensus' | 'step'>,
  step: number | null,
  fired: ReadonlyArray<CompiledRule>,
): RuleFiring | null {
  if (step !== null) return null;
  const lowest = policy.levels[0];
  const at = policy.levels[policy.target];
  const firing = (reason: string): RuleFiring => ({
    rule: LADDER_END,
    label: 'The bottom of the ladder',
    by: 'committee',
    reason: `${reason}: ${at} is ${at === lowest ? 'the lowest level' : 'too near the bottom'} of the pack's ladder (${policy.levels.join(', ')}), so there is no level to offer`,
  });
  if (packet.step === null) {
    const { downLevel, downTwo } = policy.bars;
    const rung = [
      { steps: 1, bar: downLevel, name: 'down-level' },
      { steps: 2, bar: downTwo, name: 'down-two' },
    ].find((r) => r.bar !== undefined && packet.consensus >= r.bar && policy.target - r.steps < 0);
    return rung
      ? firing(`the calibrated consensus ${packet.consensus} reaches the ${rung.name} bar of ${rung.bar}`)
      : null;
  }
  // The scores gave a level, no rule blocked (the caller passes no firings then), and yet no hire:
  // a rule capped the offer below the ladder.
  const cap = fired[0];
  return cap ? firing(`${cap.id} (${cap.label}) caps the offer below ${at}`) : null;
}

/** Decide a packet and explain it: the kernel's result in the form the machines and screens keep. */
export function decidePacket(policy: Policy, packet: Packet): KernelOutcome {
  const fired: CompiledRule[] = [];
  const step = evaluate(policy, packet, fired);
  const rulesFired = fired.map((r) => firingOf(r, r.impl.explain!(r.settings, packet)));
  const end = ladderEnd(policy, packet, step, blocks(packet, fired) ? [] : fired);
  if (end) rulesFired.push(end);
  return {
    decision: decisionOfStep(step),
    step,
    level: levelOfStep(policy, step),
    consensus: packet.consensus,
    rulesFired,
  };
}

/** Whether a rule that fired blocks the offer outright (then the ladder's end is not why). */
const blocks = (packet: Packet, fired: ReadonlyArray<CompiledRule>) =>
  fired.some((r) => r.impl.evaluate!(r.settings, packet)?.type === 'block');

/**
 * The firings that decided, as the decision slide, the handout and the banner show them: the
 * committee's and the ranking's rules and the ladder's end, by each rule's phase in the registry
 * (never its id), so an offer rule or the calendar's hold is left to the offer and the timeline.
 */
export function decidingFirings<F extends { rule: string }>(
  policy: Pick<Policy, 'rules'>,
  firings: ReadonlyArray<F>,
): F[] {
  const phase = new Map(policy.rules.map((r) => [r.id, r.impl.phase]));
  return firings.filter(
    (f) => f.rule === LADDER_END || phase.get(f.rule) === 'committee' || phase.get(f.rule) === 'rank',
  );
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
  const fired: string[] = [];
  return policy.rules
    .filter((r) => r.impl.phase !== 'offer')
    .map((rule) => {
      // A condition reads the rules checked before it, each checked on its own as here.
      const effect = applies(rule, packet, fired) ? rule.impl.evaluate!(rule.settings, packet) : null;
      if (effect) fired.push(rule.id);
      return { rule, firing: effect ? firingOf(rule, rule.impl.explain!(rule.settings, packet)) : null };
    });
}
