import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { debriefContent } from './contentPlugin';

/** Three rows of three at desktop width: more than the first screen shows at any width. */
const FIRST_SCREEN_CARDS = 9;

/**
 * The library screen rendered to HTML at build time and written into index.html, so the first
 * paint already shows the scenario cards instead of waiting for the script. React then renders the
 * same markup over it. Only the build does this; the dev server keeps the plain masthead.
 */
export function prerenderLibrary(folders: string[]): Plugin {
  let root = process.cwd();
  return {
    name: 'debrief-prerender-library',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml(html) {
      // Imported at the top, not here: the config's module runner is closed by the time hooks run.
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        // Only modules loaded for the server render: no scan of the app's pages for the browser's
        // pre-bundled dependencies, which was wasted work in every build and, without the app's own
        // plugins, failed on its virtual modules with a message on a clone's first build.
        optimizeDeps: { noDiscovery: true, include: [] },
        plugins: [react(), debriefContent(folders)],
      });
      try {
        const [{ Library }, { ErrorBoundary }, { bundledLibrary }] = await Promise.all([
          server.ssrLoadModule('/src/app/Library.tsx'),
          server.ssrLoadModule('/src/app/ErrorBoundary.tsx'),
          server.ssrLoadModule('/src/library/loadBundled.ts'),
        ]);
        const markup = renderToString(
          createElement(
            ErrorBoundary,
            { screen: 'library' },
            createElement(Library, { library: bundledLibrary, firstScreen: FIRST_SCREEN_CARDS }),
          ),
        );
        return html.replace(/<div id="root">[\s\S]*?<\/div><\/div>/, `<div id="root">${markup}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}
