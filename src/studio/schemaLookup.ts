import type { FieldPath } from './yamlPath';

/** The parts of a JSON Schema (as zod's toJSONSchema writes it) that completion and hover read. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  type?: string | string[];
  description?: string;
  title?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** A schema with its $ref followed and its unions spread: every alternative a value may match. */
function alternatives(root: JsonSchema, schema: JsonSchema | undefined, seen = 0): JsonSchema[] {
  if (!schema || seen > 20) return [];
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/(\$defs|definitions)\//, '');
    const target = own(root.$defs, name) ?? own(root.definitions, name);
    return alternatives(root, target, seen + 1);
  }
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return union.flatMap((s) => alternatives(root, s, seen + 1));
  if (schema.allOf) return schema.allOf.flatMap((s) => alternatives(root, s, seen + 1));
  return [schema];
}

/** Of several object alternatives, those whose `kind` (or other const key) agrees with the data, if any does. */
function narrowed(options: JsonSchema[], data: unknown): JsonSchema[] {
  if (options.length < 2 || !data || typeof data !== 'object' || Array.isArray(data)) return options;
  const record = data as Record<string, unknown>;
  const fits = options.filter((o) =>
    Object.entries(o.properties ?? {}).every(
      ([k, p]) => p.const === undefined || !Object.hasOwn(record, k) || record[k] === p.const,
    ),
  );
  return fits.length ? fits : options;
}

const child = (data: unknown, key: string | number): unknown =>
  data && typeof data === 'object' && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;

/**
 * The schemas a field path may have, following objects, records, lists and tuples; a union is
 * narrowed by the document's own data (a rule's `kind`, a file's `kind`) where it tells them apart.
 */
export function schemasAt(root: JsonSchema, path: FieldPath, data: unknown): JsonSchema[] {
  let here = narrowed(alternatives(root, root), data);
  let value = data;
  for (const key of path) {
    const next: JsonSchema[] = [];
    for (const s of here) {
      if (typeof key === 'number') {
        const tuple = s.prefixItems ?? (Array.isArray(s.items) ? s.items : undefined);
        const item = tuple ? tuple[key] : (s.items as JsonSchema | undefined);
        next.push(...alternatives(root, item));
      } else {
        const prop = own(s.properties, key);
        if (prop) next.push(...alternatives(root, prop));
        else if (typeof s.additionalProperties === 'object') next.push(...alternatives(root, s.additionalProperties));
      }
    }
    value = child(value, key);
    here = narrowed(next, value);
    if (!here.length) return [];
  }
  return here;
}

/** The description written for a field, from its own schema or any alternative that has one. */
export function descriptionAt(root: JsonSchema, path: FieldPath, data: unknown): string | null {
  if (!path.length) return null;
  // The property's own schema carries the description, before its $ref or union is spread.
  const parents = schemasAt(root, path.slice(0, -1), data);
  const key = path[path.length - 1]!;
  for (const p of parents) {
    const prop = typeof key === 'string' ? own(p.properties, key) : undefined;
    if (prop?.description) return prop.description;
  }
  for (const s of schemasAt(root, path, data)) if (s.description) return s.description;
  // A key an author names (a path's name, a band's level): the record it belongs to explains it.
  if (
    typeof key === 'string' &&
    parents.some((p) => typeof p.additionalProperties === 'object' && !own(p.properties, key))
  ) {
    const whole = descriptionAt(root, path.slice(0, -1), data);
    if (whole) return `An entry of ${String(path[path.length - 2] ?? 'this mapping')}, named by you. ${whole}`;
  }
  return null;
}

/** What a field expects, in words, for hover and completion details: "text, at most 120 characters". */
export function expectation(schemas: JsonSchema[]): string {
  const parts = new Set<string>();
  for (const s of schemas) {
    if (s.const !== undefined) parts.add(JSON.stringify(s.const));
    else if (s.enum) parts.add(`one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`);
    else if (s.type === 'string')
      parts.add(
        s.pattern === '^[a-z0-9][a-z0-9-]*$'
          ? 'a lowercase id'
          : `text${s.maxLength !== undefined ? `, at most ${s.maxLength} characters` : ''}`,
      );
    else if (s.type === 'integer' || s.type === 'number') {
      const whole = s.type === 'integer' ? 'a whole number' : 'a number';
      const big = 1e15;
      const lo = s.minimum !== undefined && Math.abs(s.minimum) < big ? s.minimum : undefined;
      const hi = s.maximum !== undefined && Math.abs(s.maximum) < big ? s.maximum : undefined;
      parts.add(lo !== undefined && hi !== undefined ? `${whole} from ${lo} to ${hi}` : whole);
    } else if (s.type === 'boolean') parts.add('true or false');
    else if (s.type === 'array') parts.add(s.prefixItems ? `a list of ${s.prefixItems.length}` : 'a list');
    else if (s.type === 'object') parts.add('a mapping');
  }
  return [...parts].join(', or ');
}

/** The keys a mapping at `path` may have, each with what it expects and its description. */
export function keysAt(
  root: JsonSchema,
  path: FieldPath,
  data: unknown,
): Array<{ key: string; required: boolean; detail: string; description: string | null }> {
  const out = new Map<string, { key: string; required: boolean; detail: string; description: string | null }>();
  for (const s of schemasAt(root, path, data)) {
    for (const [key, prop] of Object.entries(s.properties ?? {})) {
      if (out.has(key)) continue;
      const alts = alternatives(root, prop);
      out.set(key, {
        key,
        required: !!s.required?.includes(key),
        detail: expectation(alts),
        description: prop.description ?? alts.find((a) => a.description)?.description ?? null,
      });
    }
    // A record whose keys are a fixed set (decisionLabels) offers those keys.
    for (const k of s.propertyNames?.enum ?? []) {
      if (typeof k === 'string' && !out.has(k)) out.set(k, { key: k, required: false, detail: '', description: null });
    }
  }
  return [...out.values()];
}

/** The literal values a field may take: an enum's, a const's, true and false. */
export function literalsAt(root: JsonSchema, path: FieldPath, data: unknown): string[] {
  const out = new Set<string>();
  for (const s of schemasAt(root, path, data)) {
    for (const e of s.enum ?? []) if (typeof e === 'string' || typeof e === 'number') out.add(String(e));
    if (typeof s.const === 'string' || typeof s.const === 'boolean' || typeof s.const === 'number')
      out.add(String(s.const));
    if (s.type === 'boolean') out.add('true').add('false');
  }
  return [...out];
}

/** Whether the field at `path` holds a mapping (so a bare word there starts a key). */
export const isObjectAt = (root: JsonSchema, path: FieldPath, data: unknown) =>
  schemasAt(root, path, data).some((s) => s.type === 'object' || !!s.properties);
