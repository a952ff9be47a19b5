import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { debriefContent } from './src/library/contentPlugin';
import { debriefRoom } from './src/server/vitePlugin';
import { prerenderLibrary } from './src/library/prerenderPlugin';
import { debriefStatecharts } from './src/coach/statechartPlugin';

// The e2e suite serves the app in mode "e2e" with extra fixture scenarios (an XSS probe among them).
const contentFolders = (mode: string) => (mode === 'e2e' ? ['scenarios', 'tests/fixtures/browser'] : ['scenarios']);

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    debriefContent(contentFolders(mode)),
    debriefRoom(),
    prerenderLibrary(contentFolders(mode)),
    debriefStatecharts(),
  ],
  server: { port: 5173 },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['node_modules/**'],
    // No test may lean on a default that a busy machine misses: the suite must pass with both cores loaded.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
}));
