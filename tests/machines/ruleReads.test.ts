import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { enumerateBranches } from '../../machines/engine/branches';
import { compileRule, type CompiledRule } from '../../machines/policy/compile';
import { BLOCK, type CardFacts, type RuleKind } from '../../machines/policy/types';
import { concernsOf } from '../../machines/rules/votes';
import { RULE_KINDS } from '../../machines/policy/registry';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { bruteBranches } from '../helpers/bruteBranches';
import { golden } from '../helpers/golden';

// Kinds the engine has never heard of, as the next rule kind would arrive: everything they read is
// in their declaration, nothing about them is written outside this file.
const topScore = (c: CardFacts) => c.scores.framing === 5;
const ceiling: RuleKind<Record<string, never>> = {
  kind: 'framing-ceiling',
  defaultLabel: 'A perfect framing score is suspicious',
  summary: 'Blocks the offer when any round scores framing 5.',
  phase: 'committee',
  reads: () => ({ cards: [{ dimension: 'framing', meets: topScore }] }),
  settings: z.strictObject({}),
  evaluate: (_s, p) => (p.cards.some(topScore) ? BLOCK : null),
  explain: () => ({ by: 'committee', reason: 'framing scored 5' }),
};
const floorOnly: RuleKind<{ role: string }> = {
  kind: 'panel-floor',
  defaultLabel: 'The panel will not hire on low reliability',
  summary: 'Members of this role vote no under a reliability of 6.',
  phase: 'committee',
  reads: () => ({ votes: true }),
  settings: z.strictObject({ role: z.string() }),
  concerns: (s, role) => (role === s.role ? { reliabilityFloor: 6 } : undefined),
  evaluate: () => null,
  explain: () => ({ by: 'committee', reason: '' }),
};

const adding = (resolved: ResolvedScenario, rule: CompiledRule): ResolvedScenario => ({
  ...resolved,
  policy: {
    ...resolved.policy,
    rules: [...resolved.policy.rules, rule],
    committeeRules: [...resolved.policy.committeeRules, rule],
  },
});
// biome-ignore lint/suspicious/noExplicitAny: a compiled rule holds a kind of any settings type
const instance = (kind: RuleKind<any>, settings: Record<string, unknown> = {}): CompiledRule => ({
  ...compileRule({ id: 'X1', kind: 'flag-disqualifier', flags: ['x'] }),
  kind: kind.kind,
  label: kind.defaultLabel,
  settings: { id: 'X1', kind: kind.kind, ...settings },
  impl: kind,
});

describe('rule kinds declare what they read', () => {
  it('the branch check counts a kind it has never seen by its declared card tests, equal to brute force', () => {
    const base = golden();
    const withCeiling = adding(base, instance(ceiling));
    const fast = enumerateBranches(withCeiling);
    expect(fast.decisions).toEqual(bruteBranches(withCeiling).decisions);
    // The rule changes what some paths decide, so the check could not have counted it by chance.
    expect(fast.decisions).not.toEqual(enumerateBranches(base).decisions);
    expect(fast.paths).toBe(enumerateBranches(base).paths);
  });

  it("a kind's concerns reach every member's vote: the floor it declares is the member's", () => {
    const base = golden();
    const rule = instance(floorOnly, { role: 'panel' });
    expect(concernsOf({ role: 'panel' }, { committeeRules: [rule] })).toEqual({ reliabilityFloor: 6 });
    expect(concernsOf({ role: 'recruiter' }, { committeeRules: [rule] })).toEqual({});
    const withFloor = adding(base, rule);
    expect(enumerateBranches(withFloor).decisions).toEqual(bruteBranches(withFloor).decisions);
  });

  it('every shipped kind declares its reads, and the rounds and dimensions it names', () => {
    const named = (kind: string, settings: Record<string, unknown>) => {
      const k = RULE_KINDS.get(kind)!;
      return { rounds: k.rounds?.(settings) ?? [], dimensions: k.dimensions?.(settings) ?? [] };
    };
    expect(named('round-disqualifier', { round: 'technical', failAt: 'no' })).toEqual({
      rounds: [{ key: 'round', id: 'technical' }],
      dimensions: [],
    });
    expect(
      named('dimension-floor', { dimension: 'correctness', below: 3, rounds: ['a', 'b'], effect: 'block' }),
    ).toEqual({
      rounds: [
        { key: 'rounds[0]', id: 'a' },
        { key: 'rounds[1]', id: 'b' },
      ],
      dimensions: [{ key: 'dimension', id: 'correctness' }],
    });
    for (const k of RULE_KINDS.values()) expect(typeof k.reads, k.kind).toBe('function');
  });
});
