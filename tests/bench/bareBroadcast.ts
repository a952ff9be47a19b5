// The room bench's anchor: the least a vote-counting server can do over the same `ws` library. Each
// vote is acknowledged to its sender and the new count goes to every socket in one broadcast per
// 15 ms burst, as the room hub batches; no checking, no state machine, no storage.
import { createServer, type Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { LISTEN_BACKLOG } from '../../src/server/limits';

export async function startBareBroadcast(port = 0): Promise<{ port: number; stop(): Promise<void> }> {
  const http: Server = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ server: http, path: '/room' });
  const votes = new Map<string, string>();
  let flush: ReturnType<typeof setTimeout> | null = null;
  let n = 0;
  wss.on('connection', (ws: WebSocket) => {
    const pid = `p${++n}`;
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { t: string; id?: number; choice?: string };
      if (m.t === 'vote') {
        votes.set(pid, m.choice ?? '');
        ws.send(JSON.stringify({ t: 'ack', id: m.id }));
        flush ??= setTimeout(() => {
          flush = null;
          const text = JSON.stringify({ t: 'state', room: { votesIn: votes.size } });
          for (const c of wss.clients) c.send(text);
        }, 15);
      } else ws.send(JSON.stringify({ t: 'welcome', role: 'participant', pid, token: pid }));
    });
  });
  await new Promise<void>((ok) => http.listen({ port, host: '127.0.0.1', backlog: LISTEN_BACKLOG }, () => ok()));
  return {
    port: (http.address() as { port: number }).port,
    stop: async () => {
      if (flush) clearTimeout(flush);
      for (const c of wss.clients) c.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((ok) => http.close(() => ok()));
    },
  };
}
