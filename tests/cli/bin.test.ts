import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const bin = join(ROOT, 'bin/debrief.js');
const pointer = join(ROOT, 'src/cli/.build/current.json');
const debrief = (...args: string[]) => execFileSync('node', [bin, ...args], { encoding: 'utf8', cwd: ROOT });
const build = () => JSON.parse(readFileSync(pointer, 'utf8')) as { dir: string; inputs: string[] };

describe('the debrief bin', () => {
  it('runs a bundle split by command, and builds it afresh when a file it was built from changes', () => {
    const listed = debrief('list', '--json');
    const first = build();
    expect(first.inputs).toContain('src/cli/commands/list.ts');
    // The same bundle serves the next command; an edited source (here, a newer mtime) is never run stale.
    debrief('help');
    expect(build().dir).toBe(first.dir);
    const source = join(ROOT, 'src/cli/commands/list.ts');
    const { atime } = statSync(source);
    utimesSync(source, atime, new Date(Date.now() + 2000));
    expect(debrief('list', '--json')).toBe(listed);
    expect(build().dir).not.toBe(first.dir);
  });

  it('a damaged build record is rebuilt, not run', () => {
    debrief('help');
    writeFileSync(pointer, '{ not json');
    expect(debrief('list')).toMatch(/\d+ scenarios/);
    expect(build().inputs.length).toBeGreaterThan(10);
  });
});
