import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCorpus } from './corpus';
import { checkDocuments, checkPackAlone } from './check';
import type { ContentDocument } from '../../src/content/parseDocument';

const DIR = join(import.meta.dirname, '../fixtures/fuzz');
const { packs } = loadCorpus();

interface Fixture {
  found: string;
  detail: string;
  where: 'machines' | 'src' | null;
  /** Set while the bug it found is open in machines/ (the lead's files): the test is it.fails until then. */
  open?: string;
  /** Found by checking the pack (documents[0]) on its own. */
  packAlone?: boolean;
  seed: number;
  documents: ContentDocument[];
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ file: f, ...(parse(readFileSync(join(DIR, f), 'utf8')) as Fixture) }));

// Every failure `npm run fuzz` ever found, replayed as the run checks it (named paths in full, and
// replayed as the app does): it must now be refused with a path, or play. A fixture found as
// "hung" or "slow" is replayed for its outcome only; its time is measured by npm run fuzz.
describe('documents the fuzzer once broke Debrief with', () => {
  for (const f of fixtures) {
    const test = f.open ? it.fails : it;
    test(`${f.file} (${f.found}: ${f.detail.slice(0, 80)})${f.open ? ` [open: ${f.open}]` : ''}`, async () => {
      const r = f.packAlone
        ? await checkPackAlone(f.documents[0]!, packs)
        : await checkDocuments(f.documents, packs, f.seed, { full: true });
      expect({ outcome: r.outcome, detail: r.detail }).toEqual({
        outcome: expect.stringMatching(/^(rejected|played)$/),
        detail: '',
      });
    });
  }
});
