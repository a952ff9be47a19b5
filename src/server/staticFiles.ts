import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { JOIN_HTML, JOIN_PATH } from './vitePlugin';

/**
 * Serve the built app from `dist` through sirv (a maintained static server: path decoding,
 * traversal, ranges and ETags are its tested business, not ours): files as they are, /j and
 * /j/CODE as the phone's page, anything else as the app. Only GET and HEAD; any request the
 * handler cannot make sense of is answered 400, never a thrown error that stops the server.
 */
export function staticFiles(dist: string) {
  const files = sirv(dist, {
    single: true,
    etag: true,
    // Hashed assets never change; the pages must be fetched fresh so a rebuild is picked up.
    setHeaders(res, pathname) {
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader(
        'cache-control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return guarded((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (JOIN_PATH.test(path)) req.url = `/${JOIN_HTML}`;
    files(req, res, () => void res.writeHead(404).end());
  });
}

/** A request handler that answers 400 when it throws, instead of taking the server down with it. */
function guarded(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    try {
      handler(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      else res.destroy();
    }
  };
}
