import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Base } from './corpus';
import type { ContentDocument } from '../../src/content/parseDocument';

/** Names every plain object answers to; as ids they must not find Object.prototype's members. */
const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'isPrototypeOf',
];
const NUMBERS = [1e308, -1e308, Infinity, -Infinity, NaN, 2 ** 53 + 1, -0, 1e-308, 1e21, -1, 0, 0.5, 999_999_999];
const VALUES: unknown[] = [0, -1, 1.5, 'text', '', true, false, null, [], {}, [1, 2], { a: 1 }, ['x'], 'L5', 'hire'];

const KINDS = [
  'delete',
  'retype',
  'swap',
  'prototype',
  'number',
  'nest',
  'long',
  'dangle',
  'cycle',
  'duplicate',
] as const;
type MutationKind = (typeof KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  /** In the scenario, else in its pack. */
  inScenario: boolean;
  /** Child indexes from the root down to the node to change. */
  at: number[];
  /** A second node (swap, duplicate), the same way. */
  other: number[];
  pick: number;
}

export interface FuzzCase {
  base: number;
  mutations: Mutation[];
  json: boolean;
  seed: number;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  inScenario: fc.nat({ max: 3 }).map((n) => n > 0),
  at: fc.array(fc.nat(), { minLength: 1, maxLength: 9 }),
  other: fc.array(fc.nat(), { minLength: 1, maxLength: 9 }),
  pick: fc.nat(),
});

/** A case: which shipped scenario, one to four mutations, the file format, and a walk's seed. */
export const fuzzCase = (bases: number): fc.Arbitrary<FuzzCase> =>
  fc.record({
    base: fc.nat({ max: bases - 1 }),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
    json: fc.boolean(),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  });

type Node = Record<string, unknown> | unknown[];
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null;
const keysOf = (n: Node) => (Array.isArray(n) ? n.map((_, i) => i) : Object.keys(n));

/** Follow child indexes down the tree; the last container and key reached. */
function locate(root: Node, at: number[]): { parent: Node; key: string | number } | null {
  let parent: Node | null = null;
  let key: string | number | null = null;
  let node: unknown = root;
  for (const step of at) {
    if (!isNode(node)) break;
    const keys = keysOf(node);
    if (!keys.length) break;
    parent = node;
    key = keys[step % keys.length]!;
    node = (node as Record<string | number, unknown>)[key];
  }
  return parent && key !== null ? { parent, key } : null;
}

/** Set a key as an own property even when it is `__proto__`. */
function put(parent: Node, key: string | number, value: unknown) {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

const get = (parent: Node, key: string | number) => (parent as Record<string | number, unknown>)[key];

function nested(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { d: v };
  return v;
}

/** Every prompt id of a round, so a follow-up can be pointed back into its own round. */
function followUpCycle(scenario: Record<string, unknown>, m: Mutation) {
  const rounds = scenario.rounds;
  if (!Array.isArray(rounds) || !rounds.length) return;
  const round = rounds[m.at[0]! % rounds.length] as { prompts?: unknown };
  if (!Array.isArray(round?.prompts) || !round.prompts.length) return;
  const prompts = round.prompts as Array<{ id?: unknown; options?: unknown; probe?: unknown }>;
  const from = prompts[(m.at[1] ?? 0) % prompts.length]!;
  const to = prompts[m.pick % prompts.length]!;
  if (!Array.isArray(from?.options) || !from.options.length) return;
  const option = from.options[(m.at[2] ?? 0) % from.options.length] as Record<string, unknown>;
  if (!isNode(option)) return;
  option.followUp = to?.id;
  // Often make the target a probe too, so the cycle passes the probe check and reaches the branch check.
  if (m.pick % 2 && isNode(to)) to.probe = true;
}

function apply(doc: Record<string, unknown>, m: Mutation) {
  if (m.kind === 'cycle') return followUpCycle(doc, m);
  const here = locate(doc, m.at);
  if (!here) return;
  const { parent, key } = here;
  const value = get(parent, key);
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
      return;
    case 'retype':
      return put(parent, key, structuredClone(VALUES[m.pick % VALUES.length]));
    case 'swap':
    case 'duplicate': {
      const there = locate(doc, m.other);
      if (!there) return;
      const otherValue = get(there.parent, there.key);
      put(parent, key, structuredClone(otherValue));
      if (m.kind === 'swap') put(there.parent, there.key, structuredClone(value));
      return;
    }
    case 'prototype': {
      const name = PROTOTYPE_NAMES[m.pick % PROTOTYPE_NAMES.length]!;
      if (typeof value === 'string' || !isNode(value)) return put(parent, key, name);
      // A mapping gains a key of that name (a band, a rubric, a path called `constructor`).
      if (!Array.isArray(value)) put(value, name, structuredClone(Object.values(value)[0] ?? {}));
      else value.push(name);
      return;
    }
    case 'number':
      return put(parent, key, NUMBERS[m.pick % NUMBERS.length]);
    case 'nest':
      return put(parent, key, nested(10 + (m.pick % 2000)));
    case 'long':
      return put(parent, key, (m.pick % 2 ? 'x' : 'é ').repeat(1000 + (m.pick % 200_000)));
    case 'dangle':
      return put(parent, key, typeof value === 'string' ? `${value}-nowhere` : 'nowhere');
  }
}

/** How deep a value nests, counted no further than `limit`. */
function depthOf(v: unknown, limit: number, depth = 0): number {
  if (depth >= limit || typeof v !== 'object' || v === null) return depth;
  let most = depth;
  for (const child of Object.values(v)) most = Math.max(most, depthOf(child, limit, depth + 1));
  return most;
}

/**
 * Block YAML, or past 200 levels flow YAML (JSON is a subset of YAML). Chosen by depth, not by
 * whether the YAML writer runs out of stack, so a case makes the same text on any thread: a
 * worker's larger stack once wrote 2,000 levels of block YAML, megabytes of indentation.
 */
function yamlText(v: unknown): string {
  if (depthOf(v, 200) >= 200) return JSON.stringify(v);
  try {
    return stringify(v, { aliasDuplicateObjects: false });
  } catch {
    return JSON.stringify(v);
  }
}

/** The text of a document no mutation touched, by base and format: writing YAML costs more than checking it. */
const untouched = new Map<string, string>();

/** The mutated scenario and pack as files, in YAML or JSON. */
export function documentsFor(c: FuzzCase, bases: Base[]): ContentDocument[] {
  const base = bases[c.base]!;
  const scenario = structuredClone(base.scenario);
  const pack = structuredClone(base.pack);
  for (const m of c.mutations) {
    try {
      apply(m.inScenario ? scenario : pack, m);
    } catch {
      // Copying a value nested thousands deep can exhaust the stack: that mutation is skipped.
    }
  }
  const ext = c.json ? 'json' : 'yaml';
  const text = (v: unknown, which: 'scenario' | 'pack') => {
    const write = () => (c.json ? JSON.stringify(v, null, 1) : yamlText(v));
    if (c.mutations.some((m) => m.inScenario === (which === 'scenario'))) return write();
    const key = `${base.name}:${which}:${ext}`;
    let cached = untouched.get(key);
    if (cached === undefined) untouched.set(key, (cached = write()));
    return cached;
  };
  return [
    { name: `fuzz/packs/pack.${ext}`, text: text(pack, 'pack') },
    { name: `fuzz/scenario.${ext}`, text: text(scenario, 'scenario') },
  ];
}
