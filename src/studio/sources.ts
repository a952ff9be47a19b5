import packs from 'virtual:debrief-packs';
import { RULE_KINDS } from '../../machines/policy/registry';
import type { ContentDocument } from '../content/checkDocuments';
import { readImported } from '../importer/imported';

export { contentJsonSchema } from './contentSchema';

/** The bundled packs a draft is checked against and completes from. */
export const bundledPacks = packs;
export const ruleKinds = [...RULE_KINDS.keys()];

// The shipped files' own text, as written (comments and all), each loaded only when opened.
const scenarioTexts = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });
const packTexts = import.meta.glob<string>('/scenarios/packs/*.yaml', { query: '?raw', import: 'default' });

const fileName = (key: string) => key.slice(key.lastIndexOf('/') + 1);
const idIn = (text: string) => /^id:\s*["']?([^\s"'#]+)/m.exec(text)?.[1];

/** A shipped scenario or pack (or an imported file) by its id, as a file to copy into a draft; null if none has it. */
export async function bundledFile(id: string): Promise<ContentDocument | null> {
  for (const [pool, folder] of [
    [scenarioTexts, '/scenarios/'],
    [packTexts, '/scenarios/packs/'],
  ] as const) {
    const key = `${folder}${id}.yaml`;
    if (Object.hasOwn(pool, key)) return { name: fileName(key), text: await pool[key]!() };
  }
  // Files named otherwise: read them all and match the id line.
  for (const pool of [scenarioTexts, packTexts]) {
    for (const [key, load] of Object.entries(pool)) {
      const text = await load();
      if (idIn(text) === id) return { name: fileName(key), text };
    }
  }
  const imported = (await readImported()).find((f) => idIn(f.text) === id);
  return imported ? { name: imported.name, text: imported.text } : null;
}

/** Every shipped scenario's text: a pack draft re-checks those that name it. */
export async function bundledScenarioFiles(): Promise<ContentDocument[]> {
  return Promise.all(
    Object.entries(scenarioTexts)
      .filter(([key]) => !fileName(key).startsWith('_'))
      .map(async ([key, load]) => ({ name: `scenarios/${fileName(key)}`, text: await load() })),
  );
}

/** The shipped packs by id and title, for the "Open" list and the new-scenario form. */
export const packList = () => packs.map((p) => ({ id: p.id, title: p.title }));
