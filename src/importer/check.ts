import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import packs from 'virtual:debrief-packs';
import { parseContent } from '../../machines/content/parse';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { ContentIssue } from '../../machines/content/issues';
import type { Pack } from '../../machines/content/schema';
import { cardOf, type ScenarioCardData } from '../library/card';
import type { ImportedFile } from './imported';

/** A problem in an imported file, with the line it is on where the file says. */
export interface ImportProblem extends ContentIssue {
  line: number | null;
}

export interface CheckedImports {
  scenarios: Array<{ file: ImportedFile; resolved: ResolvedScenario; card: ScenarioCardData }>;
  packs: Pack[];
  problems: ImportProblem[];
}

/** The line of a field path such as `rounds[1].prompts[0].id` in YAML or JSON text. */
export function lineOf(text: string, path: string): number | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
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
}

/**
 * Check imported files exactly as `debrief validate` does (same schema, same cross-references),
 * against the bundled packs and any imported ones.
 */
export function checkImports(files: ImportedFile[]): CheckedImports {
  const problems: ImportProblem[] = [];
  const ownPacks: Pack[] = [];
  const candidates: Array<{ file: ImportedFile; value: Parameters<typeof resolveScenario>[0] }> = [];
  for (const file of files) {
    const result = parseContent(file.text, file.name);
    if (!result.ok) problems.push(...result.issues.map((i) => ({ ...i, line: lineOf(file.text, i.path) })));
    else if (result.value.kind === 'pack') ownPacks.push(result.value);
    else candidates.push({ file, value: result.value });
  }
  const all = new Map<string, Pack>([...packs, ...ownPacks].map((p) => [p.id, p]));
  const scenarios: CheckedImports['scenarios'] = [];
  for (const { file, value } of candidates) {
    const r = resolveScenario(value, all, file.name);
    if (r.ok) scenarios.push({ file, resolved: r.value, card: { ...cardOf(r.value), imported: true } as ScenarioCardData });
    else problems.push(...r.issues.map((i) => ({ ...i, line: lineOf(file.text, i.path) })));
  }
  return { scenarios, packs: ownPacks, problems };
}
