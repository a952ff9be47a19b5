import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadLibrary } from '../../src/content/library';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const GOLDEN = readFileSync(join(FIXTURES, 'golden.yaml'), 'utf8');
const PACK = readFileSync(join(FIXTURES, 'packs/golden.yaml'), 'utf8');

/** A folder holding the golden scenario under `name`, and these files in its packs/ folder. */
function folder(name: string, packs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-library-'));
  mkdirSync(join(dir, 'packs'));
  for (const [file, text] of Object.entries(packs)) writeFileSync(join(dir, 'packs', file), text);
  writeFileSync(join(dir, name), GOLDEN.replace(/^id: golden$/m, `id: ${name.replace('.yaml', '')}`));
  return dir;
}
const titled = (title: string) => PACK.replace(/^title: .*$/m, `title: ${title}`);

describe('the packs beside a scenario, read when it names one', () => {
  it('a lone scenario finds its pack, and a broken pack it does not name is no problem of its', () => {
    const dir = folder('lone.yaml', {
      'golden.yaml': PACK,
      'broken.yaml': 'kind: pack\nid: broken\ntitle: [unclosed\n',
    });
    const lib = loadLibrary([join(dir, 'lone.yaml')]);
    expect(lib.issues).toEqual([]);
    expect(lib.scenarios.map((s) => s.pack.title)).toEqual(['Golden test loop']);
  });

  it('the nearest pack of an id wins, and one that fails its checks is refused with its own problems, never replaced', () => {
    const near = folder('near.yaml', { 'golden.yaml': titled('Near') });
    const far = folder('far.yaml', { 'golden.yaml': titled('Far') });
    expect(loadLibrary([join(near, 'near.yaml'), join(far, 'far.yaml')]).scenarios.map((s) => s.pack.title)).toEqual([
      'Near',
      'Near',
    ]);
    const broken = folder('broken.yaml', { 'golden.yaml': 'kind: pack\nid: golden\nloop: 5\n' });
    // The far pack of the same id used to stand in for it without a word: validate said "valid"
    // against a pack the author of broken.yaml never wrote.
    // As the near pack stands for both scenarios above, the refused one does: neither plays on Far.
    const lib = loadLibrary([join(broken, 'broken.yaml'), join(far, 'far.yaml')]);
    expect(lib.scenarios).toEqual([]);
    expect(lib.issues.filter((i) => i.file.endsWith(join('packs', 'golden.yaml')) && i.path === 'loop')).toHaveLength(
      1,
    );
    expect(lib.issues.some((i) => i.file.endsWith('broken.yaml') && i.path === 'pack')).toBe(true);
  });

  it('a pack written as JSON, or with a quoted id, is found by its id all the same', () => {
    const json = folder('json.yaml', { 'golden.json': JSON.stringify({ ...parse(PACK), title: 'As JSON' }) });
    expect(loadLibrary([join(json, 'json.yaml')]).scenarios.map((s) => s.pack.title)).toEqual(['As JSON']);
    const quoted = folder('quoted.yaml', { 'golden.yaml': titled('Quoted').replace(/^id: golden$/m, 'id: "golden"') });
    expect(loadLibrary([join(quoted, 'quoted.yaml')]).scenarios.map((s) => s.pack.title)).toEqual(['Quoted']);
  });

  it('a scenario naming no known pack is told which packs there are', () => {
    const dir = folder('lost.yaml', { 'golden.yaml': PACK, 'broken.yaml': 'kind: pack\nid: broken\nloop: 5\n' });
    writeFileSync(join(dir, 'lost.yaml'), GOLDEN.replace(/^pack: golden$/m, 'pack: nowhere'));
    const lib = loadLibrary([join(dir, 'lost.yaml')]);
    const message = lib.issues.find((i) => i.path === 'pack')?.message ?? '';
    expect(message).toContain('found "nowhere"');
    expect(message).toMatch(/\bgolden\b/);
    // A pack that does not parse is not offered as one to use.
    expect(message).not.toMatch(/\bbroken\b/);
  });
});
