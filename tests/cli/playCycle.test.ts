import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** The golden scenario with its probe's answers both leading back into the probe: a follow-up that never ends. */
function cycling() {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-cycle-'));
  cpSync(join(FIXTURES, 'packs'), join(dir, 'packs'), { recursive: true });
  const yaml = readFileSync(join(FIXTURES, 'golden.yaml'), 'utf8')
    .replace(/(- \{ id: t1-(?:ok|weak), .*)( \})$/gm, '$1, followUp: t1-probe }')
    .replace(/(- \{ id: probe-(?:strong|weak), .*)( \})$/gm, '$1, followUp: t1-probe }');
  const file = join(dir, 'golden.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('a scenario with a follow-up that leads back into itself', () => {
  it('is refused by validate', () => {
    const r = cli('validate', cycling());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/golden\.yaml: rounds\[1\]/);
  });

  it.each([['random'], ['recorded'], ['s1-ok,t1-ok']])(
    'is refused by play --path %s the same way, with no made-up decision and exit 1',
    (path) => {
      const file = cycling();
      const validate = cli('validate', file);
      const r = cli('play', file, '--path', path);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      // The same follow-up problems validate names, one line each, then what to do.
      const problems = validate.errLines.filter((l) => /never ends/.test(l));
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(r.errLines).toContain(p);
      expect(r.stderr).toMatch(/cannot be played: .*debrief validate/);
    },
  );
});

describe('the engine, given such a scenario to play at random', () => {
  it('throws a PathError rather than reporting a decision it never reached', async () => {
    const { loadLibrary } = await import('../../src/content/library');
    const { playPath, PathError } = await import('../../machines/engine/playPath');
    const resolved = loadLibrary([cycling()]).scenarios[0]!;
    let thrown: unknown;
    try {
      playPath(resolved, { name: 'random', choices: 'random', negotiation: [] }, 7);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(PathError);
    expect(String(thrown)).toMatch(/did not end after \d+ answers/);
  });
});
