import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { filesInZip, MAX_ZIP_ENTRIES, readDropped } from '../../src/importer/readDropped';
import { checkImports } from '../../src/importer/check';
import { loadCorpus } from '../fuzz/corpus';

const golden = readFileSync(join(import.meta.dirname, '../fixtures/import/coach-made.yaml'), 'utf8');
const zipFile = (name: string, bytes: Uint8Array) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' });

describe('a zip import has limits, checked while it inflates', () => {
  it('a good pack folder zip gives its content files, hidden and template files left out', async () => {
    const zip = zipSync({
      'acme/a.yaml': strToU8(golden),
      'acme/.DS_Store': strToU8('x'),
      'acme/_template.yaml': strToU8('x'),
      'acme/../evil.yaml': strToU8('x'),
    });
    const r = await filesInZip(zipFile('acme.zip', zip));
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => f.name)).toEqual(['acme.zip/acme/a.yaml']);
  });

  it(`a zip of 10,000 files is refused past ${MAX_ZIP_ENTRIES} entries, with one message`, async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 10_000; i++) entries[`many/s${i}.yaml`] = strToU8('kind: scenario\n');
    const r = await filesInZip(zipFile('many.zip', zipSync(entries, { level: 0 })));
    expect(r.files).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'was not imported: it holds more than 1,000 entries: expected a pack folder of scenario and pack files',
    ]);
  });

  it('a zip bomb stops at 64 MB of content, not when it is all in memory', async () => {
    const big = new Uint8Array(15 * 1024 * 1024).fill(0x61);
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 6; i++) entries[`bomb/b${i}.yaml`] = big;
    const zip = zipSync(entries, { level: 9 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    const r = await filesInZip(zipFile('bomb.zip', zip));
    expect(r.files).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'was not imported: it inflates past 64.0 MB of content: expected a pack folder, not a zip bomb',
    ]);
  });

  it.each([
    [
      'random bytes after a zip signature',
      () => {
        const b = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
        b.set([0x50, 0x4b, 0x03, 0x04]);
        return b;
      },
    ],
    [
      'a zip cut in half',
      () => {
        const z = zipSync({ 'a/x.yaml': strToU8(golden.repeat(20)) });
        return z.slice(0, z.length >> 1);
      },
    ],
    ['a file that is not a zip at all', () => strToU8('kind: scenario\n')],
  ])('%s gives a message naming the zip, never an uncaught error', async (_, bytes) => {
    const r = await readDropped([zipFile('broken.zip', bytes())]);
    expect(r.files).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/^broken\.zip/),
        message: expect.stringMatching(/not a zip|damaged|cut short|no scenario or pack files/),
      }),
    ]);
  });

  it('a file that is not UTF-8 is refused with its line; a JSON file with a BOM is read', async () => {
    const r = await readDropped([
      new File([Buffer.from('kind: scenario\ntitle: caf\xe9\n', 'latin1')], 'latin1.yaml'),
      new File([`\ufeff${JSON.stringify({ kind: 'pack' })}`], 'bom.json'),
    ]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'latin1.yaml',
        path: 'line 2',
        line: 2,
        message: expect.stringMatching(/expected UTF-8 text/),
      }),
    ]);
    expect(r.files.map((f) => f.name)).toEqual(['bom.json']);
  });
});

describe('the importer checks what validate checks', () => {
  const { packs } = loadCorpus();
  const context = { packs, reserved: [['a06-latency-veto', '“The latency veto”']] as Array<[string, string]> };
  const file = (name: string, text: string) => ({ name, text, addedAt: 0 });

  it('refuses a scenario that reuses a bundled id, saying so, instead of shadowing it', () => {
    const r = checkImports([file('mine.yaml', golden.replace(/^id: .*$/m, 'id: a06-latency-veto'))], context);
    expect(r.scenarios).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        path: 'id',
        message: expect.stringMatching(
          /found "a06-latency-veto", also in the bundled library \(“The latency veto”\): give this scenario an id of its own/,
        ),
      }),
    ]);
  });

  it('runs the branch check: a follow-up cycle is refused, not imported to be unplayable', () => {
    // cm-2 becomes a probe cm-a leads to, and one of its own answers leads back to it.
    const looped = golden
      .replace(
        '      - id: cm-2\n        text: How would you know it worked?',
        '      - id: cm-2\n        text: How would you know it worked?\n        probe: true',
      )
      .replace('note: Frames it.,', 'note: Frames it., followUp: cm-2,')
      .replace('note: Outcome metric.,', 'note: Outcome metric., followUp: cm-2,');
    expect(looped.match(/followUp: cm-2/g)).toHaveLength(2);
    const r = checkImports([file('loop.yaml', looped)], context);
    expect(r.scenarios).toEqual([]);
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/leads back to prompt "cm-2"/);
  });

  it('a YAML syntax error has one line, the right one, and no dangling colon', () => {
    const broken = golden.replace(/^title: (.*)$/m, 'title: [$1\nnext: here: now');
    const r = checkImports([file('broken.yaml', broken)], context);
    const line = broken.split('\n').findIndex((l) => l.startsWith('next: here')) + 1;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(line - 1);
    expect(r.problems[0]!.path).toBe(`line ${r.problems[0]!.line}`);
    expect(r.problems[0]!.message).not.toMatch(/:$|at line/);
  });
});
