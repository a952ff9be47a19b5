import type { ContentIssue } from '../../machines/content/issues';
import { resolveScenario, type PackSource, type ResolvedScenario } from '../../machines/content/resolve';
import type { Pack, Scenario } from '../../machines/content/schema';
import { parseDocumentText, type ContentDocument } from './parseDocument';

export type { ContentDocument } from './parseDocument';

/** A check that threw instead of answering: a bug in Debrief, shown to the user as a problem. */
export interface ContentCrash {
  file: string;
  stage: 'parse' | 'resolve' | 'branches' | 'path';
  error: unknown;
}

export interface ValidateOptions {
  /** Packs known besides the documents' own (the repository's or the bundled ones), never reported on. */
  packs?: Iterable<Pack>;
  /** More such packs, looked up by id only when a scenario names one (the CLI's packs folders). */
  packLookup?: PackSource;
  /** Scenario ids already taken, with where (the bundled library): a document reusing one is refused. */
  reservedIds?: ReadonlyMap<string, string>;
  /** The deep check (branches and named paths) to run on each scenario that resolves; none by default. */
  deep?: DeepCheck;
}

/** A check run on each resolved scenario; it reports problems and crashes through the two callbacks. */
export type DeepCheck = (
  resolved: ResolvedScenario,
  issues: ContentIssue[],
  crashed: (file: string, stage: ContentCrash['stage'], error: unknown, path?: string) => void,
) => void;

export interface Validation {
  /** Scenarios that passed every check, ready to play. */
  scenarios: ResolvedScenario[];
  /** The documents' own packs that parsed. */
  packs: Pack[];
  issues: ContentIssue[];
  crashes: ContentCrash[];
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

/**
 * The shallow check every reader of content runs: schema, cross-references and ids not reused,
 * plus the deep check it is given. Loads no machines, so `debrief list` starts fast. Never
 * throws: a check that throws becomes a problem and a recorded crash.
 */
export function checkDocuments(docs: ContentDocument[], options: ValidateOptions = {}): Validation {
  const issues: ContentIssue[] = [];
  const crashes: ContentCrash[] = [];
  const crashed = (file: string, stage: ContentCrash['stage'], error: unknown, path = '(root)') => {
    crashes.push({ file, stage, error });
    issues.push({
      file,
      path,
      message: `Debrief could not check this (${messageOf(error)}); this is a bug in Debrief, not necessarily in the file`,
    });
  };

  const packs = new Map<string, Pack>();
  for (const p of options.packs ?? []) packs.set(p.id, p);
  const ownPacks = new Map<string, { pack: Pack; file: string }>();
  const candidates: Array<{ file: string; value: Scenario }> = [];
  for (const doc of docs) {
    let result: ReturnType<typeof parseDocumentText>;
    try {
      result = parseDocumentText(doc);
    } catch (err) {
      crashed(doc.name, 'parse', err);
      continue;
    }
    if (!result.ok) issues.push(...result.issues);
    else if (result.value.kind === 'scenario') candidates.push({ file: doc.name, value: result.value });
    else {
      const other = ownPacks.get(result.value.id);
      if (other)
        issues.push({
          file: doc.name,
          path: 'id',
          message: `expected a pack id no other pack uses, found "${result.value.id}", also in ${other.file}`,
        });
      else ownPacks.set(result.value.id, { pack: result.value, file: doc.name });
    }
  }
  for (const { pack } of ownPacks.values()) packs.set(pack.id, pack);

  const lookup = options.packLookup;
  const source: PackSource = lookup
    ? {
        get: (id) => packs.get(id) ?? lookup.get(id),
        keys: () => new Set([...packs.keys(), ...lookup.keys()]).values(),
      }
    : packs;
  const scenarios: ResolvedScenario[] = [];
  const seen = new Map<string, string>();
  for (const { file, value } of candidates) {
    const taken = seen.get(value.id) ?? options.reservedIds?.get(value.id);
    if (taken !== undefined) {
      issues.push({
        file,
        path: 'id',
        message: `expected an id no other scenario uses, found "${value.id}", also in ${taken}: give this scenario an id of its own`,
      });
      continue;
    }
    seen.set(value.id, file);
    let resolved: ReturnType<typeof resolveScenario>;
    try {
      resolved = resolveScenario(value, source, file);
    } catch (err) {
      crashed(file, 'resolve', err);
      continue;
    }
    if (!resolved.ok) {
      issues.push(...resolved.issues);
      continue;
    }
    const before = issues.length;
    options.deep?.(resolved.value, issues, crashed);
    if (issues.length === before) scenarios.push(resolved.value);
  }
  return { scenarios, packs: [...ownPacks.values()].map((p) => p.pack), issues, crashes };
}
