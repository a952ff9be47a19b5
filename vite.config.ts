import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { TIMEOUTS } from './tests/helpers/timeouts';
import { tsImport } from 'tsx/esm/api';
import { availableParallelism } from 'node:os';

// The project's own plugins are TypeScript that imports TypeScript without file extensions. Loaded
// through tsx rather than through Vite's config bundler, they load the same under every config
// loader, and `npx vite preview` no longer prints a warning about each such import.
type MakePlugin = (folders?: string[]) => Plugin;
const own = (file: string, name: string) =>
  (tsImport(file, import.meta.url) as Promise<Record<string, MakePlugin>>).then((m) => m[name]!);
async function projectPlugins(folders: string[]): Promise<Plugin[]> {
  const [content, room, prerender, statecharts] = await Promise.all([
    own('./src/library/contentPlugin.ts', 'debriefContent'),
    own('./src/server/vitePlugin.ts', 'debriefRoom'),
    own('./src/library/prerenderPlugin.ts', 'prerenderLibrary'),
    own('./src/coach/statechartPlugin.ts', 'debriefStatecharts'),
  ]);
  return [content(folders), room(), prerender(folders), statecharts()];
}

/**
 * Chromium's explicit compile hint (V8, Chromium 136 on) on the chunks a candidate's key press runs:
 * React's DOM renderer, the engine (XState and the machines) and the candidate screen. V8 otherwise
 * compiles a function the first time it is called, so the first answer and the first round change of
 * a fresh page paid for compiling the engine's and React's update paths inside the key press; with
 * the hint they compile as the chunk loads, on the script-streaming thread. Other browsers read a comment.
 */
function compileHints(): Plugin {
  const runsOnKeyPress =
    /node_modules\/(react-dom|scheduler|xstate|@xstate\/react)\/|\/machines\/(play\/|loopMachine|roundMachine)|\/src\/candidate\//;
  return {
    name: 'debrief-compile-hints',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !Object.keys(chunk.modules).some((id) => runsOnKeyPress.test(id))) continue;
        // The hint counts only as the file's first line.
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  };
}

// The e2e suite serves the app in mode "e2e" with extra fixture scenarios (an XSS probe among them).
const contentFolders = (mode: string) => (mode === 'e2e' ? ['scenarios', 'tests/fixtures/browser'] : ['scenarios']);

export default defineConfig(({ mode }) => ({
  plugins: [react(), projectPlugins(contentFolders(mode)), compileHints()],
  server: { port: 5173 },
  test: {
    // No test may lean on a default that a busy machine misses (expect.poll's is 1 s): the suite must
    // pass with both cores loaded. The policy and its reasons are in tests/helpers/timeouts.ts.
    testTimeout: TIMEOUTS.test,
    hookTimeout: TIMEOUTS.test,
    expect: { poll: { timeout: TIMEOUTS.wait, interval: 100 } },
    // Vitest's default is one worker fewer than the cores: one file at a time on a 2-core machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        // Worker threads start sooner than processes; no unit test changes its process (cwd, exit).
        // The files a worker runs share their modules (isolate: false): each file used to import and
        // build the machines, the content schema and the library again, 52 s of the unit files' 105 s
        // on two cores. No unit test mocks a module, and the one that needs a module fresh imports its
        // own copy (tests/app/saveChecksOnDemand.test.ts).
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['node_modules/**', 'tests/e2e/**'],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        // The app is built once (globalSetup) and each browser file serves that build on a server of
        // its own, with a Chromium of its own, so files run side by side. One dev server shared by files
        // run in parallel was tried first: pages on lazily loaded screens (lab, studio, presenter,
        // import) timed out, most likely Vite re-optimising dependencies that one file discovered while
        // another file's pages were loading. A build has nothing left to transform or optimise. Only the
        // room test runs `npm start` (a dev server of its own), for the rooms under it.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // As the unit files: each browser file imported Playwright and the server's modules afresh
          // (about 2.5 s a file). Every file's browser and server live in its own beforeAll/afterAll.
          isolate: false,
        },
      },
    ],
  },
}));
