import { parse as parseYaml, YAMLParseError } from 'yaml';
import { contentFileSchema, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION, type ContentFile } from './schema';
import { fromZodIssues, type ContentIssue } from './issues';

export type ParseResult = { ok: true; value: ContentFile } | { ok: false; issues: ContentIssue[] };

/** Parse one content file's text (YAML, or JSON by extension) and check it against the schema. */
export function parseContent(text: string, file: string): ParseResult {
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? `line ${err.linePos[0].line}` : '(root)';
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return { ok: false, issues: [{ file, path: where, message: `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${message}` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, issues: [{ file, path: '(root)', message: 'expected a mapping with kind: scenario or kind: pack' }] };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && (version > SCHEMA_VERSION || version < OLDEST_SCHEMA_VERSION)) {
    const which = version > SCHEMA_VERSION ? 'newer than this engine reads' : 'older than this engine still reads';
    return {
      ok: false,
      issues: [{ file, path: 'schemaVersion', message: `version ${version} is ${which}: expected ${OLDEST_SCHEMA_VERSION} to ${SCHEMA_VERSION}` }],
    };
  }
  const result = contentFileSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: fromZodIssues(file, result.error.issues, data) };
}
