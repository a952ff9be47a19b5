// `npm run bench` (room part): a loopback load run of one room. BENCH_ROOM_PARTICIPANTS simulated
// phones (default 200; the goal is 1,000) vote on every step of a scenario through real WebSockets,
// with one server restart in the middle of a step (sockets dropped, store closed, a new server on
// the same port and SQLite file). Prints votes sent, votes counted (they must be equal) and the time
// from a vote leaving a phone to the projector showing it counted. A benchmark: it asserts nothing.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { attachRoomServer } from '../../src/server/attach';
import type { RoomView, ServerMessage } from '../../src/room/protocol';

const N = Number(process.env.BENCH_ROOM_PARTICIPANTS ?? 200);
const SCENARIO = process.env.BENCH_ROOM_SCENARIO ?? 'a06-latency-veto';
const dir = mkdtempSync(join(tmpdir(), 'debrief-room-bench-'));

let http: Server;
let room: ReturnType<typeof attachRoomServer>;
let port = 0;
async function startServer() {
  http = createServer((_req, res) => res.writeHead(404).end());
  room = attachRoomServer(http, { dir });
  room.open();
  await new Promise<void>((ok) => http.listen(port, '127.0.0.1', () => ok()));
  port = (http.address() as { port: number }).port;
}
async function stopServer() {
  room.close();
  http.closeAllConnections();
  await new Promise<void>((ok) => http.close(() => ok()));
}

/** A phone, projector or facilitator: reconnects by itself and says hello again, as the page does. */
class Client {
  ws!: WebSocket;
  view: RoomView | null = null;
  pid?: string;
  token?: string;
  pending = new Map<number, { step: string; choice: string; sent: number }>();
  private waiters: Array<(m: ServerMessage) => boolean> = [];
  onView?: (v: RoomView) => void;
  constructor(private hello: () => object) {
    this.connect();
  }
  connect() {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/room`);
    this.ws = ws;
    ws.on('open', () => ws.send(JSON.stringify(this.hello())));
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as ServerMessage;
      if (m.t === 'welcome') {
        if (m.token) (this.pid = m.pid), (this.token = m.token);
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
    ws.on('close', () => setTimeout(() => this.connect(), 50 + Math.random() * 250));
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
    this.ws.removeAllListeners('close');
    this.ws.close();
  }
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const wait = (pred: () => boolean, what: string, ms = 60_000) =>
  new Promise<void>((ok, fail) => {
    const start = Date.now();
    const tick = () =>
      pred()
        ? ok()
        : Date.now() - start > ms
          ? fail(new Error(`bench: timed out waiting for ${what}`))
          : setTimeout(tick, 2);
    tick();
  });

await startServer();
const creator = new Client(() => ({ t: 'create', scenario: SCENARIO, mode: 'path' }));
const created = (await creator.until((m) => m.t === 'created' || m.t === 'error', 'the room')) as Extract<
  ServerMessage,
  { t: 'created' }
>;
if (created.t !== 'created') throw new Error(`bench: could not open a room: ${JSON.stringify(created)}`);
creator.stop();
const { code, secret } = created;
const fac = new Client(() => ({ t: 'facilitate', code, secret }));
const projector = new Client(() => ({ t: 'watch', code }));
const phones: Client[] = [];
// Join in batches, as a room fills over a minute, not in one instant.
for (let i = 0; i < N; i++) {
  phones.push(
    new Client(() =>
      phones[i]!.token
        ? { t: 'join', code, pid: phones[i]!.pid, token: phones[i]!.token }
        : { t: 'join', code, name: `P${i}` },
    ),
  );
  if (i % 50 === 49) await wait(() => phones.every((p) => p.token), 'joins');
}
await wait(() => phones.every((p) => p.token) && (projector.view?.participants ?? 0) === N, 'every phone to join');

let sent = 0;
let counted = 0;
let steps = 0;
let restarted = false;
const latencies: number[] = [];
const restartLatencies: number[] = [];
let seq = 0;
fac.send({ t: 'control', action: 'start' });
for (;;) {
  await wait(() => projector.view?.status === 'voting' && fac.view?.status === 'voting', 'the next question');
  const step = projector.view!.step!;
  steps++;
  // Each vote's send time, in order; the k-th vote counted is taken to be the k-th sent (one process, FIFO sockets).
  const sendTimes: number[] = [];
  let seen = 0;
  projector.onView = (v) => {
    const now = performance.now();
    if (v.step?.id !== step.id) return;
    for (; seen < Math.min(v.votesIn, sendTimes.length); seen++)
      (steps === 2 ? restartLatencies : latencies).push(now - sendTimes[seen]!);
  };
  for (const [i, p] of phones.entries()) {
    // Two thirds for the first answer, so the path is the same whatever the order; the rest spread.
    const choice = step.options[i % 3 === 2 ? i % step.options.length : 0]!.id;
    const id = ++seq;
    p.pending.set(id, { step: step.id, choice, sent: performance.now() });
    sendTimes.push(performance.now());
    p.send({ t: 'vote', id, step: step.id, choice });
    sent++;
    if (!restarted && steps === 2 && i === Math.floor(N / 2)) {
      // The restart, mid-step: half the room has voted, some votes are still in flight.
      restarted = true;
      await stopServer();
      await startServer();
    }
    if (i % 100 === 99) await new Promise((r) => setImmediate(r));
  }
  await wait(() => phones.every((p) => p.pending.size === 0), 'every vote to be acknowledged', 120_000);
  await wait(() => projector.view?.votesIn === N, 'the projector to count every vote', 120_000);
  counted += projector.view!.votesIn;
  fac.send({ t: 'control', action: 'reveal' });
  await wait(() => fac.view?.status === 'revealed', 'the reveal');
  const problem = fac.view!.facilitator!.nextProblem;
  if (problem?.includes('tied')) fac.send({ t: 'control', action: 'tiebreak', choice: fac.view!.reveal!.tied[0] });
  if (problem?.includes('last step')) break;
  const before = fac.view!.position;
  fac.send({ t: 'control', action: 'next' });
  await wait(() => (fac.view?.position ?? 0) > before, 'the next step');
}
const report = {
  bench: 'room',
  scenario: SCENARIO,
  participants: N,
  steps,
  restarts: 1,
  votesSent: sent,
  votesCounted: counted,
  equal: sent === counted,
  voteToProjectorMs: {
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    max: Math.round(Math.max(...latencies)),
    goalP95: 200,
  },
  // On the restart step a vote may wait for the server to come back and the phone to reconnect.
  restartStepMs: {
    p50: Math.round(percentile(restartLatencies, 50)),
    p95: Math.round(percentile(restartLatencies, 95)),
    max: Math.round(Math.max(...restartLatencies)),
  },
};
console.log(JSON.stringify(report, null, 2));
for (const c of [fac, projector, ...phones]) c.stop();
await stopServer();
rmSync(dir, { recursive: true, force: true });
