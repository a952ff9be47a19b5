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
  const packDirs = [
    ...targets.map((t) => join(isFolder(t) ? t : dirname(t), 'packs')),
    join(REPO_SCENARIOS, 'packs'),
  ].filter((d) => existsSync(d));
  const background = backgroundPacks(collectFiles([...new Set(packDirs)]).files.filter((f) => !own.has(resolve(f))));
  const checked = checkDocuments(docs, { packLookup: background, deep });
  // A pack a scenario named that failed its checks: its own problems, said where they are.
  const refused = [...background.refused.values()].flat();
  return {
    ownPacks: checked.packs.length,
    scenarios: checked.scenarios,
    issues: [...issues, ...checked.issues, ...refused],
    crashes: checked.crashes,
    fileCount: files.length,
  };
}

// A top-level `kind: pack` and `id: <slug>`, as every pack file written in YAML starts; anything
// else (JSON, a quoted id) is parsed at once instead.
const PACK_KIND = /^kind:[ \t]*pack[ \t]*(#.*)?$/m;
const PACK_ID = /^id:[ \t]*([A-Za-z0-9][\w-]*)[ \t]*(#.*)?$/m;

/**
 * The packs beside the targets and the repository's, each parsed only when a scenario names its
 * id: `debrief paths a03-sustainable-pace` reads the one pack it needs, not all four. The nearest
 * pack of an id wins. A nearest pack that fails its checks is refused, with its own problems, and
 * never silently replaced by a farther one of the same id (validate would say "valid" against a
 * pack the author did not write).
 */
function backgroundPacks(files: string[]) {
  const byId = new Map<string, Array<() => Pack | ContentIssue[]>>();
  // Files come nearest first, so each id's readers are tried in that order.
  const add = (id: string, pack: () => Pack | ContentIssue[]) => byId.set(id, [...(byId.get(id) ?? []), pack]);
  for (const file of files) {
    const read = readContentFile(file);
    if (!read.ok) continue;
    let memo: { pack: Pack | ContentIssue[] } | null = null;
    const pack = () => {
      if (!memo) {
        const parsed = parseDocumentText({ name: shown(file), text: read.text });
        memo = {
          pack: !parsed.ok
            ? parsed.issues
            : parsed.value.kind === 'pack'
              ? parsed.value
              : [{ file: shown(file), path: 'kind', message: `expected a pack, found a ${parsed.value.kind}` }],
        };
      }
      return memo.pack;
    };
    const peeked = PACK_KIND.test(read.text) ? PACK_ID.exec(read.text)?.[1] : undefined;
    if (peeked) {
      add(peeked, () => {
        const p = pack();
        return Array.isArray(p) || p.id === peeked
          ? p
          : [{ file: shown(file), path: 'id', message: `expected one top-level id, read "${peeked}" and "${p.id}"` }];
      });
    } else {
      const p = pack();
      if (!Array.isArray(p)) add(p.id, () => p);
    }
  }
  const refused = new Map<string, ContentIssue[]>();
  const nearest = (id: string) => byId.get(id)?.[0]?.();
  const get = (id: string) => {
    const pack = nearest(id);
    if (!Array.isArray(pack)) return pack;
    refused.set(id, pack);
    return undefined;
  };
  // Asked only to list the packs there are, when a scenario names none of them: each one that passes its checks.
  const keys = () => [...byId.keys()].filter((id) => !Array.isArray(nearest(id) ?? [])).values();
  return { get, keys, refused };
}
