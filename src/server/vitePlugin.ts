import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { attachRoomServer } from './attach';
import { lanAddress } from './lan';

/** The phone's page: its own small entry, so a participant never downloads the rest of the app. */
export const JOIN_HTML = 'src/room/join.html';
/** The phone's page: /j (type a code) and /j/CODE (what the QR opens). */
export const JOIN_PATH = /^\/j(\/[A-Za-z0-9-]{0,20})?\/?$/;

/**
 * Rooms under `npm start`: the room server rides on Vite's own HTTP server at /room, /j/CODE
 * serves the phone's page, and the build emits that page beside the app.
 */
export function debriefRoom(): Plugin {
  return {
    name: 'debrief-room',
    config(config) {
      const root = config.root ?? process.cwd();
      return {
        // The room's pages need these; declared so Vite does not discover them mid-session and reload the page.
        optimizeDeps: { include: ['zod/mini', 'papaparse'] },
        build: {
          rolldownOptions: {
            input: { main: resolve(root, 'index.html'), join: resolve(root, JOIN_HTML) },
            // React in a chunk of its own, so the phone's page shares only React with the app and never pulls the app's code along.
            output: {
              codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
            },
          },
        },
      };
    },
    configureServer(server) {
      const http = server.httpServer;
      // Vitest and middleware mode have no HTTP server of their own: no rooms there.
      if (!http) return;
      const room = attachRoomServer(http as import('node:http').Server, {
        publicOrigin: () => {
          const host = server.config.server.host;
          const address = http.address();
          const lan = lanAddress();
          // Phones can only reach the LAN address when Vite listens beyond localhost (npm start -- --host).
          const exposed = host === true || (typeof host === 'string' && host !== 'localhost' && host !== '127.0.0.1');
          return exposed && lan && address && typeof address === 'object' ? `http://${lan}:${address.port}` : undefined;
        },
      });
      http.on('close', () => room.close());
      server.middlewares.use((req, _res, next) => {
        if (req.url && JOIN_PATH.test(req.url.split('?')[0]!)) req.url = `/${JOIN_HTML}`;
        next();
      });
    },
  };
}
