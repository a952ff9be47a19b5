import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const bin = join(ROOT, 'bin/debrief.js');
const builds = join(ROOT, 'src/cli/.build');
const pointer = join(builds, 'current.json');
const debrief = (...args: string[]) => execFileSync('node', [bin, ...args], { encoding: 'utf8', cwd: ROOT });
const build = () => JSON.parse(readFileSync(pointer, 'utf8')) as { dir: string; inputs: string[] };
const cacheOf = (command: string) => join(builds, build().dir, `${command}.v8cache`);

describe('the debrief bin', () => {
  it('runs a bundle that is built afresh when a file it was built from changes', () => {
    const listed = debrief('list', '--json');
    const first = build();
    expect(first.inputs).toContain('src/cli/commands/list.ts');
    // The same bundle serves the next command; an edited source (here, a newer mtime) is never run stale.
    debrief('help');
    expect(build().dir).toBe(first.dir);
    const source = join(ROOT, 'src/cli/commands/list.ts');
    const { atime } = statSync(source);
    utimesSync(source, atime, new Date());
    expect(debrief('list', '--json')).toBe(listed);
    expect(build().dir).not.toBe(first.dir);
  });

  it('keeps a code cache per command, reuses it, and remakes one that is damaged', () => {
    const out = debrief('paths', 'a06-latency-veto');
    const made = statSync(cacheOf('paths')).mtimeMs;
    expect(debrief('paths', 'a06-latency-veto')).toBe(out);
    // Accepted by V8, so not written again.
    expect(statSync(cacheOf('paths')).mtimeMs).toBe(made);
    writeFileSync(cacheOf('paths'), 'not a code cache');
    expect(debrief('paths', 'a06-latency-veto')).toBe(out);
    expect(statSync(cacheOf('paths')).size).toBeGreaterThan(10_000);
  });

  it('a reader that stops early (debrief schema | head -c 10) ends the command quietly, not with a stack trace', () => {
    // The schema is larger than a pipe holds, so the command is still writing when head leaves.
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(bin)} schema | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe('{\n  "$sche');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a damaged build record, or a build removed under it, is rebuilt, not run', () => {
    debrief('help');
    writeFileSync(pointer, '{ not json');
    expect(debrief('list')).toMatch(/\d+ scenarios/);
    expect(build().inputs.length).toBeGreaterThan(10);
    const gone = build().dir;
    rmSync(join(builds, gone), { recursive: true, force: true });
    expect(debrief('list')).toMatch(/\d+ scenarios/);
    expect(build().dir).not.toBe(gone);
  });
});
