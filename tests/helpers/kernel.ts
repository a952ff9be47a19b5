import { compileRule, type Policy } from '../../machines/policy/compile';
import { decidePacket, packetOf, type RuleFiring } from '../../machines/policy/kernel';
import type { Bars } from '../../machines/content/schema';
import type { CardFacts, Packet, VoteFacts } from '../../machines/policy/types';

/** A rule of one kind, fired (or not) on a packet: what the rule tests read like. */
export function fire(kind: string, settings: object, packet: Partial<Packet>): RuleFiring | null {
  const rule = compileRule({ id: `test-${kind}`, kind, ...settings });
  const p: Packet = {
    cards: [],
    votes: [],
    consensus: 3.5,
    step: 0,
    candidate: 'Sam',
    cohort: [],
    thresholds: { strong_yes: 4, yes: 3, no: 2 },
    ...packet,
  };
  if (!rule.impl.evaluate!(rule.settings, p)) return null;
  const { by, reason } = rule.impl.explain!(rule.settings, p);
  return { rule: rule.id, label: rule.label, by, reason };
}

/** A policy with just these rules and bars, on a ladder of levels, for kernel tests. */
export function policyOf(
  rules: Array<{ id: string; kind: string } & Record<string, unknown>>,
  bars: Bars,
  levels = ['L4', 'L5', 'L6'],
  target = 'L5',
  cohort: Policy['cohort'] = [],
): Policy {
  const compiled = rules.map((r, index) => compileRule(r, true, { in: 'pack', index }));
  return {
    rules: compiled,
    committeeRules: compiled.filter((r) => r.impl.phase === 'committee' || r.impl.phase === 'loop'),
    rankRules: compiled.filter((r) => r.impl.phase === 'rank'),
    loopRules: compiled.filter((r) => r.impl.phase === 'loop'),
    offer: {
      comp: { source: 'K1', levels, bands: {}, draftAt: 0.5, signOnMax: 0, asksBeforeVerbal: false, currency: 'USD' },
    },
    levels,
    target: levels.indexOf(target),
    bars,
    committee: { kind: 'debrief', bars },
    candidate: 'Sam',
    cohort,
    thresholds: { strong_yes: 4, yes: 3, no: 2 },
  };
}

/** The kernel's decision on cards and votes. */
export const decideOn = (policy: Policy, cards: CardFacts[], votes: VoteFacts[]) =>
  decidePacket(policy, packetOf(policy, cards, votes));
