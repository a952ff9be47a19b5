#!/usr/bin/env node
// The CLI is TypeScript shared with the app and tests. It runs as one bundled JavaScript file,
// built by esbuild on first run and again whenever any file it was built from has changed, so a
// command starts at once and never runs a stale build. Without esbuild (a production install) it
// falls back to compiling on the fly with tsx.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The bundle sits beside src/cli/main.ts so the paths it resolves from its own location still hold.
const out = `${root}src/cli/.debrief-cli.mjs`;
const inputsFile = `${root}src/cli/.debrief-cli.inputs.json`;

function fresh() {
  if (!existsSync(out) || !existsSync(inputsFile)) return false;
  const built = statSync(out).mtimeMs;
  try {
    return JSON.parse(readFileSync(inputsFile, 'utf8')).every((f) => statSync(`${root}${f}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  // Built beside the bundle under a name of this process's own, then renamed into place: two
  // commands starting at once (parallel tests, two terminals) never read a half-written file.
  const temp = `${out}.${process.pid}.tmp.mjs`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = `${inputsFile}.${process.pid}.tmp`;
  writeFileSync(inputs, JSON.stringify(Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'))));
  renameSync(temp, out);
  renameSync(inputs, inputsFile);
  return true;
}

let run;
if (fresh() || (await build().catch(() => false))) {
  ({ run } = await import(out));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ run } = await import('../src/cli/main.ts'));
}
process.exitCode = run(process.argv.slice(2));
