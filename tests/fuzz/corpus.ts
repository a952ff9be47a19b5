import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Pack } from '../../machines/content/schema';
import { parseDocumentText } from '../../src/content/parseDocument';

const ROOT = join(import.meta.dirname, '../..');

/** A scenario with the pack it plays in, as plain data the mutators may break. */
export interface Base {
  name: string;
  scenario: Record<string, unknown>;
  pack: Record<string, unknown>;
}

const yamlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => join(dir, f));

/** Every shipped scenario and pack, and the golden fixture: what the fuzzer starts from. */
export function loadCorpus(): { bases: Base[]; packs: Pack[] } {
  const packFiles = [...yamlIn(join(ROOT, 'scenarios/packs')), join(ROOT, 'tests/fixtures/packs/golden.yaml')];
  const packData = new Map<string, Record<string, unknown>>();
  const packs: Pack[] = [];
  for (const file of packFiles) {
    const text = readFileSync(file, 'utf8');
    const data = parse(text) as Record<string, unknown>;
    packData.set(String(data.id), data);
    const parsed = parseDocumentText({ name: file, text });
    if (parsed.ok && parsed.value.kind === 'pack') packs.push(parsed.value);
  }
  const bases: Base[] = [];
  for (const file of [...yamlIn(join(ROOT, 'scenarios')), join(ROOT, 'tests/fixtures/golden.yaml')]) {
    const scenario = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const pack = packData.get(String(scenario.pack));
    if (pack) bases.push({ name: file.slice(ROOT.length + 1), scenario, pack });
  }
  return { bases, packs };
}
