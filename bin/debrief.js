#!/usr/bin/env node
// The CLI is TypeScript shared with the app and tests. Each command runs as one bundled script with
// just its own code and dependencies, built by esbuild on first run and again whenever a file it was
// built from (or the installed packages) has changed, so a command starts at once and never runs a
// stale build. Each command keeps a V8 code cache of the functions it ran, so the next start skips
// parsing and compiling them (what Node 22's module compile cache does; this Node is 20). Without
// esbuild (a production install) it falls back to compiling on the fly with tsx.
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const Module = require('node:module');
const { createRequire } = Module;
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const v8 = require('node:v8');
const vm = require('node:vm');

// The commands write to the standard descriptors directly (src/cli/io.ts), where a reader that stops
// early (`debrief list | head`) ends the command quietly; process.stdout is built only by a command
// that needs a stream (serve, a terminal's progress line), so only then does it need this guard.
const quietOnClosedPipe = (stream) =>
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
for (const name of ['stdout', 'stderr']) {
  const descriptor = Object.getOwnPropertyDescriptor(process, name);
  if (!descriptor?.get || !descriptor.configurable) continue;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: descriptor.enumerable,
    get() {
      const stream = descriptor.get.call(process);
      Object.defineProperty(process, name, { configurable: true, enumerable: descriptor.enumerable, value: stream });
      return quietOnClosedPipe(stream);
    },
  });
}

const root = `${join(__dirname, '..')}/`;
const builds = `${root}src/cli/.build/`;
const pointer = `${builds}current.json`;
// A change here means a dependency was installed or upgraded: the bundle holds their code too.
const INSTALLED = ['package-lock.json', 'node_modules/.package-lock.json'];
// One bundle per command; `other` (help, --version, a mistyped command) holds none of them.
const COMMANDS = ['list', 'validate', 'play', 'paths', 'serve', 'schema', 'lab', 'icc'];
const bundleOf = (argv) => (COMMANDS.includes(argv[0]) ? argv[0] : 'other');
// How V8 should compile each command's code. V8's optimising compiler (TurboFan, on a thread of its
// own) compiles a function once it has run for a while; a short process pays for that compiling and
// exits before the optimised code repays it. play, schema and help work on one scenario or none and
// go without it (the baseline compilers still run). The others keep it for the work that can run for
// seconds (a large library, a long loop's paths, a lab run) but optimise only what stays hot several
// times longer than Node 20's default, which is as quick on a long run and spares a short one: about
// 15x for list and validate, which are otherwise all start-up, 7x for paths, lab and icc. serve keeps
// V8's defaults. Flag names as V8 11-13 (Node 20-24) spell them; another V8 keeps its defaults.
const V8_FLAGS = /^1[1-3]\./.test(process.versions.v8)
  ? {
      play: '--no-turbofan',
      schema: '--no-turbofan',
      other: '--no-turbofan',
      list: '--interrupt-budget=1000000',
      validate: '--interrupt-budget=1000000',
      paths: '--interrupt-budget=450000',
      lab: '--interrupt-budget=450000',
      icc: '--interrupt-budget=450000',
    }
  : {};

function current() {
  try {
    const { dir, inputs, at } = JSON.parse(readFileSync(pointer, 'utf8'));
    if (!existsSync(`${builds}${dir}/other.cjs`)) return null;
    // A source that is gone is a change; an install record that is missing (no lock file) is not.
    for (const f of inputs)
      if ((statSync(`${root}${f}`, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > at) return null;
    for (const f of INSTALLED) if ((statSync(`${root}${f}`, { throwIfNoEntry: false })?.mtimeMs ?? 0) > at) return null;
    return `${builds}${dir}`;
  } catch {
    return null;
  }
}

// The commands that read the library, and keep what they read between runs (src/cli/parseCache.ts).
const KEEPS_PARSES = ['list', 'validate', 'play', 'paths', 'lab'];

/** The entry of each command's bundle: the shared start with that one command's function. */
const commandEntries = {
  name: 'debrief-command',
  setup(b) {
    b.onResolve({ filter: /^debrief-command:/ }, (args) => ({
      path: args.path.slice(16),
      namespace: 'debrief-command',
    }));
    b.onLoad({ filter: /.*/, namespace: 'debrief-command' }, ({ path: command }) => ({
      contents:
        command === 'other'
          ? "export { start } from './entry';"
          : KEEPS_PARSES.includes(command)
            ? `import './jitless'; import { start as run } from './entry'; import { ${command} } from './commands/${command}';
               import { withKeptParses } from './parseCache';
               export const start = (argv, { parses } = {}) => withKeptParses(parses, () => run(argv, { ${command} }));`
            : `import './jitless'; import { start as run } from './entry'; import { ${command} } from './commands/${command}';
               export const start = (argv) => run(argv, { ${command} });`,
      resolveDir: `${root}src/cli`,
      loader: 'ts',
    }));
  },
};

/** zod's messages in English only: its 50 other locales (360 KB) are never used and would be read at every start. */
const englishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: "export { default as en } from './en.js';",
      loader: 'js',
    }));
  },
};

/**
 * zod's `.describe()` without its copy, for the commands that never write the editor's JSON Schema:
 * a description is help for an author's editor, read only by `debrief schema`, and zod makes each
 * one by building the whole schema node again (about 6 ms of a content command's start for the
 * 211 described fields). Parsing reads no description, so what these commands accept and say is
 * the same. If zod's code no longer reads as expected, it is left as it is.
 */
