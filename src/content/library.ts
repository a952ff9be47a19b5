import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { ContentIssue } from '../../machines/content/issues';
import type { Pack } from '../../machines/content/schema';
import { collectFiles, readContentFile } from './contentFiles';
import { parseDocumentText } from './parseDocument';
import { checkDocuments, type ContentCrash, type ContentDocument, type DeepCheck } from './checkDocuments';

/**
 * The repository's own scenarios/ folder, wherever the CLI is run from: the nearest folder above
 * this module with a scenarios/packs in it, so the source and the CLI's bundle (built elsewhere under src/) agree.
 */
export const REPO_SCENARIOS = (() => {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scenarios', 'packs'))) return join(dir, 'scenarios');
    if (dirname(dir) === dir) return resolve(here, '../../scenarios');
  }
})();

export interface Library {
  /** Every pack known: the targets' own and the repository's, for resolving references. */
  packs: Map<string, Pack>;
  /** How many of the targets' files are packs. */
  ownPacks: number;
  scenarios: ResolvedScenario[];
  issues: ContentIssue[];
  crashes: ContentCrash[];
  /** Content files found under the targets, read or not. */
  fileCount: number;
}

/** A path as the user should see it: relative to where they ran the command. */
export const shown = (file: string) => {
  const rel = relative(process.cwd(), file);
  // Outside the working directory a ../../ chain is harder to read than the absolute path.
  return !rel ? file : rel.startsWith('..') ? resolve(file) : rel;
};

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Load and check every file under the targets. Packs come from the targets and from the
 * repository's own scenarios/packs, so a lone scenario file still finds its pack. A bad or
 * unreadable file is reported and skipped; it never takes the others down. `deep` is run on each
 * scenario: `debrief validate` passes the branch check and named paths (`deepCheck`), which the
 * other commands never load.
 */
export function loadLibrary(targets: string[], { deep }: { deep?: DeepCheck } = {}): Library {
  const { files, issues } = collectFiles(targets, shown);
  // By absolute path: `validate scenarios/packs` names the repository's packs relatively, and they are read once.
  const own = new Set(files.map((f) => resolve(f)));
  const docs: ContentDocument[] = [];
  for (const file of files) {
    const read = readContentFile(file, shown(file));
    if (read.ok) docs.push({ name: shown(file), text: read.text });
    else issues.push(read.issue);
  }
  // Packs beside the targets (their packs/ folder) first, then the repository's own.
  const packDirs = [...targets.map((t) => join(isFolder(t) ? t : dirname(t), 'packs')), join(REPO_SCENARIOS, 'packs')].filter((d) => existsSync(d));
  const background = new Map<string, Pack>();
  for (const file of collectFiles([...new Set(packDirs)]).files.filter((f) => !own.has(resolve(f))).reverse()) {
    const read = readContentFile(file);
    const parsed = read.ok ? parseDocumentText({ name: file, text: read.text }) : null;
    // Reversed, so the nearest pack of a given id is set last and wins.
    if (parsed?.ok && parsed.value.kind === 'pack') background.set(parsed.value.id, parsed.value);
  }
  const checked = checkDocuments(docs, { packs: background.values(), deep });
  const packs = new Map([...background, ...checked.packs.map((p) => [p.id, p] as const)]);
  return {
    packs,
    ownPacks: checked.packs.length,
    scenarios: checked.scenarios,
    issues: [...issues, ...checked.issues],
    crashes: checked.crashes,
    fileCount: files.length,
  };
}
