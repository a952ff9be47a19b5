import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent } from '../../machines/content/parse';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { Pack, Rules, Scenario } from '../../machines/content/schema';

const FIXTURES = join(import.meta.dirname, '../fixtures');

function load<T>(file: string): T {
  const result = parseContent(readFileSync(join(FIXTURES, file), 'utf8'), file);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.value as T;
}

/** The golden pack, optionally with some rules changed, and the golden scenario resolved against it. */
export function golden(change: { rules?: Rules; pack?: (p: Pack) => Pack; scenario?: (s: Scenario) => Scenario } = {}): ResolvedScenario {
  let pack = load<Pack>('packs/golden.yaml');
  pack = { ...pack, rules: { ...pack.rules, ...(change.rules ?? {}) } };
  if (change.pack) pack = change.pack(pack);
  let scenario = load<Scenario>('golden.yaml');
  if (change.scenario) scenario = change.scenario(scenario);
  const r = resolveScenario(scenario, new Map([[pack.id, pack]]), 'golden.yaml');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}
