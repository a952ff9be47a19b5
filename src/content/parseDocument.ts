import { parseDocument as parseYamlDocument } from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { checkContent, parseContent, type ParseResult } from '../../machines/content/parse';

/** One content file as text, named as the user should see it (a path, or `pack.zip/x.yaml`). */
export interface ContentDocument {
  name: string;
  text: string;
}

const BOM = '\ufeff';
const MAX_ALIASES = 100;
const isJson = (name: string) => /\.json$/i.test(name);

/**
 * Parse one document with the checks the bare parsers skip: a byte-order mark is accepted in JSON
 * as in YAML, a key given twice is refused in JSON as in YAML, and a YAML syntax error is one
 * `line N` path with a plain message (the parser's own message ends in a colon and a code frame).
 */
export function parseDocumentText(doc: ContentDocument): ParseResult {
  const known = memo?.get(doc);
  if (known) return known;
  const result = parseDocumentAfresh(doc);
  memo?.set(doc, result);
  return result;
}

/**
 * What was read before, for a caller that runs again and again over the same files (the CLI keeps
 * its reads between runs). A result is the same function of the document's name and text wherever
 * it is kept: `get` answers only for exactly that name and text, and `set` must copy the result,
 * since its reader may change it afterwards.
 */
export interface ParseMemo {
  get(doc: ContentDocument): ParseResult | undefined;
  set(doc: ContentDocument, result: ParseResult): void;
}

let memo: ParseMemo | null = null;

/** Remember every parse through `m` from now on (null: none). */
export function rememberParses(m: ParseMemo | null): void {
  memo = m;
}

function parseDocumentAfresh(doc: ContentDocument): ParseResult {
  const text = doc.text.startsWith(BOM) ? doc.text.slice(BOM.length) : doc.text;
  if (!isJson(doc.name) && !ANCHOR.test(text) && !mayDivergeFromYaml(text)) {
    const data = quickYaml(text);
    if (data !== FAILED) return checkContent(data, doc.name);
  }
  const parsed = parseYamlDocument(text, { prettyErrors: true, uniqueKeys: true });
  const syntax = syntaxProblem(parsed, text, doc.name);
  if (syntax) return { ok: false, issues: [syntax] };
  // YAML is parsed once: the checked document's data goes straight to the schema; JSON keeps JSON's own reading.
  if (isJson(doc.name)) return parseContent(text, doc.name);
  let data: unknown;
  try {
    data = parsed.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    // The yaml package refuses a document whose aliases would expand past the limit (an alias bomb).
    if (!/alias/i.test(err instanceof Error ? err.message : '')) throw err;
    return {
      ok: false,
      issues: [
        {
          file: doc.name,
          path: '(root)',
          message: `not valid YAML: expected aliases (*name) to expand to at most ${MAX_ALIASES} copies, found more (an alias bomb?)`,
        },
      ],
    };
  }
  return checkContent(data, doc.name);
}

// An anchor, or something that may be one: such a file goes to the `yaml` parser, whose alias
// limit refuses an alias bomb (js-yaml shares aliased nodes, which a walk over them would expand).
const ANCHOR = /(^|[\s[{,:?-])&\S/m;
const FAILED = Symbol('failed');

/**
 * Whether js-yaml might read this text where `yaml` refuses it. js-yaml accepts a continuation
 * line (of a flow collection, a quoted or a plain scalar) indented less than the spec allows;
 * `yaml` refuses it. Such files go to `yaml`. Conservative, line by line: a flow collection or a
 * quoted value not closed on its line, a comment inside a flow collection, or a line that starts no
 * key or item and is indented no deeper than the last key. A false alarm costs only speed.
 */
function mayDivergeFromYaml(text: string): boolean {
  let keyIndent = -1;
  // Inside a block scalar (`|`, `>-`): its lines are text, whatever they look like.
  let block = -1;
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    from = to + 1;
    const indent = line.length - line.trimStart().length;
    if (indent === line.length) continue;
    if (block >= 0 && indent > block) continue;
    block = -1;
    if (line[indent] === '#' || /^(---|\.\.\.)\s*$/.test(line)) continue;
    // Past any `- ` items: where this line's own node starts.
    let at = indent;
    while (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) {
      at += 1;
      while (line[at] === ' ') at++;
    }
    const key = /^(?:[A-Za-z0-9_$][\w$ .()/-]*|"[^"]*"|'[^']*'):(?= |$)/.exec(line.slice(at));
    if (key) {
      keyIndent = at;
      at += key[0].length;
      while (line[at] === ' ') at++;
    } else if (at > indent) keyIndent = indent;
    else if (indent <= keyIndent) return true;
    else continue;
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(line.slice(at))) block = keyIndent;
    else if (at < line.length && !closesOnItsLine(line, at)) return true;
  }
  return false;
}

