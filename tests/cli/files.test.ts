import { describe, expect, it } from 'vitest';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const GOLDEN = readFileSync(join(FIXTURES, 'golden.yaml'), 'utf8');
const PACK = readFileSync(join(FIXTURES, 'packs/golden.yaml'), 'utf8');

/** A folder with the golden scenario and its pack, plus whatever a test adds. */
function folder(extra: Record<string, string | Uint8Array> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-files-'));
  cpSync(join(FIXTURES, 'packs'), join(dir, 'packs'), { recursive: true });
  writeFileSync(join(dir, 'golden.yaml'), GOLDEN);
  for (const [name, body] of Object.entries(extra)) writeFileSync(join(dir, name), body);
  return dir;
}

const noTrace = (r: { stderr: string; stdout: string }) => {
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  expect(r.stdout).not.toMatch(/\n\s+at |internal error/);
};

/** The golden scenario as JSON, the way an author's tool might write it. */
async function goldenJson(): Promise<Record<string, unknown>> {
  const { parse } = await import('yaml');
  return parse(GOLDEN) as Record<string, unknown>;
}

describe('debrief reads only what it should, and says which file it refused', () => {
  it('a file that cannot be read is reported by name and skipped; the others are still checked', () => {
    const dir = folder();
    // /proc/self/mem is a regular file every read of which fails (EIO), even for root.
    symlinkSync('/proc/self/mem', join(dir, 'unreadable.yaml'));
    const r = cli('validate', dir);
    noTrace(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unreadable\.yaml: \(file\): cannot be read/);
    expect(r.errLines.at(-1)).toBe('1 problem in 3 files');
    const list = cli('list', '--json', dir);
    expect(JSON.parse(list.stdout).map((s: { id: string }) => s.id)).toEqual(['golden']);
  });

  it.skipIf(process.getuid?.() === 0)(
    'a file without read permission (EACCES) is reported and skipped, exit 1 not 70',
    () => {
      const dir = folder({ 'locked.yaml': GOLDEN.replace('id: golden', 'id: locked') });
      chmodSync(join(dir, 'locked.yaml'), 0o000);
      const r = cli('validate', dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/locked\.yaml: \(file\): cannot be read: permission denied/);
    },
  );

  it.each([['validate'], ['play'], ['list']])(
    '%s refuses a symbolic link to /dev/zero, naming it, instead of reading forever',
    (command) => {
      const dir = folder();
      const link = join(dir, 'zero.yaml');
      symlinkSync('/dev/zero', link);
      const r = command === 'list' ? cli('list', dir) : cli(command, command === 'play' ? link : dir);
      noTrace(r);
      expect(r.stderr).toMatch(/zero\.yaml: \(file\): is not a regular file/);
      if (command !== 'list') expect(r.code).toBe(1);
    },
  );

  it('refuses a file past the size limit without reading it', () => {
    const dir = folder();
    // A sparse 17 MB file: its size is known without writing the bytes.
    writeFileSync(join(dir, 'huge.yaml'), '');
    truncateSync(join(dir, 'huge.yaml'), 17 * 1024 * 1024);
    const r = cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.yaml: \(file\): is 17\.0 MB, more than the 16\.0 MB a content file may be/);
  });

  it('play on a folder says it is a folder', () => {
    const dir = folder();
    const r = cli('play', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is a folder; debrief play takes one scenario/);
    expect(r.stderr).not.toMatch(/pack/);
  });

  it('validate on an empty folder says no scenario files were found, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-empty-'));
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes/readme.txt'), 'not content');
    const r = cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^no scenario or pack files \(\.yaml, \.yml, \.json\) found in /);
    expect(r.stdout).toBe('');
  });

  it('rejects bytes that are not UTF-8, naming the line, instead of turning them into �', () => {
    const latin1 = Buffer.from(GOLDEN.replace('title: Golden loop', 'title: Golden loop caf\u00e9'), 'latin1');
    const line = GOLDEN.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    const dir = folder({ 'golden.yaml': latin1 });
    const r = cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`golden.yaml: line ${line}: expected UTF-8 text, found bytes that are not UTF-8`);
  });

  it('rejects a key given twice in JSON, as in YAML, with its line', async () => {
    const json = JSON.stringify(await goldenJson(), null, 2).replace(
      '"title": "Golden loop",',
      '"title": "Golden loop",\n  "title": "Second title",',
    );
    const line = json.split('\n').findIndex((l) => l.includes('Second title')) + 1;
    const dir = folder({ 'golden.yaml': PACK.replace('id: golden', 'id: unused-pack') });
    writeFileSync(join(dir, 'golden.json'), json);
    const r = cli('validate', join(dir, 'golden.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`golden\\.json: line ${line}: not valid JSON: a key given twice \\("title"\\)`),
    );
    const yaml = cli(
      'validate',
      folder({ 'golden.yaml': GOLDEN.replace('title: Golden loop', 'title: Golden loop\ntitle: Again') }),
    );
    expect(yaml.stderr).toMatch(/golden\.yaml: line \d+: not valid YAML: a key given twice \("title"\)/);
  });

  it('accepts a .json file that starts with a byte-order mark', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-bom-'));
    cpSync(join(FIXTURES, 'packs'), join(dir, 'packs'), { recursive: true });
    writeFileSync(join(dir, 'golden.json'), `\ufeff${JSON.stringify(await goldenJson())}`);
    const r = cli('validate', dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2 files valid: 1 scenario, 1 pack');
    expect(cli('play', join(dir, 'golden.json'), '--json').code).toBe(0);
  });

  it('a YAML syntax error names one line, the right one, and ends in no dangling colon', () => {
    const broken = GOLDEN.replace('  - round: panel', '  - round: panel\n    interviewer: [pam,\n  bad: here: now');
    // The mistake is the bracket left open, not the line where the parser ran out of patience.
    const line = broken.split('\n').findIndex((l) => l.includes('[pam,')) + 1;
    const r = cli('validate', folder({ 'golden.yaml': broken }));
    expect(r.errLines[0]).toMatch(
      new RegExp(`^\\S*golden\\.yaml: line ${line}: not valid YAML: the \\[ here is never closed \\(column \\d+\\)$`),
    );
    expect(r.errLines[0]).not.toMatch(/at line/);
  });
});
