import { describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(bin)} schema | head -c 10`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
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

  it('a command exits as soon as it is done, with all its output: the whole schema arrives through a pipe', () => {
    const schema = JSON.parse(debrief('schema')) as { $schema?: string };
    expect(schema.$schema).toMatch(/json-schema/);
    expect(debrief('schema').length).toBeGreaterThan(65_536);
  });

  it('serve, unlike the one-shot commands, keeps running and answers until it is stopped', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'debrief-bin-dist-'));
    const data = mkdtempSync(join(tmpdir(), 'debrief-bin-data-'));
    mkdirSync(join(dist, 'src/room'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<title>app</title>');
    const server = spawn('node', [bin, 'serve', '--port', '0', '--host', '127.0.0.1', '--dist', dist, '--data', data], {
      cwd: ROOT,
    });
    try {
      let printed = '';
      const origin = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (d) => {
          printed += String(d);
          const at = /http:\/\/127\.0\.0\.1:\d+/.exec(printed);
          if (at) resolve(at[0]);
        });
        server.on('exit', (code) => reject(new Error(`serve exited (${code}) after printing: ${printed}`)));
      });
      // Asked twice, a moment apart: a server that exited after starting would not answer the second.
      expect(await (await fetch(`${origin}/`)).text()).toBe('<title>app</title>');
      await new Promise((r) => setTimeout(r, 300));
      expect(await (await fetch(`${origin}/`)).text()).toBe('<title>app</title>');
      expect(server.exitCode).toBeNull();
    } finally {
      server.kill();
      rmSync(dist, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
  });
});
