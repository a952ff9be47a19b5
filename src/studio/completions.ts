import type { Pack } from '../../machines/content/schema';
import { isObjectAt, keysAt, literalsAt, type JsonSchema } from './schemaLookup';
import { contextAt, shapeOf, type FieldPath } from './yamlPath';

/** One suggestion: the text to write, what it is, and help to show beside it. */
interface Suggestion {
  label: string;
  /** `key` for a field name, `id` for an id the field refers to, `value` for a literal the schema allows. */
  type: 'key' | 'id' | 'value';
  detail?: string;
  info?: string;
}

export interface Completion {
  from: number;
  to: number;
  suggestions: Suggestion[];
}

type Data = Record<string, unknown>;
const asRecord = (x: unknown): Data => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Data) : {});
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const at = (data: unknown, path: FieldPath): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined), data);
const idsOf = (list: unknown, key = 'id') =>
  asList(list)
    .map((x) => asRecord(x)[key])
    .filter((x): x is string => typeof x === 'string');

/** The pack a scenario names, from the packs the studio knows (the bundled ones, and a pack being edited). */
const packOf = (data: unknown, packs: ReadonlyArray<Pack>) => {
  const id = asRecord(data).pack;
  return packs.find((p) => p.id === id);
};

/**
 * The ids a field refers to, by the field's shape: the rounds of the pack, the people, the
 * probes of this round, every option (for a path's choices), the pack's levels and rules, the
 * rule kinds, the dimensions a round's rubric scores.
 */
function idsFor(path: FieldPath, data: unknown, packs: ReadonlyArray<Pack>, ruleKinds: ReadonlyArray<string>) {
  // A path's name is the author's: paths.best.choices[2] reads as paths[].choices[].
  const shape = path[0] === 'paths' ? shapeOf(['paths', 0, ...path.slice(2)]) : shapeOf(path);
  const pack = packOf(data, packs);
  const doc = asRecord(data);
  const people = () => idsOf(doc.people);
  const roundOf = () => asRecord(asList(doc.rounds)[path[1] as number]);
  const allOptions = () =>
    asList(doc.rounds).flatMap((r) => asList(asRecord(r).prompts).flatMap((p) => idsOf(asRecord(p).options)));
  if (doc.kind === 'pack') {
    if (shape === 'loop.rounds[].rubric') return Object.keys(asRecord(doc.rubrics));
    if (shape === 'rules[].kind') return [...ruleKinds];
    return [];
  }
  switch (shape) {
    case 'pack':
      return packs.map((p) => p.id);
    case 'level':
      return pack?.comp.levels ?? [];
    case 'rounds[].round':
      return pack?.loop.rounds.map((r) => r.id) ?? [];
    case 'rounds[].interviewer':
    case 'committee[]':
      return people();
    case 'people[].role':
      return [...new Set(pack?.loop.rounds.map((r) => r.interviewerRole) ?? [])];
    case 'rounds[].prompts[].options[].followUp': {
      const prompts = asList(roundOf().prompts).map(asRecord);
      const probes = prompts.filter((p) => p.probe === true);
      return idsOf(probes.length ? probes : prompts);
    }
    case 'paths[].choices[]':
      return allOptions();
    case 'rules[].kind':
      return [...ruleKinds];
    case 'rules[].id':
      return pack?.rules.map((r) => r.id) ?? [];
    default:
      return [];
  }
}

/** Keys a record takes from ids: a round rubric's dimensions for an option's scores, the pack's levels for bands. */
function idKeysFor(path: FieldPath, data: unknown, packs: ReadonlyArray<Pack>): string[] {
  const shape = shapeOf(path);
  const doc = asRecord(data);
  if (shape === 'rounds[].prompts[].options[].signals.scores') {
    const roundId = asRecord(asList(doc.rounds)[path[1] as number]).round;
    const pack = packOf(data, packs);
    const def = pack?.loop.rounds.find((r) => r.id === roundId);
    const rubric = def && Object.hasOwn(pack!.rubrics, def.rubric) ? pack!.rubrics[def.rubric] : undefined;
    return rubric?.dimensions.map((d) => d.id) ?? [];
  }
  if (doc.kind === 'pack' && (shape === 'comp.bands' || shape === 'committee.levelBars'))
    return asList(asRecord(doc.comp).levels).filter((x): x is string => typeof x === 'string');
  return [];
}

/** What may be written at `pos`: the keys the schema allows there, the ids the field refers to, the values it takes. */
export function complete(
  text: string,
  pos: number,
  schema: JsonSchema,
  packs: ReadonlyArray<Pack>,
  ruleKinds: ReadonlyArray<string>,
): Completion | null {
  const cx = contextAt(text, pos);
  if (!cx) return null;
  let { role, path } = cx;
  // A bare word after a dash starts a list item's first key when the list holds mappings.
  if (role === 'value' && typeof path[path.length - 1] === 'number' && isObjectAt(schema, path, cx.data)) role = 'key';
  const suggestions: Suggestion[] = [];
  if (role === 'key') {
    const present = asRecord(at(cx.data, path));
    for (const k of keysAt(schema, path, cx.data)) {
      if (Object.hasOwn(present, k.key) && present[k.key] !== null) continue;
      suggestions.push({
        label: k.key,
        type: 'key',
        detail: `${k.required ? 'required' : 'optional'}${k.detail ? ` · ${k.detail}` : ''}`,
        info: k.description ?? undefined,
      });
    }
    for (const id of idKeysFor(path, cx.data, packs))
      if (!Object.hasOwn(present, id) || present[id] === null) suggestions.push({ label: id, type: 'id' });
  } else {
    const taken = new Set<string>();
    for (const id of idsFor(path, cx.data, packs, ruleKinds)) {
      if (taken.has(id)) continue;
      taken.add(id);
      suggestions.push({ label: id, type: 'id' });
    }
    for (const v of literalsAt(schema, path, cx.data)) if (!taken.has(v)) suggestions.push({ label: v, type: 'value' });
  }
  const typed = text.slice(cx.from, pos).toLowerCase();
  const matching = suggestions.filter((s) => s.label.toLowerCase().includes(typed));
  return { from: cx.from, to: cx.to, suggestions: matching };
}
