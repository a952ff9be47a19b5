import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { checkContent } from '../../machines/content/parse';
import { parseDocumentText } from '../../src/content/parseDocument';
import { seededRandom } from '../../machines/engine/random';
import { propertyRuns } from '../helpers/propertyRuns';

const ROOT = join(import.meta.dirname, '../..');
const yamlIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlIn(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const files = [...yamlIn(join(ROOT, 'scenarios')), ...yamlIn(join(ROOT, 'tests/fixtures'))].map((f) => ({
  name: f.slice(ROOT.length + 1),
  text: readFileSync(f, 'utf8'),
}));

// The reading every file got before the fast path: the `yaml` package's document model, then the schema.
function reference(name: string, text: string) {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return 'refused';
  try {
    return checkContent(doc.toJS({ maxAliasCount: 100 }), name);
  } catch {
    return 'refused';
  }
}
const reading = (name: string, text: string) => {
  const r = parseDocumentText({ name, text });
  return !r.ok && r.issues.some((i) => i.message.startsWith('not valid YAML')) ? 'refused' : r;
};

// Small edits of the kinds an author's typo makes: a lost or doubled character, a tab, a quote, a colon.
const EDITS = [
  (t: string, at: number) => t.slice(0, at) + t.slice(at + 1),
  (t: string, at: number) => t.slice(0, at) + t[at] + t.slice(at),
  (t: string, at: number) => `${t.slice(0, at)}\t${t.slice(at)}`,
  (t: string, at: number) => `${t.slice(0, at)}"${t.slice(at)}`,
  (t: string, at: number) => `${t.slice(0, at)}: ${t.slice(at)}`,
  (t: string, at: number) => `${t.slice(0, at)}\n${t.slice(at)}`,
  (t: string, at: number) => `${t.slice(0, at)} #${t.slice(at)}`,
  (t: string, at: number) => `${t.slice(0, at)}[${t.slice(at)}`,
];

describe('reading YAML content', () => {
  it('reads every shipped and fixture file exactly as the yaml package does', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) expect(reading(f.name, f.text), f.name).toEqual(reference(f.name, f.text));
  });

  it('reads edited files as the yaml package does: the same data, or refused by both', () => {
    const random = seededRandom(20261202);
    const scenarios = files.filter((x) => x.name.startsWith('scenarios/'));
    const perFile = propertyRuns(10, 200);
    let compared = 0;
    for (const f of scenarios) {
      for (let i = 0; i < perFile; i++) {
        const edit = EDITS[Math.floor(random() * EDITS.length)]!;
        const text = edit(f.text, Math.floor(random() * f.text.length));
        expect(reading(f.name, text), `${f.name} edit ${i}`).toEqual(reference(f.name, text));
        compared++;
      }
    }
    expect(compared).toBe(scenarios.length * perFile);
  });

  it('still refuses an alias bomb, and reads anchors and aliases', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`,
      ),
    ].join('\n');
    expect(parseDocumentText({ name: 'bomb.yaml', text: bomb })).toEqual({
      ok: false,
      issues: [
        {
          file: 'bomb.yaml',
          path: '(root)',
          message: expect.stringMatching(/^not valid YAML: expected aliases .* to expand to at most 100 copies/),
        },
      ],
    });
    const anchored = files
      .find((f) => f.name === 'scenarios/a06-latency-veto.yaml')!
      .text.replace(/^title: (.*)$/m, 'title: &t $1\nsubtitle: *t');
    expect(reading('a06.yaml', anchored)).toEqual(reference('a06.yaml', anchored));
  });

  it('a key given twice is refused with its name and line', () => {
    const r = parseDocumentText({ name: 'twice.yaml', text: 'kind: scenario\nid: x\nid: y\n' });
    expect(r).toEqual({
      ok: false,
      issues: [{ file: 'twice.yaml', path: 'line 3', message: expect.stringMatching(/a key given twice \("id"\)/) }],
    });
  });
});
