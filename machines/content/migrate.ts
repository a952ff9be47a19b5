import type { ContentFileV1, PackV1, ScenarioV1 } from './v1/schema';
import type { ContentFile, Pack, RuleChange, Scenario } from './schema';
import { RULE_KINDS, type RuleInstance } from '../policy/registry';
import { SCHEMA_VERSION } from './schema';

// Version 1 named six rules by fixed keys (V1-V6) and kept the offer's rules inside comp. Version 2
// lists rule instances. The migration maps one to the other without changing what any file decides.

type V1Rules = NonNullable<ScenarioV1['rules']>;

// In the order v1 checked them, so firings are listed as they were.
const V1_KINDS = {
  V3: 'round-disqualifier',
  V4: 'flag-disqualifier',
  V2: 'group-distrust',
  V1: 'role-veto',
  V5: 'rank-slots',
  V6: 'band-setter',
} as const;

function instanceOf(id: keyof V1Rules, settings: object): RuleInstance {
  return { id, kind: V1_KINDS[id], source: id, ...settings };
}

function committeeRules(rules: V1Rules): RuleInstance[] {
  const out: RuleInstance[] = [];
  for (const id of Object.keys(V1_KINDS) as Array<keyof V1Rules>) {
    const settings = rules[id];
    if (settings) out.push(instanceOf(id, settings));
  }
  return out;
}

/** The offer's rules that v1 kept in comp, as instances; v1's band caps fired under comp.source. */
function offerRules(comp: PackV1['comp']): RuleInstance[] {
  const out: RuleInstance[] = [];
  const lockId = 'K4';
  const bandId = comp.source === lockId && comp.lockAfterVerbal ? `${comp.source}-band` : comp.source;
  out.push({ id: bandId, kind: 'band-cap', source: comp.source });
  const lever = (kind: string, l: NonNullable<PackV1['comp']['levers']['baseCap']>) => {
    const { source, ...rest } = l;
    return { id: source, kind, source, lever: rest };
  };
  if (comp.levers.baseCap) out.push(lever('base-lever', comp.levers.baseCap));
  if (comp.levers.equityCap) out.push(lever('equity-lever', comp.levers.equityCap));
  if (comp.lockAfterVerbal) out.push({ id: lockId, kind: 'verbal-lock', source: lockId });
  if (comp.equityBoost) {
    const { source, flag, draftAt } = comp.equityBoost;
    out.push({ id: source, kind: 'equity-boost', source, flag, draftAt });
  }
  // Two v1 sources can coincide (a lever and the band both citing K1): keep ids unique.
  const seen = new Set<string>();
  for (const r of out) {
    let id = r.id;
    for (let n = 2; seen.has(id); n++) id = `${r.id}-${n}`;
    r.id = id;
    seen.add(id);
  }
  return out;
}

function migratePack(v1: PackV1): Pack {
  const { hireAt, downLevelAt, ...committee } = v1.committee;
  const { lockAfterVerbal: _lock, levers: _levers, equityBoost: _boost, ...comp } = v1.comp;
  return {
    ...v1,
    schemaVersion: SCHEMA_VERSION,
    committee: {
      ...committee,
      bars: { hire: hireAt, ...(downLevelAt !== undefined ? { downLevel: downLevelAt } : {}) },
    },
    rules: [...committeeRules(v1.rules), ...offerRules(v1.comp)] as Pack['rules'],
    // v1's offer machine answered asks before the verbal offer; v2 packs say whether they allow it.
    comp: { ...comp, asksBeforeVerbal: true, currency: 'USD' },
  };
}

/** v1's per-scenario rule map (`V1: false`, `V5: {slots: 1}`) as v2 rule changes. */
export function v1RuleChanges(rules: V1Rules | undefined): RuleChange[] {
  const out: RuleChange[] = [];
  for (const id of Object.keys(V1_KINDS) as Array<keyof V1Rules>) {
    if (!rules || !Object.hasOwn(rules, id)) continue;
    const settings = rules[id];
    out.push((settings ? instanceOf(id, settings) : { id, off: true }) as RuleChange);
  }
  return out;
}

function migrateScenario(v1: ScenarioV1): Scenario {
  const rules = v1RuleChanges(v1.rules);
  const paths: Scenario['paths'] = {};
  for (const [name, path] of Object.entries(v1.paths)) {
    // v1 played the verbal offer first whatever the path said, and accepted when it said neither.
    const steps = [...path.negotiation];
    if (!steps.includes('verbal')) steps.unshift('verbal');
    if (!steps.some((s) => s === 'accept' || s === 'decline')) steps.push('accept');
    paths[name] = { ...path, negotiation: steps };
  }
  return { ...v1, schemaVersion: SCHEMA_VERSION, rules, paths };
}

/** A checked v1 file in the current format, deciding exactly as it did. */
export function migrate(file: ContentFileV1): ContentFile {
  return file.kind === 'pack' ? migratePack(file) : migrateScenario(file);
}

// Version 3 adds to version 2 and changes nothing it said: every new field's default is what
// version 2 did (a veto reads raw votes, ties go to the cohort, amounts are dollars). So a v2 file
// reads through the current schema and only its version moves; a v2 file that uses a version 3
// word is told to say version 3, so no file means something its version cannot say.

/** A checked v2 file in the current format: the same file, at the current version. */
export const migrateV2 = (file: ContentFile): ContentFile => ({ ...file, schemaVersion: SCHEMA_VERSION });

const V3_SETTINGS: Record<string, string[]> = { 'role-veto': ['reads'], 'rank-slots': ['ties'] };

type Raw = Record<string, unknown>;
const isRaw = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The fields of a file (as written) that only version 3 says, each with what it is. */
export function v3Words(data: Raw): Array<{ path: string; what: string }> {
  const out: Array<{ path: string; what: string }> = [];
  const rules = Array.isArray(data.rules) ? data.rules : [];
  rules.forEach((rule, i) => {
    if (!isRaw(rule)) return;
    const kind = typeof rule.kind === 'string' ? RULE_KINDS.get(rule.kind) : undefined;
    if (kind?.since && kind.since > 2) out.push({ path: `rules[${i}].kind`, what: `the rule kind "${kind.kind}"` });
    for (const key of ['when', 'unless'])
      if (key in rule) out.push({ path: `rules[${i}].${key}`, what: `a condition (${key})` });
    // Own keys only: a kind named "valueOf" or "__proto__" would find Object.prototype's member.
    for (const key of (typeof rule.kind === 'string' &&
      Object.hasOwn(V3_SETTINGS, rule.kind) &&
      V3_SETTINGS[rule.kind]) ||
      [])
      if (key in rule) out.push({ path: `rules[${i}].${key}`, what: `${rule.kind}'s ${key}` });
  });
  if (isRaw(data.comp) && 'currency' in data.comp) out.push({ path: 'comp.currency', what: 'a currency' });
  if (isRaw(data.paths))
    for (const [name, path] of Object.entries(data.paths)) {
      if (!isRaw(path)) continue;
      if ('offer' in path) out.push({ path: `paths.${name}.offer`, what: "a path's expected offer" });
      const steps = Array.isArray(path.negotiation) ? path.negotiation : [];
      steps.forEach((step, j) => {
        if (isRaw(step) && ('competing' in step || 'wait' in step))
          out.push({
            path: `paths.${name}.negotiation[${j}]`,
            what: 'competing' in step ? 'a competing offer' : 'a wait',
          });
      });
    }
  return out;
}
