import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A field path as data: `rounds[1].prompts[0].id` is ['rounds', 1, 'prompts', 0, 'id']. */
export type FieldPath = Array<string | number>;

/** `rounds[1].prompts[0]`, as `debrief validate` prints a path. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(root)';
}

/** The same path with every index written `[]`: what a rule about a kind of field matches. */
export const shapeOf = (path: FieldPath) =>
  formatFieldPath(path.map((p) => (typeof p === 'number' ? 0 : p))).replace(/\[0\]/g, '[]');

const parse = (text: string) => parseDocument(text, { uniqueKeys: false, strict: false });

/** The key under the cursor and its path (with the document's data, from the same parse), or null off a key. */
export function keyAt(text: string, pos: number): { path: FieldPath; from: number; to: number; data: unknown } | null {
  const doc = parse(text);
  const found: { path: FieldPath; from: number; to: number }[] = [];
  const visit = (node: unknown, path: FieldPath) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value) : null;
        if (name === null) continue;
        const [from, to] = key!.range ?? [0, 0];
        if (pos >= from && pos <= to) found.push({ path: [...path, name], from, to });
        const value = pair.value as Node | null;
        if (value?.range && pos >= value.range[0] && pos <= value.range[2]) visit(value, [...path, name]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = (item as Node | null)?.range;
        if (range && pos >= range[0] && pos <= range[2]) visit(item, [...path, i]);
      });
    }
  };
  visit(doc.contents, []);
  if (!found[0]) return null;
  let data: unknown = null;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {}
  return { ...found[0], data };
}

/** What the cursor is writing: a key of the mapping at `path`, or the value at `path`. */
export type CursorContext = { role: 'key' | 'value'; path: FieldPath; from: number; to: number; data: unknown };

const MARK = 'zzcursorzz';
const WORD = /[A-Za-z0-9_$-]/;

/**
 * Where a completion at `pos` goes. The word under the cursor is swapped for a marker (as a bare
 * key where the line holds nothing else), the text parsed, and the marker found: the parser, not
 * indentation guesses, says where it sits, so block scalars and flow collections read right.
 */
export function contextAt(text: string, pos: number): CursorContext | null {
  let from = pos;
  while (from > 0 && WORD.test(text[from - 1]!)) from--;
  let to = pos;
  while (to < text.length && WORD.test(text[to]!)) to++;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  let lineEnd = text.indexOf('\n', to);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, from);
  const after = text.slice(to, lineEnd);
  if (/(^|\s)#/.test(before)) return null;
  const bare = /^\s*(-\s+)*$/.test(before) && /^\s*$/.test(after);
  const dashed = bare && /-\s+$/.test(before);
  // A bare word on a line is a key being typed; after a dash it may be a list's item instead.
  const tries = bare ? (dashed ? [MARK, `${MARK}:`] : [`${MARK}:`]) : [MARK];
  for (const mark of tries) {
    const marked = `${text.slice(0, from)}${mark}${text.slice(to)}`;
    const doc = parse(marked);
    const where = findMark(doc.contents);
    if (!where) continue;
    let data: unknown = null;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch {}
    return { ...where, from, to, data };
  }
  return null;
}

function findMark(root: unknown): { role: 'key' | 'value'; path: FieldPath } | null {
  const visit = (node: unknown, path: FieldPath): { role: 'key' | 'value'; path: FieldPath } | null => {
    if (isScalar(node)) return node.value === MARK ? { role: 'value', path } : null;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (isScalar(key) && key.value === MARK) return { role: 'key', path };
        const name = isScalar(key) ? String(key.value) : null;
        if (name === null) continue;
        const inner = visit(pair.value, [...path, name]);
        if (inner) return inner;
      }
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        const inner = visit(item, [...path, i]);
        if (inner) return inner;
      }
    }
    return null;
  };
  return visit(root, []);
}

/** Each field path's line, for the map's nodes: a function over one parse of the text. */
export function lineFinder(text: string): (path: FieldPath) => number | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  return (path) => {
    let node: unknown = doc.contents;
    let at: number | undefined = (node as Node | null)?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) return null;
        at = (pair.key as Node).range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        at = (node as Node | null)?.range?.[0];
      } else return null;
    }
    return at === undefined ? null : lines.linePos(at).line;
  };
}
