import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent } from '../../machines/content/parse';

const ROOT = join(import.meta.dirname, '../..');
const a06 = readFileSync(join(ROOT, 'scenarios/a06-latency-veto.yaml'), 'utf8');
const pm = readFileSync(join(ROOT, 'scenarios/packs/pm.yaml'), 'utf8');
const best = (text: string) => text.match(/^ {2}best:\n(?: {4}.*\n| {6}.*\n)+/m)![0];

// zod skips a `__proto__` key of a mapping without a word, so a path, band or rubric of that name
// would vanish from what the author wrote. The loader names it instead.
describe('a mapping key named __proto__', () => {
  it('as a path name, in YAML: refused at paths.__proto__, where the author can find it', () => {
    const text = a06.replace(/^paths:\n/m, `paths:\n${best(a06).replace('  best:', '  __proto__:')}`);
    const r = parseContent(text, 'a06.yaml');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues).toEqual([
      { file: 'a06.yaml', path: 'paths.__proto__', message: expect.stringMatching(/other than "__proto__"/) },
    ]);
  });

  it('as a path name, in JSON: refused the same way', async () => {
    const { parse } = await import('yaml');
    const data = parse(a06) as { paths: Record<string, unknown> };
    const json = JSON.stringify(data).replace('"paths":{', `"paths":{"__proto__":${JSON.stringify(data.paths.best)},`);
    const r = parseContent(json, 'a06.json');
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(['paths.__proto__']);
  });

  it("as a pack's band: refused at comp.bands.__proto__", () => {
    const text = pm.replace(
      /^( {2}bands:\n)/m,
      '$1    __proto__: { base: [1, 2], bonus: { amount: [0, 1] }, equity: [0, 1] }\n',
    );
    const r = parseContent(text, 'pm.yaml');
    expect(!r.ok && r.issues.map((i) => i.path)).toContain('comp.bands.__proto__');
  });

  it('a path named constructor is an ordinary name and kept', () => {
    const text = a06.replace(/^paths:\n/m, `paths:\n${best(a06).replace('  best:', '  constructor:')}`);
    const r = parseContent(text, 'a06.yaml');
    expect(r.ok && r.value.kind === 'scenario' && Object.keys(r.value.paths)).toContain('constructor');
  });
});
