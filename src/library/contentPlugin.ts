import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { ContentIssue } from '../../machines/content/issues';
import type { Pack, Scenario } from '../../machines/content/schema';
import { collectFiles, CONTENT_FILE, readContentFile } from '../content/contentFiles';
import { validateDocuments, type ContentDocument } from '../content/validateDocuments';
import { cardOf, type ScenarioCardData } from '../shared/card';

const INDEX = 'virtual:debrief-index';
const ONE = 'virtual:debrief-scenario/';
const PACKS = 'virtual:debrief-packs';

interface Checked {
  cards: ScenarioCardData[];
  issues: ContentIssue[];
  bodies: Map<string, { scenario: Scenario; pack: Pack; file: string }>;
  packs: Pack[];
}

/**
 * Parses, checks and resolves every scenario file at build time with `debrief validate`'s check. The
 * browser gets a small index for the library screen (cards and any problems) and one lazily loaded
 * module per scenario, so it never loads the YAML parser or the schema, and the first screen stays
 * small however many scenarios there are. `folders` are relative to the project root.
 */
export function debriefContent(folders: string[]): Plugin {
  let root = process.cwd();
  const check = (): Checked => {
    const { files, issues } = collectFiles(
      folders.map((f) => join(root, f)),
      (f) => relative(root, f),
    );
    const docs: ContentDocument[] = [];
    for (const full of files) {
      const read = readContentFile(full, relative(root, full));
      if (read.ok) docs.push({ name: relative(root, full), text: read.text });
      else issues.push(read.issue);
    }
    // The same check as `debrief validate` and the importer, branch check and named paths included.
    const result = validateDocuments(docs);
    const cards: ScenarioCardData[] = [];
    const bodies: Checked['bodies'] = new Map();
    for (const r of result.scenarios) {
      cards.push(cardOf(r));
      bodies.set(r.scenario.id, { scenario: r.scenario, pack: r.pack, file: r.file });
    }
    return { cards, issues: [...issues, ...result.issues], bodies, packs: result.packs };
  };
  let cached: Checked | null = null;
  const checked = () => (cached ??= check());
  return {
    name: 'debrief-content',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === INDEX || id === PACKS || id.startsWith(ONE) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${INDEX}`) {
        const { cards, issues } = checked();
        const loaders = cards
          .map((c) => `${JSON.stringify(c.id)}: () => import(${JSON.stringify(ONE + c.id)})`)
          .join(',\n');
        return `export const cards = ${JSON.stringify(cards)};\nexport const issues = ${JSON.stringify(issues)};\nexport const loaders = {${loaders}};`;
      }
      if (id === `\0${PACKS}`) return `export default ${JSON.stringify(checked().packs)};`;
      if (id.startsWith(`\0${ONE}`)) {
        const body = checked().bodies.get(id.slice(ONE.length + 1));
        return `export default ${JSON.stringify(body ?? null)};`;
      }
      return undefined;
    },
    configureServer(server) {
      const folderPaths = folders.map((f) => join(root, f));
      server.watcher.add(folderPaths);
      const onChange = (path: string) => {
        if (!folderPaths.some((f) => path.startsWith(f)) || !CONTENT_FILE.test(path)) return;
        cached = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(`\0virtual:debrief-`)) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
  };
}
