import { preview } from 'vite';

/** A built app in `outDir`, served on a free loopback port as `vite preview` serves it. */
export async function serveDir(root: string, outDir: string) {
  const server = await preview({
    root,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
    configFile: false,
  });
  const address = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/` };
}
