import type { Bars, Comp, Pack, Scenario } from '../content/schema';
import { kindOf, ruleLabel, type RuleInstance } from './registry';
import type { RuleKind } from './types';
import { bandCap, bandSetter, baseLever, equityBoost, equityLever, verbalLock } from './kinds/offerKinds';
import { competingOffer } from './kinds/competingOffer';
import { offerDeadline } from './kinds/offerDeadline';
import { withConditions } from './conditions';

/** A rule instance ready for the kernel: its kind resolved, its label settled, on or off for this scenario. */
export interface CompiledRule {
  id: string;
  kind: string;
  label: string;
  source?: string;
  settings: RuleInstance;
  // biome-ignore lint/suspicious/noExplicitAny: the registry holds kinds of every settings type
  impl: RuleKind<any>;
  enabled: boolean;
  /** Where an author wrote it: `rules[2]` of the pack, or of the scenario. */
  origin: { in: 'pack' | 'scenario'; index: number };
}

/** The offer's rules, found by kind, and the comp they shape. */
export interface OfferPolicy {
  comp: Comp;
  bandCap?: CompiledRule;
  baseLever?: CompiledRule;
  equityLever?: CompiledRule;
  lock?: CompiledRule;
  boost?: CompiledRule;
  setter?: CompiledRule;
  /** Schema version 3: how a competing offer is met, and how long the verbal offer stands. */
  competing?: CompiledRule;
  deadline?: CompiledRule;
}

/** Everything the kernel reads about a scenario's committee: its rules, ladder and bars. Compiled once per scenario. */
export interface Policy {
  /** Every rule of the pack and scenario, in checking order, switched-off ones included. */
  rules: CompiledRule[];
  /** The rules that decide, in order: the committee's, and the loop's (a failed screen blocks the offer here too). */
  committeeRules: CompiledRule[];
  rankRules: CompiledRule[];
  /** The rules checked after each round, whose block ends the loop there. */
  loopRules: CompiledRule[];
  offer: OfferPolicy;
  /** The pack's levels, lowest first, and where the scenario's level sits on them. */
  levels: string[];
  target: number;
  bars: Bars;
  committee: Pack['committee'];
  candidate: string;
  cohort: Scenario['cohort'];
  /** The pack's recommendation thresholds, which a rule reading calibrated votes reads them on. */
  thresholds: Pack['scoring']['recommendation'];
}

/** One rule instance ready for the kernel. */
export const compileRule = (
  settings: RuleInstance,
  enabled = true,
  origin: CompiledRule['origin'] = { in: 'scenario', index: 0 },
): CompiledRule => ({
  id: settings.id,
  kind: settings.kind,
  label: ruleLabel(settings),
  ...(settings.source ? { source: settings.source } : {}),
  settings,
  impl: withConditions(kindOf(settings), settings.when, settings.unless),
  enabled,
  origin,
});

/** The pack's rules with the scenario's changes: an instance replaces the pack's of the same id or adds one; `off` switches one off. */
export function mergeRules(pack: Pack, scenario: Pick<Scenario, 'rules'>): CompiledRule[] {
  const rules = (pack.rules as RuleInstance[]).map((r, index) => compileRule(r, true, { in: 'pack', index }));
  scenario.rules.forEach((change, index) => {
    const at = rules.findIndex((r) => r.id === change.id);
    if ('off' in change) {
      if (at >= 0) rules[at] = { ...rules[at]!, enabled: false };
      return;
    }
    const next = compileRule(change as RuleInstance, true, { in: 'scenario', index });
    if (at >= 0) rules[at] = next;
    else rules.push(next);
  });
  return rules;
}

/** The bars that apply to a scenario at this level: the level's own where the pack gives them. */
export function barsFor(committee: Pack['committee'], level: string): Bars {
  const own = committee.levelBars && Object.hasOwn(committee.levelBars, level) ? committee.levelBars[level] : undefined;
  return own ?? committee.bars;
}

/** The enabled rules sorted by what they decide: the committee's, the ranking, the offer's. */
function arrange(rules: CompiledRule[], comp: Comp) {
  const on = rules.filter((r) => r.enabled);
  // biome-ignore lint/suspicious/noExplicitAny: any kind's settings
  const offerRule = (kind: RuleKind<any>) => on.find((r) => r.impl === kind);
  return {
    rules,
    committeeRules: on.filter((r) => r.impl.phase === 'committee' || r.impl.phase === 'loop'),
    rankRules: on.filter((r) => r.impl.phase === 'rank'),
    loopRules: on.filter((r) => r.impl.phase === 'loop'),
    offer: {
      comp,
      bandCap: offerRule(bandCap),
      baseLever: offerRule(baseLever),
      equityLever: offerRule(equityLever),
      lock: offerRule(verbalLock),
      boost: offerRule(equityBoost),
      setter: offerRule(bandSetter),
      competing: offerRule(competingOffer),
      deadline: offerRule(offerDeadline),
    },
  };
}

/** Build the policy the kernel reads from a pack and scenario. */
export function compilePolicy(pack: Pack, scenario: Scenario, rules = mergeRules(pack, scenario)): Policy {
  return {
    ...arrange(rules, pack.comp),
    levels: pack.comp.levels,
    target: pack.comp.levels.indexOf(scenario.level),
    bars: barsFor(pack.committee, scenario.level),
    committee: pack.committee,
    candidate: scenario.candidate.name,
    cohort: scenario.cohort,
    thresholds: pack.scoring.recommendation,
  };
}

/** The policy with some rules switched off and bars moved: what a coach's what-if or the lab changes. */
export function withPolicyChanges(
  policy: Policy,
  change: { off?: ReadonlyArray<string>; bars?: Partial<Bars> },
): Policy {
  const off = new Set(change.off ?? []);
  const rules = policy.rules.map((r) => (off.has(r.id) ? { ...r, enabled: false } : r));
  return { ...policy, ...arrange(rules, policy.offer.comp), bars: { ...policy.bars, ...change.bars } };
}
