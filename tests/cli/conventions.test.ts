import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { run } from '../../src/cli/main';
import { COMMANDS } from '../../src/cli/spec';

const ROOT = join(import.meta.dirname, '../..');
const bin = join(ROOT, 'bin/debrief.js');
const FIXTURES = join(ROOT, 'tests/fixtures');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** The bin as a user runs it, in a real process: its exit code is the one a shell sees. */
const debrief = (...args: string[]) => {
  const r = spawnSync('node', [bin, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
};

/** In-process, for serve, whose exit code arrives once it has listened or failed to. */
async function runAsync(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function golden(edit?: (yaml: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-conv-'));
  cpSync(join(FIXTURES, 'golden.yaml'), join(dir, 'golden.yaml'));
  cpSync(join(FIXTURES, 'packs'), join(dir, 'packs'), { recursive: true });
  const file = join(dir, 'golden.yaml');
  if (edit) writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return { dir, file };
}

describe('flags are checked, never ignored', () => {
  it('an unknown flag is refused with exit 2 and the closest real flag', () => {
    const r = cli('list', '--jsno');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('debrief list: unknown flag --jsno; did you mean --json?');
    const far = cli('validate', '--bogus');
    expect(far.code).toBe(2);
    expect(far.stderr).toBe('debrief validate: unknown flag --bogus; expected one of --help, --json');
    expect(cli('play', 'a06-latency-veto', '--seeed', '3').stderr).toMatch(
      /unknown flag --seeed; did you mean --seed\?/,
    );
  });

  it('a flag without its value, a switch given one, and operands a command does not take are refused', () => {
    expect(cli('play', 'a06-latency-veto', '--path')).toMatchObject({
      code: 2,
      stderr: 'debrief play: --path expects a value (--path P)',
    });
    expect(cli('list', '--json=yes')).toMatchObject({
      code: 2,
      stderr: 'debrief list: --json is a switch and takes no value',
    });
    expect(cli('paths', 'a03-sustainable-pace', 'a06-latency-veto').stderr).toBe(
      'debrief paths: expected <id or file> only, found also a06-latency-veto',
    );
    expect(cli('schema', 'extra').code).toBe(2);
  });

  it('a mistyped command names the closest one', () => {
    const r = cli('valdate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^unknown command "valdate"; did you mean validate\?/);
  });

  it('a value may be given with =, which is how one starting with a dash is written', () => {
    const { file } = golden();
    const a = JSON.parse(cli('play', file, '--path=random', '--seed=-7', '--json').stdout);
    const b = JSON.parse(cli('play', file, '--path', 'random', '--seed=-7', '--json').stdout);
    expect(a.decision).toBeTruthy();
    expect(a).toEqual(b);
    expect(cli('play', file, '--path', 'random', '--seed', '-7')).toMatchObject({
      code: 2,
      stderr: 'debrief play: --seed expects a value; one starting with "-" is written --seed=-…',
    });
  });
});

describe('--version and help', () => {
  it('--version and -v print the version from package.json', () => {
    expect(cli('--version')).toMatchObject({ code: 0, stdout: `debrief ${version}` });
    expect(cli('-v')).toMatchObject({ code: 0, stdout: `debrief ${version}` });
  });

  it('-h, --help and help list every command; no command at all is a usage error', () => {
    for (const flag of ['-h', '--help', 'help']) {
      const r = cli(flag);
      expect(r.code).toBe(0);
      for (const name of Object.keys(COMMANDS)) expect(r.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
    const none = cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage: debrief <command>/);
  });

  it('<command> --help describes that command and every flag it takes, and runs nothing', () => {
    for (const [name, spec] of Object.entries(COMMANDS)) {
      for (const asked of [
        [name, '--help'],
        [name, '-h'],
        ['help', name],
      ]) {
        const r = cli(...asked);
        expect(r.code, asked.join(' ')).toBe(0);
        expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^debrief ${name}\\b`));
        for (const flag of Object.keys(spec.flags)) expect(r.stdout).toMatch(new RegExp(`^  --${flag}\\b`, 'm'));
        expect(r.stderr).toBe('');
      }
    }
    // `list --help` used to run list: no scenario appears in its help.
    expect(cli('list', '--help').stdout).not.toMatch(/a06-latency-veto/);
  });

  it('the bin answers --version and an unknown flag with the same exit codes', () => {
    expect(debrief('--version')).toMatchObject({ code: 0, stdout: `debrief ${version}\n` });
    expect(debrief('list', '--jsno')).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('validate --json', () => {
  it('prints one object per problem: file, field, line and message', () => {
    const { dir, file } = golden((y) => y.replace('level: L5', 'level: 5'));
    writeFileSync(join(dir, 'broken.yaml'), 'kind: scenario\nid: [unclosed\n');
    const r = cli('validate', dir, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const problems = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    const level = problems.find((p) => p.field === 'level');
    expect(level).toEqual({ file, field: 'level', line: 8, message: 'expected string, found number' });
    expect(readFileSync(file, 'utf8').split('\n')[7]).toMatch(/^level: 5/);
    const yaml = problems.find((p) => String(p.file).endsWith('broken.yaml'));
    expect(yaml).toMatchObject({
      field: null,
      line: expect.any(Number),
      message: expect.stringMatching(/not valid YAML/),
    });
    for (const p of problems) expect(Object.keys(p)).toEqual(['file', 'field', 'line', 'message']);
  });

  it('prints an empty list for valid files, and a problem when there is nothing to check', () => {
    expect(cli('validate', golden().dir, '--json')).toMatchObject({ code: 0, stdout: '[]' });
    const empty = mkdtempSync(join(tmpdir(), 'debrief-empty-'));
    const r = cli('validate', empty, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: expect.any(String),
        field: null,
        line: null,
        message: expect.stringMatching(/no scenario or pack files/),
      },
    ]);
  });
});

describe('serve fails loudly', () => {
  const built = () => {
    const dist = mkdtempSync(join(tmpdir(), 'debrief-dist-'));
    writeFileSync(join(dist, 'index.html'), '<title>app</title>');
    return dist;
  };
  const data = () => mkdtempSync(join(tmpdir(), 'debrief-data-'));

  it('with no built app, exit 1 from the bin, saying to build first', () => {
    const r = debrief('serve', '--dist', join(tmpdir(), 'debrief-no-such-dist'), '--port', '0', '--data', data());
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/index\.html not found: run "npm run build" first/);
  });

  it('with a port that is not a number, exit 2', async () => {
    const r = await runAsync('serve', '--port', 'abc', '--dist', built(), '--data', data());
    expect(r).toMatchObject({
      code: 2,
      stderr: 'debrief serve: --port: expected a port number (0-65535), found "abc"',
    });
    expect((await runAsync('serve', '--port', '70000', '--dist', built())).code).toBe(2);
  });

  it('with its port in use, exit 1 from the bin, naming the port and what to do', async () => {
    const holder: Server = createServer();
    await new Promise<void>((ok) => holder.listen(0, '127.0.0.1', ok));
    const port = (holder.address() as { port: number }).port;
    try {
      const r = debrief('serve', '--port', String(port), '--host', '127.0.0.1', '--dist', built(), '--data', data());
      expect(r.signal).toBeNull();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`cannot listen on 127.0.0.1:${port}: the port is in use`);
    } finally {
      await new Promise((done) => holder.close(done));
    }
  });
});

describe('lab shows progress to a person watching', () => {
  it('on a terminal, a progress line that rises to 100 % and is cleared before the result', () => {
    const out: string[] = [];
    const shown: Array<string | null> = [];
    const code = run(['lab', 'a06-latency-veto', '--runs', '20000', '--seed', '1'], {
      out: (l) => out.push(l),
      err: () => {},
      progress: (l) => shown.push(l),
    });
    expect(code).toBe(0);
    const percents = shown.filter((l) => l !== null).map((l) => Number(/(\d+) % done/.exec(l!)![1]));
    expect(percents.length).toBeGreaterThan(10);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    expect(shown.at(-1)).toBeNull();
    expect(out.join('\n')).toMatch(/N = 20000/);
  });

  it('into a pipe, none: stderr holds no progress line', () => {
    const r = debrief('lab', 'a06-latency-veto', '--runs', '2000', '--seed', '1');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
