import type { Pack, Person } from '../content/schema';
import type { CompiledRule } from './compile';
import { compileRule, type CompiledRule as Compiled } from './compile';
import type { RuleInstance } from './registry';
import { conditionProblems } from './conditions';

/** A problem with a pack's or a scenario's rules: where it was written and what was expected. */
export interface PolicyProblem {
  in: 'pack' | 'scenario';
  path: string;
  message: string;
}

const list = (xs: Iterable<string>) => [...xs].map((x) => `"${x}"`).join(', ') || 'none';

/** What a pack must say consistently on its own: a band for every level, rules naming its rounds and dimensions. */
export function checkPack(pack: Pack): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  const levels = pack.comp.levels;
  levels.forEach((level, i) => {
    if (levels.indexOf(level) !== i)
      out.push({ path: `comp.levels[${i}]`, message: `expected each level once, found "${level}" again` });
    if (!Object.hasOwn(pack.comp.bands, level))
      out.push({
        path: `comp.levels[${i}]`,
        message: `expected a band under comp.bands for level "${level}", found none`,
      });
  });
  for (const level of Object.keys(pack.comp.bands)) {
    if (!levels.includes(level))
      out.push({
        path: `comp.bands.${level}`,
        message: `expected a level listed in comp.levels (${list(levels)}), found "${level}"`,
      });
  }
  for (const level of Object.keys(pack.committee.levelBars ?? {})) {
    if (!levels.includes(level))
      out.push({
        path: `committee.levelBars.${level}`,
        message: `expected a level listed in comp.levels (${list(levels)}), found "${level}"`,
      });
  }
  pack.loop.rounds.forEach((round, i) => {
    if (!Object.hasOwn(pack.rubrics, round.rubric))
      out.push({
        path: `loop.rounds[${i}].rubric`,
        message: `expected a rubric defined under rubrics (${list(Object.keys(pack.rubrics))}), found "${round.rubric}"`,
      });
  });
  if (pack.committee.kind === 'conversion' && !pack.committee.phases) {
    out.push({
      path: 'committee.phases',
      message:
        'expected the roles of the manager, engineers and calibrator phases for a conversion committee, found nothing',
    });
  }
  pack.rules.forEach((rule, i) => out.push(...checkReferences(pack, compileRule(rule as RuleInstance), `rules[${i}]`)));
  return out;
}

/** The rounds and dimensions a rule names, as its kind declares them, must be the pack's. */
function checkReferences(
  pack: Pack,
  rule: Pick<CompiledRule, 'impl' | 'settings'>,
  at: string,
): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  const rounds = pack.loop.rounds.map((r) => r.id);
  for (const { key, id } of rule.impl.rounds?.(rule.settings) ?? []) {
    if (!rounds.includes(id))
      out.push({
        path: `${at}.${key}`,
        message: `expected a round of pack ${pack.id} (${list(rounds)}), found "${id}"`,
      });
  }
  const named = rule.impl.dimensions?.(rule.settings) ?? [];
  if (named.length) {
    const dims = new Set(Object.values(pack.rubrics).flatMap((r) => r.dimensions.map((d) => d.id)));
    for (const { key, id } of named) {
      if (!dims.has(id))
        out.push({
          path: `${at}.${key}`,
          message: `expected a dimension of one of pack ${pack.id}'s rubrics (${list(dims)}), found "${id}"`,
        });
    }
  }
  return out;
}

/**
 * A scenario's rules against its committee: every role a rule names must sit on it, or the rule
 * could never fire (a misspelt holder would switch the veto off without a word).
 */
export function checkPolicy(
  pack: Pack,
  rules: ReadonlyArray<CompiledRule>,
  committee: ReadonlyArray<Person>,
): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const roles = new Set(committee.map((m) => m.role));
  for (const p of conditionProblems(rules as Compiled[], committee))
    out.push({ in: p.rule.origin.in, path: `rules[${p.rule.origin.index}].${p.key}`, message: p.message });
  for (const rule of rules) {
    if (!rule.enabled || !rule.impl.roles) continue;
    const at = `rules[${rule.origin.index}]`;
    for (const { key, role } of rule.impl.roles(rule.settings)) {
      if (!roles.has(role)) {
        out.push({
          in: rule.origin.in,
          path: `${at}.${key}`,
          message: `no committee member has role "${role}" (${rule.id}, ${rule.label}); the committee's roles are ${list(roles)}`,
        });
      }
    }
    if (rule.origin.in === 'scenario')
      for (const p of checkReferences(pack, rule, at)) out.push({ in: 'scenario', ...p });
  }
  return out;
}
