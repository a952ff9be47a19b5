import { existsSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { loadLibrary, REPO_SCENARIOS } from '../content/library';
import { RoomHub, type HubOptions } from './hub';
import { openSqliteStore, roomDir, type RoomStore } from './store';

/** The WebSocket path the room listens on, beside the app. */
const ROOM_PATH = '/room';

export interface RoomServerOptions {
  /** Folder for rooms.sqlite; DEBRIEF_ROOM_DIR or .debrief/ when unset. */
  dir?: string;
  store?: RoomStore;
  /** Scenario folders to open rooms on (the repository's scenarios/ by default). */
  scenarios?: string[];
  publicOrigin?: HubOptions['publicOrigin'];
  /** Called when a room is opened (serve prints its join link). */
  onRoomOpened?: HubOptions['onRoomOpened'];
  /** Close upgrades to any other path (serve has no other WebSocket; Vite keeps its own). */
  refuseOtherUpgrades?: boolean;
}

/** A request's path, or null when its target is not a URL at all. */
function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://x').pathname;
  } catch {
    return null;
  }
}

/**
 * Scenarios by id, each read from disk once. A scenario lives in <id>.yaml by convention, so a
 * room's scenario is loaded alone (with its packs) and the whole library only when that misses:
 * a restarted server has the room back in well under a second, not after parsing every scenario.
 */
function scenarioLoader(folders: string[] = [REPO_SCENARIOS]) {
  const byId = new Map<string, ResolvedScenario | null>();
  let all: Map<string, ResolvedScenario> | null = null;
  const alone = (id: string) => {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return null;
    for (const folder of folders)
      for (const ext of ['yaml', 'yml', 'json']) {
        const file = join(folder, `${id}.${ext}`);
        if (!existsSync(file)) continue;
        const found = loadLibrary([file]).scenarios.find((s) => s.scenario.id === id);
        if (found) return found;
      }
    return null;
  };
  return (id: string) => {
    if (!byId.has(id)) {
      let found = alone(id);
      if (!found) {
        all ??= new Map(loadLibrary(folders).scenarios.map((s) => [s.scenario.id, s]));
        found = all.get(id) ?? null;
      }
      byId.set(id, found);
    }
    return byId.get(id) ?? null;
  };
}

/**
 * Serve rooms on an existing HTTP server (Vite's in development, `debrief serve`'s in
 * production): WebSocket upgrades on /room go to the hub; every other upgrade (Vite's own
 * hot-reload socket) is left alone.
 */
export function attachRoomServer(http: Server, options: RoomServerOptions = {}) {
  // Opened on the first room connection, so a dev server nobody runs a room on never touches the disk.
  let opened: { hub: RoomHub; store: RoomStore } | null = null;
  const open = () => {
    if (opened) return opened;
    const store = options.store ?? openSqliteStore(roomDir(options.dir));
    opened = {
      store,
      hub: new RoomHub({
        store,
        loadScenario: scenarioLoader(options.scenarios),
        publicOrigin: options.publicOrigin,
        onRoomOpened: options.onRoomOpened,
      }),
    };
    return opened;
  };
  // A hard ceiling well above the hub's own limit, so an oversized message gets a readable error from the hub first.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Nothing a client sends may throw out of here: an unguarded throw in an 'upgrade' listener stops the server.
    try {
      if (pathOf(req.url) !== ROOM_PATH) {
        if (options.refuseOtherUpgrades) socket.destroy();
        return;
      }
      socket.on('error', () => socket.destroy());
      wss.handleUpgrade(req, socket, head, (ws) => {
        const proto = String(req.headers['x-forwarded-proto'] ?? 'http')
          .split(',')[0]!
          .trim();
        const client = open().hub.connect({
          send: (text) => ws.readyState === ws.OPEN && ws.send(text),
          close: () => ws.close(),
          ip: req.socket.remoteAddress ?? 'unknown',
          origin: `${proto === 'https' ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`,
        });
        ws.on('message', (data, isBinary) => client.receive(isBinary ? '\u0000binary' : data.toString()));
        ws.on('close', client.close);
        ws.on('error', () => ws.terminate());
      });
    } catch (err) {
      console.error(`room server: an upgrade request failed: ${err instanceof Error ? err.message : String(err)}`);
      socket.destroy();
    }
  };
  http.on('upgrade', onUpgrade);
  return {
    /** Open the store now (so a bad data folder is reported at start, not at the first phone). */
    open,
    close() {
      http.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      opened?.hub.close();
      opened?.store.close();
      opened = null;
    },
  };
}
