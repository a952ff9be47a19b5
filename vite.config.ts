import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { debriefContent } from './src/library/contentPlugin';
import { debriefRoom } from './src/server/vitePlugin';
import { prerenderLibrary } from './src/library/prerenderPlugin';
import { TIMEOUTS } from './tests/helpers/timeouts';

// The e2e suite serves the app in mode "e2e" with extra fixture scenarios (an XSS probe among them).
const contentFolders = (mode: string) => (mode === 'e2e' ? ['scenarios', 'tests/fixtures/browser'] : ['scenarios']);

export default defineConfig(({ mode }) => ({
  plugins: [react(), debriefContent(contentFolders(mode)), debriefRoom(), prerenderLibrary(contentFolders(mode))],
  server: { port: 5173 },
  // elkjs is loaded only on the coach screen; pre-bundled, its first load does not make the dev server reload the page.
  optimizeDeps: { include: ['elkjs/lib/elk.bundled.js'] },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['node_modules/**'],
    // No test may lean on a default that a busy machine misses (expect.poll's is 1 s): the suite must
    // pass with both cores loaded. The policy and its reasons are in tests/helpers/timeouts.ts.
    testTimeout: TIMEOUTS.test,
    hookTimeout: TIMEOUTS.test,
    expect: { poll: { timeout: TIMEOUTS.wait, interval: 100 } },
  },
}));
