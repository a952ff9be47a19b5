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

  it('keeps what it read between runs, and never answers for a file from an older reading of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-bin-parses-'));
    const file = join(dir, 'a06-latency-veto.yaml');
    const original = readFileSync(join(ROOT, 'scenarios/a06-latency-veto.yaml'), 'utf8');
    const validate = () => spawnSync('node', [bin, 'validate', file], { cwd: ROOT, encoding: 'utf8' });
    const store = () => join(builds, build().dir, 'validate.parses');
    try {
      writeFileSync(file, original);
      const first = validate();
      expect(first.status).toBe(0);
      const kept = statSync(store()).mtimeMs;
      // Read again unchanged: the same report, from what was kept (the store is not written again).
      expect(validate().stdout).toBe(first.stdout);
      expect(statSync(store()).mtimeMs).toBe(kept);
      // Edited: the new text is read, whatever was kept for the old one.
      writeFileSync(file, original.replace(/^title: .*$/m, 'title: ""'));
      const broken = validate();
      expect(broken.status).toBe(1);
      expect(broken.stdout + broken.stderr).toMatch(/a06-latency-veto\.yaml.*title/);
      // And back: valid again, as at first.
      writeFileSync(file, original);
      expect(validate().stdout).toBe(first.stdout);
      // A damaged store is read as empty, never as an answer.
      writeFileSync(store(), 'not a store');
      const again = validate();
      expect(again.status).toBe(0);
      expect(again.stdout).toBe(first.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
