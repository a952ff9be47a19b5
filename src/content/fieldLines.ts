import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A function from a field path such as `rounds[1].prompts[0].id` to its line in YAML or JSON text. */
export function linesOf(text: string): (path: string) => number | null {
  let parsed: { doc: ReturnType<typeof parseDocument>; lines: LineCounter } | null = null;
  return (path) => {
    // A syntax error already names its line, as `line 12`.
    const own = /^line (\d+)$/.exec(path);
    if (own) return Number(own[1]);
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: false }), lines };
    }
    const { doc, lines } = parsed;
    const keys = path
      .split(/\.|\[(\d+)\]/)
      .filter((k) => k !== undefined && k !== '')
      .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    let node: unknown = doc.contents;
    let last: Node | null = (doc.contents as Node | null) ?? null;
    for (const key of keys) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        last = (pair.key as Node) ?? last;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        last = (node as Node) ?? last;
      } else break;
    }
    const at = last?.range?.[0];
    return at === undefined ? null : lines.linePos(at).line;
  };
}
