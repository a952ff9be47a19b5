import { z } from 'zod';
import { contentSchemas, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION } from './schema';
import { schemasV1 } from './v1/schema';

type Json = Record<string, unknown>;

/**
 * What zod's converter cannot say by itself, said so an editor agrees with the loader: integers
 * carry only their own bounds (not zod's +-2^53 default), and a free-form mapping refuses a
 * `__proto__` key as the loader does (zod would drop it).
 */
function override(ctx: { zodSchema: z.core.$ZodType; jsonSchema: Json }) {
  const json = ctx.jsonSchema;
  if (json.type === 'integer') {
    if (json.minimum === Number.MIN_SAFE_INTEGER) delete json.minimum;
    if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
  }
  const def = ctx.zodSchema._zod.def;
  if (def.type === 'record')
    json.propertyNames = { ...(json.propertyNames as Json | undefined), not: { const: '__proto__' } };
  // A trimmed text needs something besides spaces; the loader trims before it checks the length.
  const trims = (def.checks ?? []).some((c) => c._zod.def.check === 'overwrite');
  if (def.type === 'string' && trims && json.pattern === undefined) json.pattern = '\\S';
}

// Definitions zod names once (a rule's condition, under its `id`) are kept at the root, where
// every `#/definitions/...` reference resolves, whichever branch refers to them.
function convert(schema: z.ZodType, versions: number[], defs: Json): Json {
  // Draft 7, the draft VS Code's YAML extension (yaml-language-server) validates: it reads no
  // 2020-12 `prefixItems`, so a [min, max] range in that draft would be underlined in every file.
  const options = { target: 'draft-7', io: 'input', unrepresentable: 'any', override } as const;
  const { $schema: _, definitions, $defs, ...json } = z.toJSONSchema(schema, options) as Json;
  Object.assign(defs, definitions as Json | undefined, $defs as Json | undefined);
  // The loader reads a file by its schemaVersion: each branch takes exactly the versions it reads
  // (version 2 files read through version 3's schema; the loader says if one uses a version 3 word).
  for (const branch of json.oneOf as Json[]) {
    const props = branch.properties as Json;
    const version = versions.length === 1 ? { const: versions[0] } : { enum: versions };
    props.schemaVersion = { ...(props.schemaVersion as Json), ...version };
    delete (props.schemaVersion as Json).type;
    // A scenario's three named paths, which zod checks in a refinement, are plain `required` here.
    if (props.paths) (props.paths as Json).required = ['recorded', 'best', 'worst'];
  }
  return json;
}

/**
 * The JSON Schema of a content file for authors' editors: a pack or a scenario in any format
 * version the loader reads (version 1 files are migrated on load), with every key described.
 */
export function editorSchema(): Json {
  const versions = `${OLDEST_SCHEMA_VERSION} to ${SCHEMA_VERSION}`;
  const defs: Json = {};
  const v1 = convert(schemasV1().contentFileSchemaV1, [1], defs);
  const current = convert(contentSchemas().contentFileSchema, [2, SCHEMA_VERSION], defs);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Debrief content file (scenario or pack)',
    description: `A Debrief scenario or pack, in content format version ${versions}; \`debrief validate\` checks what a schema cannot (cross-references, every path played to its decision).`,
    type: 'object',
    if: {
      properties: { schemaVersion: { const: 1, description: 'The content format version the file is written in.' } },
      required: ['schemaVersion'],
    },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else, never awaited
    then: v1,
    else: current,
    definitions: defs,
  };
}
