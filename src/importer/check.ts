import type { ResolvedScenario } from '../../machines/content/resolve';
import type { ContentIssue } from '../../machines/content/issues';
import type { Pack } from '../../machines/content/schema';
import { validateDocuments } from '../content/validateDocuments';
import { linesOf } from '../content/fieldLines';
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