/** Whether the value starting at `at` (a flow collection, a quoted or a plain scalar) ends on this line. */
function closesOnItsLine(line: string, at: number): boolean {
  const first = line[at];
  if (first !== '[' && first !== '{' && first !== '"' && first !== "'") return true;
  let depth = 0;
  let tokenStart = true;
  for (let i = at; i < line.length; i++) {
    const c = line[i]!;
    if ((c === '"' || c === "'") && tokenStart) {
      for (i++; ; i++) {
        if (i >= line.length) return false;
        if (c === '"' && line[i] === '\\') i++;
        else if (line[i] === c && !(c === "'" && line[i + 1] === "'")) break;
        else if (c === "'" && line[i] === "'") i++;
      }
      if (depth === 0) return !/\S/.test(line.slice(i + 1).replace(/\s#.*$/, ''));
      tokenStart = false;
      continue;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return !/\S/.test(line.slice(i + 1).replace(/\s#.*$/, ''));
    } else if (c === '#' && /\s/.test(line[i - 1] ?? '')) return false;
    if (c !== ' ' && c !== '\t') tokenStart = c === ',' || c === '[' || c === '{' || c === ':';
  }
  return false;
}

/**
 * The fast reading of a YAML file without anchors: js-yaml with the YAML 1.2 core schema (as the
 * `yaml` package reads by default) is about five times faster on a cold start, and the library is
 * read at every CLI command. Anything it refuses is read again by `yaml`, whose messages and
 * line numbers are the ones users see; a key given twice is refused by both.
 */
function quickYaml(text: string): unknown {
  try {
    return loadYaml(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return FAILED;
  }
}

function syntaxProblem(parsed: ReturnType<typeof parseYamlDocument>, text: string, file: string) {
  const json = isJson(file);
  // JSON is parsed by JSON.parse later; the YAML parser is asked about JSON only for repeated keys,
  // since it is stricter than JSON about tabs and the like.
  const error = parsed.errors.find((e) => !json || e.code === 'DUPLICATE_KEY');
  if (!error) return null;
  const opener = openerOf(error.message, text, error.pos[0]);
  const pos = opener ?? error.linePos?.[0];
  const message = opener
    ? `the ${opener.ch} here is never closed`
    : error.message.split(/ at line \d+, column \d+/)[0]!.replace(/:\s*$/, '');
  const what =
    error.code === 'DUPLICATE_KEY'
      ? `a key given twice (${keyAt(text, pos)}): each key may appear once in a mapping`
      : message;
  return {
    file,
    path: pos ? `line ${pos.line}` : '(root)',
    message: `not valid ${json ? 'JSON' : 'YAML'}: ${what}${pos ? ` (column ${pos.col})` : ''}`,
  };
}

/** Errors the parser notices only where an unclosed bracket or quote runs out, and that opener. */
const OPENERS: Array<[RegExp, string]> = [
  [/end with a \]/, '['],
  [/end with a \}/, '{'],
  [/Missing closing "quote/, '"'],
  [/Missing closing 'quote/, "'"],
];

/**
 * Where an unclosed bracket or quote was opened: the parser reports the line where it gave up (the
 * next line, or the end of the file), but the mistake is on the line that opened it.
 */
function openerOf(message: string, text: string, at: number): { line: number; col: number; ch: string } | undefined {
  const ch = OPENERS.find(([re]) => re.test(message))?.[1];
  const open = ch ? text.lastIndexOf(ch, at - 1) : -1;
  if (open < 0) return undefined;
  const before = text.slice(0, open);
  return { line: before.split('\n').length, col: open - before.lastIndexOf('\n'), ch: ch! };
}

function keyAt(text: string, pos: { line: number; col: number } | undefined): string {
  if (!pos) return 'a key';
  const line = text.split('\n')[pos.line - 1] ?? '';
  const key = /^\s*"?([^":]+)"?\s*:/.exec(line.slice(pos.col - 1))?.[1]?.trim();
  return key ? `"${key}"` : 'a key';
}
