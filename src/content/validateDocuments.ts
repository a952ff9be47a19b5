import type { ContentIssue } from '../../machines/content/issues';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { Pack, Scenario } from '../../machines/content/schema';
import { enumerateBranches } from '../../machines/engine/branches';
import { PathError, playPath } from '../../machines/engine/playPath';
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
  /** Scenario ids already taken, with where (the bundled library): a document reusing one is refused. */
  reservedIds?: ReadonlyMap<string, string>;
  /** Also run the branch check and play every named path (what `debrief validate` does); default true. */
  deep?: boolean;
}

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
 * The one check behind `debrief validate`, the build plugin and the browser importer: schema,
 * cross-references, ids not reused, and (deep) the branch check and every named path played to
 * its declared decision. Never throws: a check that throws becomes a problem and a recorded crash.
 */
export function validateDocuments(docs: ContentDocument[], options: ValidateOptions = {}): Validation {
  const issues: ContentIssue[] = [];
  const crashes: ContentCrash[] = [];
  const crashed = (file: string, stage: ContentCrash['stage'], error: unknown, path = '(root)') => {
    crashes.push({ file, stage, error });
    issues.push({ file, path, message: `Debrief could not check this (${messageOf(error)}); this is a bug in Debrief, not necessarily in the file` });
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
      if (other) issues.push({ file: doc.name, path: 'id', message: `expected a pack id no other pack uses, found "${result.value.id}", also in ${other.file}` });
      else ownPacks.set(result.value.id, { pack: result.value, file: doc.name });
    }
  }
  for (const { pack } of ownPacks.values()) packs.set(pack.id, pack);

  const scenarios: ResolvedScenario[] = [];
  const seen = new Map<string, string>();
  for (const { file, value } of candidates) {
    const taken = seen.get(value.id) ?? options.reservedIds?.get(value.id);
    if (taken !== undefined) {
      issues.push({ file, path: 'id', message: `expected an id no other scenario uses, found "${value.id}", also in ${taken}: give this scenario an id of its own` });
      continue;
    }
    seen.set(value.id, file);
    let resolved: ReturnType<typeof resolveScenario>;
    try {
      resolved = resolveScenario(value, packs, file);
    } catch (err) {
      crashed(file, 'resolve', err);
      continue;
    }
    if (!resolved.ok) {
      issues.push(...resolved.issues);
      continue;
    }
    const before = issues.length;
    if (options.deep !== false) deepCheck(resolved.value, issues, crashed);
    if (issues.length === before) scenarios.push(resolved.value);
  }
  return { scenarios, packs: [...ownPacks.values()].map((p) => p.pack), issues, crashes };
}

/** The author's branch check and every named path played to the decision it declares. */
function deepCheck(resolved: ResolvedScenario, issues: ContentIssue[], crashed: (file: string, stage: ContentCrash['stage'], error: unknown, path?: string) => void) {
  const file = resolved.file;
  try {
    const branches = enumerateBranches(resolved);
    for (const p of [...branches.unreachable, ...branches.deadEndProblems]) issues.push({ file, ...p });
  } catch (err) {
    // The branch check refuses, by design, a scenario with more packets than it can count.
    if (/past the branch check's limit/.test(messageOf(err))) issues.push({ file, path: 'rounds', message: `expected fewer ways through the loop: ${messageOf(err)}` });
    else crashed(file, 'branches', err, 'rounds');
  }
  for (const [name, path] of Object.entries(resolved.scenario.paths)) {
    const at = `paths.${name}`;
    try {
      const report = playPath(resolved, { name, choices: path.choices, negotiation: path.negotiation });
      if (report.decision !== path.decision) {
        const why = report.rulesFired.map((f) => f.rule).join(', ') || `consensus ${report.consensus}`;
        issues.push({ file, path: `${at}.decision`, message: `expected the path to reach ${path.decision}, it reaches ${report.decision} (${why})` });
      }
    } catch (err) {
      if (err instanceof PathError) issues.push({ file, path: `${at}.choices`, message: err.message });
      else crashed(file, 'path', err, at);
    }
  }
}
