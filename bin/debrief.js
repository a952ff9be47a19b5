#!/usr/bin/env node
// The CLI is TypeScript shared with the app and tests. It runs as bundled JavaScript, built by
// esbuild on first run and again whenever a file it was built from (or the installed packages)
// has changed, so a command starts at once and never runs a stale build. The bundle is split
// by command: `debrief list` loads neither the machines nor the room server. Without esbuild
// (a production install) it falls back to compiling on the fly with tsx.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builds = `${root}src/cli/.build/`;
const pointer = `${builds}current.json`;
// A change here means a dependency was installed or upgraded: the bundle holds their code too.
const INSTALLED = ['package-lock.json', 'node_modules/.package-lock.json'];

function current() {
  try {
    const { dir, inputs, at } = JSON.parse(readFileSync(pointer, 'utf8'));
    if (!existsSync(`${builds}${dir}/entry.mjs`)) return null;
    for (const f of [...inputs, ...INSTALLED]) {
      if (existsSync(`${root}${f}`) && statSync(`${root}${f}`).mtimeMs > at) return null;
      if (!existsSync(`${root}${f}`) && inputs.includes(f)) return null;
    }
    return `${builds}${dir}/entry.mjs`;
  } catch {
    return null;
  }
}

async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  // Each build goes into a folder of its own, and a pointer to it is renamed into place: commands
  // starting at once (parallel tests, two terminals) never import a half-written build.
  const dir = `${Date.now().toString(36)}-${process.pid}`;
  const at = Date.now();
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { entry: 'src/cli/entry.ts' },
    outdir: `${builds}${dir}`,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Native or optional: loaded from node_modules as installed.
    external: ['better-sqlite3', 'bufferutil', 'utf-8-validate', 'esbuild', 'tsx', 'fsevents'],
    // Some bundled packages are CommonJS and call require(); give the ESM chunks one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  const temp = `${pointer}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ dir, inputs, at }));
  renameSync(temp, pointer);
  // Older builds go, but the one before stays: a command started a moment ago may still be loading it.
  const old = readdirSync(builds).filter((d) => d !== dir && !d.endsWith('.json') && !d.endsWith('.tmp')).sort();
  for (const d of old.slice(0, -1)) rmSync(`${builds}${d}`, { recursive: true, force: true });
  return `${builds}${dir}/entry.mjs`;
}

let entry = current();
if (!entry) {
  mkdirSync(builds, { recursive: true });
  entry = await build().catch(() => null);
}
if (entry) {
  const { start } = await import(pathToFileURL(entry).href);
  process.exitCode = await start(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { run } = await import('../src/cli/main.ts');
  process.exitCode = run(process.argv.slice(2));
}
