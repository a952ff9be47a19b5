import { descriptionAt, expectation, schemasAt, type JsonSchema } from './schemaLookup';
import { formatFieldPath, keyAt } from './yamlPath';

/** What hovering a key shows: its field path, what it expects, and the schema's description of it. */
export interface HoverHelp {
  from: number;
  to: number;
  path: string;
  expects: string;
  description: string | null;
}

/** Help for the key under `pos`, from the JSON Schema (zod's descriptions); null off a key or off the schema. */
export function hoverAt(text: string, pos: number, schema: JsonSchema): HoverHelp | null {
  const key = keyAt(text, pos);
  if (!key) return null;
  const { data } = key;
  const schemas = schemasAt(schema, key.path, data);
  const description = descriptionAt(schema, key.path, data);
  if (!schemas.length && !description) return null;
  return { from: key.from, to: key.to, path: formatFieldPath(key.path), expects: expectation(schemas), description };
}
