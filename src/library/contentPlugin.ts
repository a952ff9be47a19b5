import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseContent } from '../../machines/content/parse';
import { resolveScenario } from '../../machines/content/resolve';
import type { ContentIssue } from '../../machines/content/issues';
import type { Pack, Scenario } from '../../machines/content/schema';
import { cardOf, type ScenarioCardData } from './card';

const INDEX = 'virtual:debrief-index';
const ONE = 'virtual:debrief-scenario/';
const PACKS = 'virtual:debrief-packs';
const CONTENT = /\.(ya?ml|json)$/;

function walk(dir: string, out: string[]) {
  for (const entry of readdirSync(dir).sort()) {
    if (entry.startsWith('.') || entry.startsWith('_')) continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (CONTENT.test(entry)) out.push(full);
  }
}

interface Checked {
  cards: ScenarioCardData[];
  issues: ContentIssue[];
  bodies: Map<string, { scenario: Scenario; pack: Pack; file: string }>;
  packs: Pack[];
}

/**
 * Parses, checks and resolves every scenario file at build time, as `debrief validate` does. The
 * browser gets a small index for the library screen (cards and any problems) and one lazily loaded
 * module per scenario, so it never loads the YAML parser or the schema, and the first screen stays
 * small however many scenarios there are. `folders` are relative to the project root.
 */
export function debriefContent(folders: string[]): Plugin {
  let root = process.cwd();
  const check = (): Checked => {
    const files: string[] = [];
    for (const folder of folders) walk(join(root, folder), files);
    const issues: ContentIssue[] = [];
    const packs = new Map<string, Pack>();
    const scenarios: Array<{ file: string; value: Scenario }> = [];
    for (const full of files) {
      const file = relative(root, full);
      const result = parseContent(readFileSync(full, 'utf8'), file);
      if (!result.ok) issues.push(...result.issues);
      else if (result.value.kind === 'pack') packs.set(result.value.id, result.value);
      else scenarios.push({ file, value: result.value });
    }
    const cards: ScenarioCardData[] = [];
    const bodies: Checked['bodies'] = new Map();
    for (const { file, value } of scenarios) {
      const r = resolveScenario(value, packs, file);
      if (!r.ok) issues.push(...r.issues);
      else if (bodies.has(value.id)) issues.push({ file, path: 'id', message: `expected an id no other scenario uses, found "${value.id}" again` });
      else {
        cards.push(cardOf(r.value));
        bodies.set(value.id, { scenario: value, pack: r.value.pack, file });
      }
    }
    return { cards, issues, bodies, packs: [...packs.values()] };
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
        const loaders = cards.map((c) => `${JSON.stringify(c.id)}: () => import(${JSON.stringify(ONE + c.id)})`).join(',\n');
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
        if (!folderPaths.some((f) => path.startsWith(f)) || !CONTENT.test(path)) return;
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
