import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent } from '../../machines/content/parse';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { Pack, Scenario } from '../../machines/content/schema';
import type { RulesV1 } from '../../machines/content/v1/schema';
import { v1RuleChanges } from '../../machines/content/migrate';
import { compileRule, type OfferPolicy } from '../../machines/policy/compile';
import type { z } from 'zod';

/** Rule changes written as v1 wrote them (`V1: false`, `V5: { slots: 1 }`), which read best in tests. */
type Rules = z.input<RulesV1>;

const FIXTURES = join(import.meta.dirname, '../fixtures');

function load<T>(file: string): T {
  const result = parseContent(readFileSync(join(FIXTURES, file), 'utf8'), file);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.value as T;
}

/** The golden pack, optionally with some rules changed, and the golden scenario resolved against it. */
export function golden(
  change: { rules?: Rules; pack?: (p: Pack) => Pack; scenario?: (s: Scenario) => Scenario } = {},
): ResolvedScenario {
  let pack = load<Pack>('packs/golden.yaml');
  if (change.pack) pack = change.pack(pack);
  let scenario = load<Scenario>('golden.yaml');
  const inPack = new Set(pack.rules.map((r) => r.id));
  const changes = v1RuleChanges(change.rules as never).filter((c) => !('off' in c) || inPack.has(c.id));
  scenario = { ...scenario, rules: [...scenario.rules, ...changes] };
  if (change.scenario) scenario = change.scenario(scenario);
  const r = resolveScenario(scenario, new Map([[pack.id, pack]]), 'golden.yaml');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}

/** The golden loop's offer rules, with or without K4's lock after the verbal offer. */
export function offerPolicy(resolved: ResolvedScenario, lock: boolean): OfferPolicy {
  return { ...resolved.policy.offer, lock: lock ? compileRule({ id: 'K4', kind: 'verbal-lock' }) : undefined };
}
