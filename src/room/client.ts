import type { ClientMessage, ServerMessage } from './protocol';

/** Turns what arrived into a message, or null when it is not one. */
export type Check = (json: unknown) => ServerMessage | null;

export type Connection = 'connecting' | 'open' | 'offline';

/** The room's WebSocket address on the server that served this page. */
const roomSocketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/room`;

/**
 * A socket to the room that keeps itself connected: when the server goes away (restarted,
 * Wi-Fi dropped) it retries with a growing pause and says hello again, so the server knows who
 * is back. Messages from the server are checked before the page sees them.
 */
export class RoomClient {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly hello: () => ClientMessage | null,
    private readonly onMessage: (msg: ServerMessage) => void,
    private readonly onConnection: (c: Connection) => void,
    private readonly check: Check,
    private readonly url = roomSocketUrl(),
  ) {
    this.open();
  }

  /** Send now if connected; false when offline (the caller keeps it to send again). */
  send(msg: ClientMessage): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(msg));
    return true;
  }

  /** Say hello again (after the page learned its identity or a new code). */
  rehello() {
    const hello = this.hello();
    if (hello) this.send(hello);
  }

  close() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.ws?.close();
  }

  private open() {
    this.onConnection('connecting');
    const ws = new WebSocket(this.url);
    this.ws = ws;
    // A connection still not open after 5 s (a dropped SYN waits in TCP's own back-off for far longer): drop it, try again.
    const stuck = setTimeout(() => ws.readyState === WebSocket.CONNECTING && ws.close(), 5000);
    ws.onopen = () => {
      clearTimeout(stuck);
      this.attempt = 0;
      this.onConnection('open');
      this.rehello();
    };
    ws.onmessage = (e) => {
      let json: unknown;
      try {
        json = JSON.parse(String(e.data));
      } catch {
        return;
      }
      const msg = this.check(json);
      if (msg) this.onMessage(msg);
      else console.error('room: a message from the server was not understood', json);
    };
    ws.onclose = () => {
      clearTimeout(stuck);
      if (this.ws !== ws || this.stopped) return;
      this.onConnection('offline');
      // Capped at about a second: a restarted server has every phone back within two, spread so they do not all land at once.
      const pause = Math.min(1000, 150 * 2 ** this.attempt++) * (0.5 + Math.random() / 2);
      this.timer = setTimeout(() => this.open(), pause);
    };
  }
}
