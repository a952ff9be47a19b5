import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';

// The bin keeps the documents it found valid (src/cli/checkedCache.ts); the in-process CLI keeps none.
const ROOT = join(import.meta.dirname, '../..');
const bin = join(ROOT, 'bin/debrief.js');
const debrief = (...args: string[]) => {
  const r = spawnSync('node', [bin, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout.trimEnd(), stderr: r.stderr.trimEnd() };
};

describe('documents found valid before are read from the cache, never with another meaning', () => {
  it('list and play print, from the cache, exactly what a fresh check prints', () => {
    debrief('list'); // fills the cache if this bundle had none
    for (const args of [
      ['list', '--json'],
      ['play', 'a04-review-calibration', '--json'],
      ['play', 'a06-latency-veto', '--path', 'best', '--json'],
    ]) {
      const fresh = cli(...args);
      const cached = debrief(...args);
      expect(cached.code, args.join(' ')).toBe(fresh.code);
      expect(cached.stdout, args.join(' ')).toBe(fresh.stdout);
    }
  });

  it('a file edited after it was found valid is checked afresh: its new problem is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-cache-'));
    cpSync(join(ROOT, 'tests/fixtures/golden.yaml'), join(dir, 'golden.yaml'));
    cpSync(join(ROOT, 'tests/fixtures/packs'), join(dir, 'packs'), { recursive: true });
    expect(debrief('validate', dir)).toMatchObject({ code: 0, stdout: '2 files valid: 1 scenario, 1 pack' });
    expect(debrief('validate', dir).code).toBe(0);
    const file = join(dir, 'golden.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('level: L5', 'level: 5'));
    const broken = debrief('validate', dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('golden.yaml: level: expected string, found number');
  });
});
