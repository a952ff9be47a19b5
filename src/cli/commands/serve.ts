import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import QRCode from 'qrcode';
import type { Io } from '../io';
import { StartError, UsageError } from '../args';
import { attachRoomServer } from '../../server/attach';
import { staticFiles } from '../../server/staticFiles';
import { lanAddress } from '../../server/lan';
import { roomDir } from '../../server/store';

export interface ServeOptions {
  port?: string;
  host?: string;
  dist?: string;
  data?: string;
}

/**
 * `debrief serve`: the built app and the room server together on the local network, for a
 * workshop. Prints the address phones use and a QR code of it. Resolves with a stop function once listening.
 */
export async function serve(io: Io, options: ServeOptions = {}) {
  const dist = resolve(options.dist ?? 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new StartError(`debrief serve: ${dist}/index.html not found: run "npm run build" first, or give --dist`);
  const port = options.port === undefined ? 5173 : /^\d{1,5}$/.test(options.port) ? Number(options.port) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`debrief serve: --port: expected a port number (0-65535), found "${options.port}"`);
  const host = options.host ?? '0.0.0.0';
  const http = createServer(staticFiles(dist));
  const lan = lanAddress();
  let origin = '';
  const room = attachRoomServer(http, { dir: options.data, publicOrigin: () => origin });
  room.open();
  try {
    await new Promise<void>((ok, fail) => http.once('error', fail).listen(port, host, () => ok()));
  } catch (err) {
    // Nothing may keep the process alive after a failed start: the room store is closed again.
    room.close();
    throw new StartError(`debrief serve: cannot listen on ${host}:${port}: ${listenProblem(err, port)}`);
  }
  const address = http.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? (lan ?? 'localhost') : host;
  origin = `http://${shownHost}:${actual}`;
  io.out(`Debrief is serving ${dist} and its rooms (data in ${roomDir(options.data)}).`);
  io.out(`Facilitator: open ${origin}/ on this laptop, choose a scenario, Present, then "Open a room".`);
  io.out(`Participants join at ${origin}/j/<code> (the projector shows the code and a QR code):`);
  io.out(await QRCode.toString(`${origin}/`, { type: 'terminal', small: true }));
  if (!lan) io.out('No local network found: phones cannot reach this laptop until it joins the venue Wi-Fi.');
  return {
    origin,
    stop: () =>
      new Promise<void>((done) => {
        room.close();
        http.closeAllConnections();
        http.close(() => done());
      }),
  };
}

const listenProblem = (err: unknown, port: number) => {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE')
    return `the port is in use (another server?): stop it, or give --port ${port + 1} (0 picks a free port)`;
  if (code === 'EACCES') return 'not allowed (ports below 1024 need privileges): give --port 5173 or higher';
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return 'no such address on this machine: give --host 0.0.0.0 or one of its addresses';
  return err instanceof Error ? err.message : String(err);
};
