import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import QRCode from 'qrcode';
import type { Io } from '../io';
import { StartError, UsageError } from '../args';
import { attachRoomServer } from '../../server/attach';
import { staticFiles } from '../../server/staticFiles';
import { lanAddresses } from '../../server/lan';
import { roomDir } from '../../server/store';
import { LISTEN_BACKLOG } from '../../server/limits';

export interface ServeOptions {
  port?: string;
  host?: string;
  dist?: string;
  data?: string;
  /** The address phones use (http(s)://host[:port]), put in every QR: for a laptop whose first interface phones cannot reach. */
  publicUrl?: string;
}

/** --public-url as an origin, or a usage error that says what was expected. */
function publicOriginOf(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`serve: --public-url: expected an address such as http://192.168.1.20:5173, found "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`serve: --public-url: expected an http:// or https:// address, found "${raw}"`);
  return url.origin;
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
  const fixedOrigin = options.publicUrl === undefined ? null : publicOriginOf(options.publicUrl);
  const http = createServer(staticFiles(dist));
  const lans = lanAddresses();
  const lan = lans[0]?.address ?? null;
  let origin = '';
  const qr = (url: string) => QRCode.toString(url, { type: 'terminal', small: true });
  const room = attachRoomServer(http, {
    dir: options.data,
    publicOrigin: () => origin,
    refuseOtherUpgrades: true,
    onRoomOpened: ({ code, joinUrl }) =>
      void qr(joinUrl).then((art) => {
        io.out(`Room ${code} is open: phones join at ${joinUrl}`);
        io.out(art);
      }),
  });
  room.open();
  try {
    // A deep accept queue: after a restart every phone in the room reconnects at once, and connections the
    // queue cannot hold are dropped into TCP's own back-off (1, 3, 7, 15 s…), which is how a restart once took a minute.
    await new Promise<void>((ok, fail) =>
      http.once('error', fail).listen({ port, host, backlog: LISTEN_BACKLOG }, () => ok()),
    );
  } catch (err) {
    // Nothing may keep the process alive after a failed start: the room store is closed again.
    room.close();
    throw new StartError(`debrief serve: cannot listen on ${host}:${port}: ${listenProblem(err, port)}`);
  }
  const address = http.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? (lan ?? 'localhost') : host;
  origin = fixedOrigin ?? `http://${shownHost}:${actual}`;
  const here = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  io.out(`Debrief is serving ${dist} and its rooms (data in ${roomDir(options.data)}).`);
  io.out(`Facilitator: open http://${here}:${actual}/ on this laptop, choose a scenario, Present, then "Open a room".`);
  io.out(`Participants: open ${origin}/j and type the room's code (the projector shows it, with a QR code):`);
  io.out(await qr(`${origin}/j`));
  if (!fixedOrigin && lans.length > 1 && (host === '0.0.0.0' || host === '::'))
    io.out(
      `This laptop has several network addresses; the QR codes use ${lan}. If phones cannot reach it, restart with --public-url and one of:\n${lans.map((l) => `  http://${l.address}:${actual}  (${l.name})`).join('\n')}`,
    );
  if (!lan && !fixedOrigin)
    io.out('No local network found: phones cannot reach this laptop until it joins the venue Wi-Fi.');
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
