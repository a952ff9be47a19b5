import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { ContentIssue } from '../../machines/content/issues';
import type { Pack } from '../../machines/content/schema';
import { validateDocuments } from '../content/validateDocuments';
import { cardOf, type ScenarioCardData } from '../shared/card';
import type { ImportedFile } from './imported';

/** A problem in an imported file, with the line it is on where the file says. */
export interface ImportProblem extends ContentIssue {
  line: number | null;
}

/** A scenario that passed every check, as plain data: a resolved scenario holds functions, which cannot leave the worker. */
interface AcceptedScenario {
  file: string;
  id: string;
  title: string;
  packTitle: string;
  card: ScenarioCardData;
}

export interface CheckedImports {
  scenarios: AcceptedScenario[];
  packs: Array<{ id: string; title: string }>;
  problems: ImportProblem[];
}

/** What the imports are checked against: the bundled packs, and the bundled scenario ids (with their files). */
export interface ImportContext {
  packs: Pack[];
  reserved: Array<[id: string, where: string]>;
}

/** A function from a field path such as `rounds[1].prompts[0].id` to its line in YAML or JSON text. */
function linesOf(text: string): (path: string) => number | null {
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

/**
 * Check imported files exactly as `debrief validate` does (the same validateDocuments: schema,
 * cross-references, branch check, every named path played), against the bundled packs; a
 * scenario reusing a bundled scenario's id is refused.
 */
export function checkImports(files: ImportedFile[], context: ImportContext): CheckedImports {
  const byName = new Map(files.map((f) => [f.name, f]));
  const result = validateDocuments(
    files.map((f) => ({ name: f.name, text: f.text })),
    {
      packs: context.packs,
      reservedIds: new Map(context.reserved.map(([id, where]) => [id, `the bundled library (${where})`])),
    },
  );
  const lineFinders = new Map<string, (path: string) => number | null>();
  const problems = result.issues.map((i) => {
    const text = byName.get(i.file)?.text;
    if (text === undefined) return { ...i, line: null };
    const find = lineFinders.get(i.file) ?? linesOf(text);
    lineFinders.set(i.file, find);
    return { ...i, line: find(i.path) };
  });
  const scenarios = result.scenarios.map((r: ResolvedScenario) => ({
    file: r.file,
    id: r.scenario.id,
    title: r.scenario.title,
    packTitle: r.pack.title,
    card: { ...cardOf(r), imported: true } as ScenarioCardData,
  }));
  return { scenarios, packs: result.packs.map((p) => ({ id: p.id, title: p.title })), problems };
}

/**
 * One imported scenario joined with its pack, on the main thread, for playing: the worker has
 * already run every check, so this only parses and resolves (no branch check, no paths played).
 */
export function resolveImported(files: ImportedFile[], id: string, context: ImportContext): ResolvedScenario | null {
  const result = validateDocuments(
    files.map((f) => ({ name: f.name, text: f.text })),
    { packs: context.packs, deep: false },
  );
  return result.scenarios.find((s) => s.scenario.id === id) ?? null;
}
