import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../machines/content/schema';
import { parseDocumentText } from '../../src/content/parseDocument';

const ROOT = join(import.meta.dirname, '../..');

/** The shipped packs, parsed as the studio's bundle has them. */
export const packs: Pack[] = readdirSync(join(ROOT, 'scenarios/packs')).map((f) => {
  const r = parseDocumentText({ name: f, text: readFileSync(join(ROOT, 'scenarios/packs', f), 'utf8') });
  if (!r.ok || r.value.kind !== 'pack') throw new Error(`pack ${f} does not parse`);
  return r.value;
});

export const shipped = (file: string) => readFileSync(join(ROOT, 'scenarios', file), 'utf8');

/** The cursor at the first `|` in a text: [the text without it, the position]. */
export function at(marked: string): [string, number] {
  const pos = marked.indexOf('|');
  return [marked.slice(0, pos) + marked.slice(pos + 1), pos];
}
