import type { IncomingMessage, Server } from 'node:http';
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
}

/** Scenarios by id, read from disk once on first use. */
function scenarioLoader(folders: string[] = [REPO_SCENARIOS]) {
  let byId: Map<string, ResolvedScenario> | null = null;
  return (id: string) => {
    byId ??= new Map(loadLibrary(folders).scenarios.map((s) => [s.scenario.id, s]));
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
      hub: new RoomHub({ store, loadScenario: scenarioLoader(options.scenarios), publicOrigin: options.publicOrigin }),
    };
    return opened;
  };
  // A hard ceiling well above the hub's own limit, so an oversized message gets a readable error from the hub first.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== ROOM_PATH) return;
    wss.handleUpgrade(req, socket, head, (ws) => {
      const proto = (req.headers['x-forwarded-proto'] as string | undefined) ?? 'http';
      const client = open().hub.connect({
        send: (text) => ws.readyState === ws.OPEN && ws.send(text),
        close: () => ws.close(),
        ip: req.socket.remoteAddress ?? 'unknown',
        origin: `${proto}://${req.headers.host ?? 'localhost'}`,
      });
      ws.on('message', (data, isBinary) => client.receive(isBinary ? '\u0000binary' : data.toString()));
      ws.on('close', client.close);
      ws.on('error', () => ws.terminate());
    });
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
