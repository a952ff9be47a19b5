import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { contentSchemas, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION, type ContentFile } from './schema';
import { schemasV1 } from './v1/schema';
import { migrate, migrateV2, v3Words } from './migrate';
import { checkPack } from '../policy/checkPolicy';
import { formatPath, fromZodIssues, type ContentIssue } from './issues';

export type ParseResult = { ok: true; value: ContentFile } | { ok: false; issues: ContentIssue[] };

/** Parse one content file's text (YAML, or JSON by extension) and check it against the schema of its version. */
export function parseContent(text: string, file: string): ParseResult {
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text.replace(/^\uFEFF/, '')) : parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? `line ${err.linePos[0].line}` : '(root)';
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return {
      ok: false,
      issues: [{ file, path: where, message: `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${message}` }],
    };
  }
  return checkContent(data, file);
}

/** Check already-parsed data: its version, then the schema of that version (a v1 file is migrated), then a pack's consistency. */
export function checkContent(data: unknown, file: string): ParseResult {
  const result = checkSchema(data, file);
  return result.ok ? checked(result.value, file) : result;
}

/**
 * The schema step alone, all that an editor's JSON Schema (debrief.schema.json) can check too:
 * the version, then the schema of that version; a v1 file is migrated.
 */
export function checkSchema(data: unknown, file: string): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      issues: [{ file, path: '(root)', message: 'expected a mapping with kind: scenario or kind: pack' }],
    };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  // A missing or mistyped version is one problem among the file's others: the current schema lists them all.
  if (typeof version === 'number' && (version > SCHEMA_VERSION || version < OLDEST_SCHEMA_VERSION)) {
    const which = `version ${version}, ${version > SCHEMA_VERSION ? 'newer than this engine reads' : 'older than this engine still reads'}`;
    return {
      ok: false,
      issues: [
        {
          file,
          path: 'schemaVersion',
          message: `expected a format version from ${OLDEST_SCHEMA_VERSION} (oldest still read) to ${SCHEMA_VERSION} (current), found ${which}`,
        },
      ],
    };
  }
  if (version === 1 || version === 2) {
    const words = v3Words(data as Record<string, unknown>);
    if (words.length)
      return {
        ok: false,
        issues: words.map(({ path, what }) => ({
          file,
          path,
          message: `${what} needs schemaVersion: ${SCHEMA_VERSION}; this file says version ${version} (${
            version === 2
              ? 'raise its version: nothing version 2 said changes meaning'
              : `version 1 files are read as they are; write it in version ${SCHEMA_VERSION}'s format to use this`
          })`,
        })),
      };
  }
  // zod drops a `__proto__` key from a mapping without a word: a path or band of that name would vanish.
  const proto = protoKeys(data, file);
  if (version === 1) {
    const v1 = schemasV1().contentFileSchemaV1.safeParse(data);
    if (v1.success && !proto.length) return { ok: true, value: migrate(v1.data) };
    return refused(file, proto, v1.error?.issues ?? [], data);
  }
  const result = contentSchemas().contentFileSchema.safeParse(data);
  if (result.success && !proto.length) return { ok: true, value: version === 2 ? migrateV2(result.data) : result.data };
  return refused(file, proto, result.error?.issues ?? [], data);
}

function refused(file: string, proto: ContentIssue[], issues: ReadonlyArray<z.core.$ZodIssue>, data: unknown) {
  const rest = fromZodIssues(file, issues, data).filter((i) => !proto.some((p) => p.path === i.path));
  return { ok: false as const, issues: [...proto, ...rest] };
}

/** Every own `__proto__` key in the parsed data (YAML and JSON both keep one as an own key). */
function protoKeys(data: unknown, file: string): ContentIssue[] {
  const found: ContentIssue[] = [];
  // One path, pushed and popped as the walk goes, copied only for a key it reports: a fresh path
  // for every node of every file was most of this walk's time and garbage.
  const at: PropertyKey[] = [];
  const walk = (node: unknown, depth: number) => {
    if (typeof node !== 'object' || node === null || depth > 200) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const value: unknown = node[i];
        if (typeof value !== 'object' || value === null) continue;
        at.push(i);
        walk(value, depth + 1);
        at.pop();
      }
      return;
    }
    if (Object.hasOwn(node, '__proto__'))
      found.push({
        file,
        path: formatPath([...at, '__proto__']),
        message: 'expected a name other than "__proto__" (a key of that name would be lost)',
      });
    for (const key of Object.keys(node)) {
      const value: unknown = (node as Record<string, unknown>)[key];
      if (typeof value !== 'object' || value === null) continue;
      at.push(key);
      walk(value, depth + 1);
      at.pop();
    }
  };
  walk(data, 0);
  return found;
}

/** A pack's own consistency (bands for its levels, rules naming its rounds) is checked with the file. */
function checked(value: ContentFile, file: string): ParseResult {
  const problems = value.kind === 'pack' ? checkPack(value) : [];
  return problems.length ? { ok: false, issues: problems.map((p) => ({ file, ...p })) } : { ok: true, value };
}
