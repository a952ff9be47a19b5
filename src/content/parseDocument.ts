import { parseDocument as parseYamlDocument } from 'yaml';
import { checkContent, parseContent, type ParseResult } from '../../machines/content/parse';

/** One content file as text, named as the user should see it (a path, or `pack.zip/x.yaml`). */
export interface ContentDocument {
  name: string;
  text: string;
}

const BOM = '\ufeff';
const isJson = (name: string) => /\.json$/i.test(name);

/**
 * Parse one document with the checks the bare parsers skip: a byte-order mark is accepted in JSON
 * as in YAML, a key given twice is refused in JSON as in YAML, and a YAML syntax error is one
 * `line N` path with a plain message (the parser's own message ends in a colon and a code frame).
 */
export function parseDocumentText(doc: ContentDocument): ParseResult {
  const text = doc.text.startsWith(BOM) ? doc.text.slice(BOM.length) : doc.text;
  const parsed = parseYamlDocument(text, { prettyErrors: true, uniqueKeys: true });
  const syntax = syntaxProblem(parsed, text, doc.name);
  if (syntax) return { ok: false, issues: [syntax] };
  // YAML is parsed once: the checked document's data goes straight to the schema; JSON keeps JSON's own reading.
  return isJson(doc.name) ? parseContent(text, doc.name) : checkContent(parsed.toJS({ maxAliasCount: 100 }), doc.name);
}

function syntaxProblem(parsed: ReturnType<typeof parseYamlDocument>, text: string, file: string) {
  const json = isJson(file);
  // JSON is parsed by JSON.parse later; the YAML parser is asked about JSON only for repeated keys,
  // since it is stricter than JSON about tabs and the like.
  const error = parsed.errors.find((e) => !json || e.code === 'DUPLICATE_KEY');
  if (!error) return null;
  const pos = error.linePos?.[0];
  const message = error.message.split(/ at line \d+, column \d+/)[0]!.replace(/:\s*$/, '');
  const what = error.code === 'DUPLICATE_KEY' ? `a key given twice (${keyAt(text, pos)}): each key may appear once in a mapping` : message;
  return {
    file,
    path: pos ? `line ${pos.line}` : '(root)',
    message: `not valid ${json ? 'JSON' : 'YAML'}: ${what}${pos ? ` (column ${pos.col})` : ''}`,
  };
}

function keyAt(text: string, pos: { line: number; col: number } | undefined): string {
  if (!pos) return 'a key';
  const line = text.split('\n')[pos.line - 1] ?? '';
  const key = /^\s*"?([^":]+)"?\s*:/.exec(line.slice(pos.col - 1))?.[1]?.trim();
  return key ? `"${key}"` : 'a key';
}
