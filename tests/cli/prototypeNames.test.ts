import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { withEngineErrors } from '../fuzz/engineErrors';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** The golden scenario and pack in a folder of their own, each edited as a test needs. */
function golden({ scenario = (y: string) => y, pack = (y: string) => y } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-proto-'));
  cpSync(join(FIXTURES, 'packs'), join(dir, 'packs'), { recursive: true });
  writeFileSync(join(dir, 'golden.yaml'), scenario(readFileSync(join(FIXTURES, 'golden.yaml'), 'utf8')));
  writeFileSync(join(dir, 'packs/golden.yaml'), pack(readFileSync(join(FIXTURES, 'packs/golden.yaml'), 'utf8')));
  return { dir, file: join(dir, 'golden.yaml') };
}

const clean = (r: { stdout: string; stderr: string }) => {
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |internal error/);
};

// `constructor`, `__proto__` and `toString` are names every plain object answers to: an author's
// id must be looked up as an own property, or it finds Object.prototype's instead.
describe.each(['constructor', '__proto__', 'toString', 'valueOf', 'isPrototypeOf'])('the id "%s"', (name) => {
  // Fixed in machines/content/resolve.ts (the lead's): the band lookup must be own-property.
  it('as a level: validate refuses it, naming the level and the bands the pack has', async () => {
    const { value: r, errors } = await withEngineErrors(() =>
      cli('validate', golden({ scenario: (y) => y.replace('level: L5', `level: ${name}`) }).dir),
    );
    expect(errors).toEqual([]);
    clean(r);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/valid/);
    expect(r.stderr).toMatch(
      new RegExp(`golden\\.yaml: level: expected a level with a comp band in pack golden \\(.*\\), found "${name}"`),
    );
  });

  it('as --path: play exits 1 with one line naming the file, no stack trace', () => {
    const r = cli('play', golden().file, '--path', name);
    clean(r);
    expect(r.code).toBe(1);
    expect(r.errLines).toEqual([expect.stringMatching(/golden\.yaml: /)]);
  });

  // Fixed in machines/engine/playPath.ts (pathSpecFor): `scenario.paths[arg]` must be own-property.
  it("as --path: the message lists the scenario's paths", () => {
    const r = cli('play', golden().file, '--path', name);
    expect(r.errLines[0]).toMatch(
      new RegExp(`--path "${name}": expected a path of golden \\(recorded, best, worst\\)`),
    );
  });

  it("as a pack round's rubric: validate reports it and exits 1, never internal error (70)", () => {
    const r = cli('validate', golden({ pack: (y) => y.replace(/rubric: \S+/, `rubric: ${name}`) }).dir);
    clean(r);
    expect(r.code).toBe(1);
  });

  // Found by npm run fuzz (tests/fixtures/fuzz/*crashed-*): fixed in machines/content/migrate.ts (v3Words).
  it("as a rule's kind: validate refuses the pack and exits 1, never internal error (70)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-proto-kind-'));
    cpSync(join(FIXTURES, '../../scenarios/packs/pm.yaml'), join(dir, 'pm.yaml'));
    const pack = readFileSync(join(dir, 'pm.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'pm.yaml'),
      pack.replace('kind: role-veto', `kind: ${name === '__proto__' ? '"__proto__"' : name}`),
    );
    const r = cli('validate', join(dir, 'pm.yaml'));
    clean(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pm\.yaml: rules\[0\]\.kind: /);
  });
});
