// The phones, projector and facilitator of the room bench: real WebSocket clients on loopback, each
// phone from its own 127.0.0.x address (Linux routes all of 127/8 to the loopback), as phones on a
// venue's Wi-Fi are, so the per-address limits see what they would see there.
import WebSocket from 'ws';
import type { RoomView, ServerMessage } from '../../src/room/protocol';

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

export const wait = (pred: () => boolean, what: string | (() => string), ms = 120_000) =>
  new Promise<void>((ok, fail) => {
    const start = Date.now();
    const tick = () =>
      pred()
        ? ok()
        : Date.now() - start > ms
          ? fail(new Error(`bench: timed out waiting for ${typeof what === 'function' ? what() : what}`))
          : setTimeout(tick, 2);
    tick();
  });

/** A phone, projector or facilitator: reconnects by itself and says hello again, as the page does. */
export class Client {
  ws!: WebSocket;
  view: RoomView | null = null;
  pid?: string;
  token?: string;
  /** When the socket last closed and when it was welcomed back, for the reconnection figure. */
  droppedAt = 0;
  backAt = 0;
  pending = new Map<number, { step: string; choice: string; sent: number }>();
  private waiters: Array<(m: ServerMessage) => boolean> = [];
  onView?: (v: RoomView) => void;
  private stopped = false;
  constructor(
    private readonly url: () => string,
    private readonly hello: () => object,
    private readonly localAddress = '127.0.0.1',
  ) {
    this.connect();
  }
  connect() {
    // No handshake timeout here, unlike the page: these clients share one process (and its CPU) with the
    // server, so on a busy machine a timeout would abort handshakes that are merely slow, again and again.
    const ws = new WebSocket(this.url(), { localAddress: this.localAddress });
    this.ws = ws;
    ws.on('open', () => ws.send(JSON.stringify(this.hello())));
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as ServerMessage;
      if (m.t === 'welcome') {
        if (m.token) {
          this.pid = m.pid;
          this.token = m.token;
        }
        if (this.droppedAt && !this.backAt) this.backAt = performance.now();
        for (const [id, v] of this.pending) ws.send(JSON.stringify({ t: 'vote', id, step: v.step, choice: v.choice }));
      }
      if (m.t === 'ack') this.pending.delete(m.id);
      if (m.t === 'state') {
        this.view = m.room;
        this.onView?.(m.room);
      }
      this.waiters = this.waiters.filter((w) => !w(m));
    });
    ws.on('error', () => {});
    ws.on('close', () => {
      if (this.stopped) return;
      this.droppedAt ||= performance.now();
      // The page's back-off: about a second at most, spread.
      setTimeout(() => this.connect(), 150 + Math.random() * 150);
    });
  }
  send(msg: object) {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(msg));
  }
  until(pred: (m: ServerMessage) => boolean, what: string, ms = 60_000) {
    return new Promise<ServerMessage>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`bench: timed out waiting for ${what}`)), ms);
      this.waiters.push((m) => (pred(m) ? (clearTimeout(timer), ok(m), true) : false));
    });
  }
  stop() {
    this.stopped = true;
    this.ws.close();
  }
}

/** Phone i's address: 250 phones share none; past that, four to an address, as behind a small NAT. */
export const phoneAddress = (i: number) => `127.0.${1 + (Math.floor(i / 250) % 4)}.${2 + (i % 250)}`;
