import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContent } from '../../machines/content/parse';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { ContentIssue } from '../../machines/content/issues';
import type { Pack, Scenario } from '../../machines/content/schema';

/** The repository's own scenarios/ folder, wherever the CLI is run from. */
export const REPO_SCENARIOS = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

const CONTENT = /\.(ya?ml|json)$/;

/** Every content file under the given files and folders, sorted, with a problem for each path that does not exist. */
export function collectFiles(targets: string[]): { files: string[]; issues: ContentIssue[] } {
  const files: string[] = [];
  const issues: ContentIssue[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path).sort()) {
      // `_template.yaml` and other underscore files are for authors to copy, not scenarios to list.
      if (entry.startsWith('.') || entry.startsWith('_') || entry === 'node_modules') continue;
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (CONTENT.test(entry)) files.push(full);
    }
  };
  for (const target of targets) {
    if (!existsSync(target)) issues.push({ file: target, path: '(file)', message: 'no such file or folder' });
    else if (statSync(target).isDirectory()) walk(target);
    else files.push(target);
  }
  return { files: [...new Set(files)], issues };
}

export interface Library {
  /** Every pack known: the targets' own and the repository's, for resolving references. */
  packs: Map<string, Pack>;
  /** How many of the targets' files are packs. */
  ownPacks: number;
  scenarios: ResolvedScenario[];
  issues: ContentIssue[];
  fileCount: number;
}

/** A path as the user should see it: relative to where they ran the command. */
export const shown = (file: string) => {
  const rel = relative(process.cwd(), file);
  // Outside the working directory a ../../ chain is harder to read than the absolute path.
  return !rel ? file : rel.startsWith('..') ? resolve(file) : rel;
};

/**
 * Load and check every file under the targets. Packs come from the targets and from the
 * repository's own scenarios/packs, so a lone scenario file still finds its pack. A bad file is
 * reported and skipped; it never takes the others down.
 */
export function loadLibrary(targets: string[]): Library {
  const { files, issues } = collectFiles(targets);
  const packs = new Map<string, Pack>();
  const packFiles = new Set(files);
  // Packs beside the targets (their packs/ folder) first, then the repository's own.
  const packDirs = [
    ...targets.map((t) => join(existsSync(t) && statSync(t).isDirectory() ? t : dirname(t), 'packs')),
    join(REPO_SCENARIOS, 'packs'),
  ].filter((d) => existsSync(d));
  const extra = collectFiles([...new Set(packDirs)]).files.filter((f) => !packFiles.has(f));
  const scenarios: Array<{ file: string; value: Scenario }> = [];
  let ownPacks = 0;
  for (const file of [...files, ...extra]) {
    const own = packFiles.has(file);
    const result = parseContent(readFileSync(file, 'utf8'), shown(file));
    if (!result.ok) {
      if (own) issues.push(...result.issues);
      continue;
    }
    if (result.value.kind === 'pack') {
      if (own) ownPacks++;
      if (own || !packs.has(result.value.id)) packs.set(result.value.id, result.value);
    } else if (own) scenarios.push({ file, value: result.value });
  }
  const resolved: ResolvedScenario[] = [];
  const seen = new Map<string, string>();
  for (const { file, value } of scenarios) {
    const other = seen.get(value.id);
    if (other) {
      issues.push({ file: shown(file), path: 'id', message: `expected an id no other scenario uses, found "${value.id}", also in ${other}` });
      continue;
    }
    seen.set(value.id, shown(file));
    const r = resolveScenario(value, packs, shown(file));
    if (r.ok) resolved.push(r.value);
    else issues.push(...r.issues);
  }
  return { packs, ownPacks, scenarios: resolved, issues, fileCount: files.length };
}
