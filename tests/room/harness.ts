import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../../src/content/library';
import { RoomHub, type HubOptions } from '../../src/server/hub';
import { openSqliteStore, type RoomStore } from '../../src/server/store';
import type { ServerMessage } from '../../src/room/protocol';
import type { ResolvedScenario } from '../../machines/content/resolve';

/** The golden fixture: recorded path ends in No hire, the best path (p1-push at the last prompt) in Hire. */
export const GOLDEN: ResolvedScenario = loadLibrary([join(import.meta.dirname, '../fixtures/golden.yaml')])
  .scenarios[0]!;
export const BEST = ['s1-strong', 't1-strong', 'probe-strong', 't2-decisive', 'p1-push'];

const lastOf = <T>(list: T[], pred: (x: T) => boolean): T | undefined => {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i]!)) return list[i];
  return undefined;
};

/** A client talking to a hub the way a socket would: raw text in, every reply kept. */
class FakeClient {
  readonly inbox: ServerMessage[] = [];
  private readonly handle;
  constructor(hub: RoomHub, ip = '10.0.0.1') {
    this.handle = hub.connect({
      send: (text) => this.inbox.push(JSON.parse(text) as ServerMessage),
      close: () => {},
      ip,
      origin: 'http://room.test',
    });
  }
  send(msg: object | string) {
    this.handle.receive(typeof msg === 'string' ? msg : JSON.stringify(msg));
  }
  close() {
    this.handle.close();
  }
  /** The latest message of a kind, waiting for it to arrive (the hub answers some messages after an await). */
  async next<T extends ServerMessage['t']>(t: T, after = 0, timeout = 5000): Promise<Extract<ServerMessage, { t: T }>> {
    const start = Date.now();
    for (;;) {
      const found = lastOf(this.inbox.slice(after), (m) => m.t === t);
      if (found) return found as Extract<ServerMessage, { t: T }>;
      if (Date.now() - start > timeout)
        throw new Error(`no "${t}" message arrived; got ${JSON.stringify(this.inbox.slice(after))}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  /** Wait until the latest room view satisfies a condition. */
  async view(pred: (v: Extract<ServerMessage, { t: 'state' }>['room']) => boolean, timeout = 5000) {
    const start = Date.now();
    for (;;) {
      const v = (lastOf(this.inbox, (m) => m.t === 'state') as Extract<ServerMessage, { t: 'state' }> | undefined)
        ?.room;
      if (v && pred(v)) return v;
      if (Date.now() - start > timeout)
        throw new Error(`the room never reached the expected view; last: ${JSON.stringify(v)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

/** A hub over a SQLite store in a fresh temp folder; `restart()` drops it and rebuilds from the same file. */
export function hubHarness(limits: HubOptions['limits'] = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-room-'));
  const make = (store: RoomStore) =>
    new RoomHub({ store, loadScenario: (id) => (id === 'golden' ? GOLDEN : null), flushMs: 0, limits });
  let store = openSqliteStore(dir);
  let hub = make(store);
  return {
    dir,
    get hub() {
      return hub;
    },
    get store() {
      return store;
    },
    client: (ip?: string) => new FakeClient(hub, ip),
    restart() {
      hub.close();
      store.close();
      store = openSqliteStore(dir);
      hub = make(store);
    },
    dispose() {
      hub.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Open a room on the golden scenario; returns its code and the facilitator's client. */
export async function openRoom(h: ReturnType<typeof hubHarness>, mode: 'path' | 'committee' = 'path') {
  const fac = h.client('10.0.0.99');
  fac.send({ t: 'create', scenario: 'golden', mode });
  const { code, secret } = await fac.next('created');
  fac.send({ t: 'facilitate', code, secret });
  await fac.view((v) => v.status === 'lobby');
  return { code, secret, fac };
}

/** A participant who has joined the room. */
export async function participant(
  h: ReturnType<typeof hubHarness>,
  code: string,
  name: string,
  ip = `10.1.0.${Math.floor(Math.random() * 250)}`,
) {
  const p = h.client(ip);
  p.send({ t: 'join', code, name });
  const welcome = await p.next('welcome');
  return { p, pid: welcome.pid!, token: welcome.token! };
}