const undescribed = {
  name: 'zod-undescribed',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const patched = source.replace(
        /describe\(description\) \{\s*const cl = this\.clone\(\);\s*core\.globalRegistry\.add\(cl, \{ description \}\);\s*return cl;\s*\}/,
        'describe() { return this; }',
      );
      return patched === source ? undefined : { contents: patched, loader: 'js' };
    });
  },
};
// The commands built with it: each reads content and none writes a JSON Schema.
const UNDESCRIBED = ['list', 'validate', 'play', 'paths'];

async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  // Each build goes into a folder of its own, and a pointer to it is renamed into place: commands
  // starting at once (parallel tests, two terminals) never load a half-written build.
  const dir = `${Date.now().toString(36)}-${process.pid}`;
  const at = Date.now();
  const options = (commands, plugins) => ({
    absWorkingDir: root,
    // Written here rather than as files: each is the shared entry plus the one command it runs.
    entryPoints: commands.map((command) => ({ in: `debrief-command:${command}`, out: command })),
    outdir: `${builds}${dir}`,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    // CommonJS, because a code cache can be given to a script (vm.Script) but not, on Node 20,
    // to an ES module.
    format: 'cjs',
    target: 'node20',
    // Without comments and spaces, and in ASCII: Node reads the file and V8 keeps it as one byte a
    // character (a single curly quote in a comment makes the whole source two bytes a character).
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    charset: 'ascii',
    define: { 'import.meta.url': '__debriefModuleUrl' },
    banner: { js: "const __debriefModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // Native or optional: loaded from node_modules as installed.
    external: ['better-sqlite3', 'bufferutil', 'utf-8-validate', 'esbuild', 'tsx', 'fsevents'],
    plugins: [commandEntries, englishOnly, ...plugins],
    metafile: true,
    logLevel: 'silent',
  });
  // Two builds, since a plugin applies to every bundle of its build: only `schema` needs the descriptions.
  const results = await Promise.all([
    esbuild.build(options(['other', ...COMMANDS.filter((c) => !UNDESCRIBED.includes(c))], [])),
    esbuild.build(options(UNDESCRIBED, [undescribed])),
  ]);
  // Sources only: the entries written above are no files, and packages are watched through the lock.
  // This file too: a change to how the bundles are built is a change to every bundle.
  const inputs = ['bin/debrief.js', ...new Set(results.flatMap((r) => Object.keys(r.metafile.inputs)))].filter(
    (f) => !f.startsWith('node_modules/') && !f.includes(':'),
  );
  const temp = `${pointer}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ dir, inputs, at }));
  renameSync(temp, pointer);
  // Older builds go, but the one before stays: a command started a moment ago may still be loading it.
  const old = readdirSync(builds)
    .filter((d) => d !== dir && !d.endsWith('.json') && !d.endsWith('.tmp'))
    .sort();
  for (const d of old.slice(0, -1)) rmSync(`${builds}${d}`, { recursive: true, force: true });
  return `${builds}${dir}`;
}

const readBundle = (dir) => {
  try {
    return readFileSync(`${dir}/${bundleOf(process.argv.slice(2))}.cjs`, 'latin1');
  } catch {
    return null;
  }
};

/** Run the bundle with the command's code cache; make or remake the cache when there was none or V8 refused it. */
async function runBundle(dir, source, argv) {
  const command = bundleOf(argv);
  const file = `${dir}/${command}.cjs`;
  const cacheFile = `${dir}/${command}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Before the script is made: V8 checks a code cache against the flags it was made under.
  if (V8_FLAGS[command]) v8.setFlagsFromString(V8_FLAGS[command]);
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const code = await module.exports.start(argv, { parses: `${dir}/${command}.parses` });
  if (!cachedData || script.cachedDataRejected) {
    // Made after the run, so it holds every function the command compiled, not only the top level.
    try {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // A cache that cannot be written only costs the next start its speed.
    }
  }
  return code;
}

async function main() {
  let dir = current();
  if (!dir) {
    mkdirSync(builds, { recursive: true });
    dir = await build().catch(() => null);
  }
  let source = dir && readBundle(dir);
  if (dir && !source) {
    // Another command's newer build removed this one between our look and our read: use the newest.
    dir = current() ?? (await build().catch(() => null));
    source = dir && readBundle(dir);
  }
  if (dir && source) {
    process.exitCode = await runBundle(dir, source, process.argv.slice(2));
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    const { run } = await import(pathToFileURL(`${root}src/cli/main.ts`).href);
    process.exitCode = await run(process.argv.slice(2));
  }
  // A command other than serve, or a serve that could not start, is done now. Left to itself, Node
  // would wait for V8's background compile and collection work before exiting, 30-80 ms after a
  // validate on two cores; the output is flushed first, so nothing is cut short.
  if (process.argv[2] !== 'serve' || process.exitCode) {
    // Written straight to the descriptors, so all is out already, unless a stream was built (the
    // tsx fallback, a progress line): then its queue is flushed first, so nothing is cut short.
    const built = ['stdout', 'stderr'].filter((name) => 'value' in Object.getOwnPropertyDescriptor(process, name));
    if (built.length === 0) process.exit();
    else process.stdout.write('', () => process.stderr.write('', () => process.exit()));
  }
}

main();
