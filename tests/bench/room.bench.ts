// `npm run bench` (room part): a loopback load run of one room beside its anchor, paired A B A B.
// A (the anchor): BENCH_ROOM_PARTICIPANTS phones (default 1,000) vote once through a bare `ws`
// broadcast server (tests/bench/bareBroadcast.ts). B (the room): the same phones join a real room
// server and vote on every step of a scenario, with one server restart in the middle of a step
// (sockets dropped, store closed, a new server on the same port and SQLite file). Prints votes sent
// and counted (they must be equal), p50/p95 from a vote leaving a phone to the projector counting
// it, each B's p95 as a ratio to the A measured just before it, the restart's figures, and how long
// a fresh server takes to listen and to replay the room's whole event log. A benchmark: it asserts nothing.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { attachRoomServer } from '../../src/server/attach';
import { LISTEN_BACKLOG } from '../../src/server/limits';
import type { ServerMessage } from '../../src/room/protocol';
import { startBareBroadcast } from './bareBroadcast';
import { Client, percentile, phoneAddress, wait } from './roomLoad';

const N = Number(process.env.BENCH_ROOM_PARTICIPANTS ?? 1000);
const PAIRS = Number(process.env.BENCH_ROOM_PAIRS ?? 2);
const SCENARIO = process.env.BENCH_ROOM_SCENARIO ?? 'a06-latency-veto';
const ms = (x: number) => Math.round(x);

/** Votes one step from every phone and records, for each, the time until the projector counted it. */
async function voteStep(
  phones: Client[],
  projector: Client,
  step: { id: string; options: Array<{ id: string }> },
  latencies: number[],
  midway?: () => Promise<void>,
) {
  // Each vote's send time, in order; the k-th vote counted is taken to be the k-th sent (one process, FIFO sockets).
  const sendTimes: number[] = [];
  let seen = 0;
  projector.onView = (v) => {
    const now = performance.now();
    if (v.step && v.step.id !== step.id) return;
    for (; seen < Math.min(v.votesIn, sendTimes.length); seen++) latencies.push(now - sendTimes[seen]!);
  };
  let seq = 0;
  for (const [i, p] of phones.entries()) {
    // Two thirds for the first answer, so the path is the same whatever the order; the rest spread.
    const choice = step.options[i % 3 === 2 ? i % step.options.length : 0]!.id;
    const id = ++seq;
    p.pending.set(id, { step: step.id, choice, sent: performance.now() });
    sendTimes.push(performance.now());
    p.send({ t: 'vote', id, step: step.id, choice });
    if (midway && i === Math.floor(phones.length / 2)) await midway();
    if (i % 100 === 99) await new Promise((r) => setImmediate(r));
  }
  await wait(
    () => phones.every((p) => p.pending.size === 0),
    () =>
      `every vote to be acknowledged (${phones.filter((p) => p.pending.size).length} phones waiting, ${phones.filter((p) => p.ws.readyState !== 1).length} not connected)`,
  );
  await wait(() => projector.view?.votesIn === phones.length, 'the projector to count every vote');
  projector.onView = undefined;
}

/** A: the same phones, one vote each, through the bare broadcast server. */
async function anchorRun() {
  let server = await startBareBroadcast();
  const port = server.port;
  const url = () => `ws://127.0.0.1:${port}/room`;
  const projector = new Client(url, () => ({ t: 'watch' }));
  const phones = Array.from({ length: N }, (_, i) => new Client(url, () => ({ t: 'join' }), phoneAddress(i)));
  await wait(() => phones.every((p) => p.pid), 'every anchor phone to connect');
  const latencies: number[] = [];
  await voteStep(phones, projector, { id: 'x', options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }, latencies);
  // The same restart as the room's: every socket dropped, a new server on the same port, phones back.
  for (const p of phones) (p.droppedAt = 0), (p.backAt = 0);
  const restartedAt = performance.now();
  await server.stop();
  server = await startBareBroadcast(port);
  await wait(() => phones.every((p) => p.backAt > 0), 'every anchor phone to reconnect');
  const everyPhoneBackMs = ms(Math.max(...phones.map((p) => p.backAt)) - restartedAt);
  for (const c of [projector, ...phones]) c.stop();
  await server.stop();
  return {
    p50: ms(percentile(latencies, 50)),
    p95: ms(percentile(latencies, 95)),
    votes: latencies.length,
    everyPhoneBackMs,
  };
}

/** B: the room server, a whole session with a restart mid-step, then a cold replay of its log. */
async function roomRun() {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-room-bench-'));
  let http: Server;
  let room: ReturnType<typeof attachRoomServer>;
  let port = 0;
  const startServer = async () => {
    const t = performance.now();
    http = createServer((_req, res) => res.writeHead(404).end());
    room = attachRoomServer(http, { dir });
    room.open();
    await new Promise<void>((ok) => http.listen({ port, host: '127.0.0.1', backlog: LISTEN_BACKLOG }, () => ok()));
    port = (http.address() as { port: number }).port;
    return performance.now() - t;
  };
  const stopServer = async () => {
    room.close();
    http.closeAllConnections();
    await new Promise<void>((ok) => http.close(() => ok()));
  };
  const url = () => `ws://127.0.0.1:${port}/room`;
  await startServer();
  const creator = new Client(url, () => ({ t: 'create', scenario: SCENARIO, mode: 'path' }));
  const created = (await creator.until((m) => m.t === 'created' || m.t === 'error', 'the room')) as Extract<
    ServerMessage,
    { t: 'created' }
  >;
  if (created.t !== 'created') throw new Error(`bench: could not open a room: ${JSON.stringify(created)}`);
  creator.stop();
  const { code, secret } = created;
  const fac = new Client(url, () => ({ t: 'facilitate', code, secret }));
  const projector = new Client(url, () => ({ t: 'watch', code }));
  const phones: Client[] = [];
  // Join in batches, as a room fills over a minute, not in one instant.
  for (let i = 0; i < N; i++) {
    phones.push(
      new Client(
        url,
        () =>
          phones[i]!.token
            ? { t: 'join', code, pid: phones[i]!.pid, token: phones[i]!.token }
            : { t: 'join', code, name: `P${i}` },
        phoneAddress(i),
      ),
    );
    if (i % 50 === 49) await wait(() => phones.every((p) => p.token), 'joins');
  }
  await wait(() => phones.every((p) => p.token) && (projector.view?.participants ?? 0) === N, 'every phone to join');

  let sent = 0;
  let counted = 0;
  let steps = 0;
  const latencies: number[] = [];
  const restartLatencies: number[] = [];
  const restart = { listenMs: 0, everyPhoneBackMs: 0, phonesBackMsP50P90: [0, 0], everyVoteAckedMs: 0 };
  fac.send({ t: 'control', action: 'start' });
  for (;;) {
    await wait(() => projector.view?.status === 'voting' && fac.view?.status === 'voting', 'the next question');
    const step = projector.view!.step!;
    steps++;
    let restartedAt = 0;
    await voteStep(
      phones,
      projector,
      step,
      steps === 2 ? restartLatencies : latencies,
      steps === 2
        ? async () => {
            // The restart, mid-step: half the room has voted, some votes are still in flight.
            restartedAt = performance.now();
            for (const p of phones) (p.droppedAt = 0), (p.backAt = 0);
            await stopServer();
            restart.listenMs = ms(await startServer());
          }
        : undefined,
    );
    if (restartedAt) {
      restart.everyVoteAckedMs = ms(performance.now() - restartedAt);
      restart.everyPhoneBackMs = ms(Math.max(...phones.map((p) => p.backAt)) - restartedAt);
      const back = phones.map((p) => p.backAt - restartedAt);
      restart.phonesBackMsP50P90 = [ms(percentile(back, 50)), ms(percentile(back, 90))];
    }
    sent += N;
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
  for (const c of [fac, projector, ...phones]) c.stop();
  await stopServer();

  // A cold start on the same file: listening, then the room's whole log replayed for its first client.
  const db = new Database(join(dir, 'rooms.sqlite'), { readonly: true });
  const events = (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  db.close();
  const coldListenMs = ms(await startServer());
  const t = performance.now();
  const again = new Client(url, () => ({ t: 'facilitate', code, secret }));
  await again.until((m) => m.t === 'state', 'the replayed room');
  const replayMs = ms(performance.now() - t);
  again.stop();
  await stopServer();
  rmSync(dir, { recursive: true, force: true });
  return {
    steps,
    votesSent: sent,
    votesCounted: counted,
    equal: sent === counted,
    p50: ms(percentile(latencies, 50)),
    p95: ms(percentile(latencies, 95)),
    max: ms(Math.max(...latencies)),
    // On the restart step a vote may wait for the server to come back and the phone to reconnect.
    restartStep: { p50: ms(percentile(restartLatencies, 50)), p95: ms(percentile(restartLatencies, 95)) },
    restart,
    cold: { events, listenMs: coldListenMs, replayToFirstViewMs: replayMs },
  };
}

const pairs: Array<{ anchor: Awaited<ReturnType<typeof anchorRun>>; room: Awaited<ReturnType<typeof roomRun>> }> = [];
for (let i = 0; i < PAIRS; i++) {
  console.error(`room bench: pair ${i + 1} of ${PAIRS}: the anchor`);
  const anchor = await anchorRun();
  console.error(`room bench: pair ${i + 1} of ${PAIRS}: the room`);
  pairs.push({ anchor, room: await roomRun() });
}
const ratio = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 100) / 100;
const ratios = pairs.map((p) => ratio(p.room.p95, p.anchor.p95));
const backRatios = pairs.map((p) => ratio(p.room.restart.everyPhoneBackMs, p.anchor.everyPhoneBackMs));
console.log(
  JSON.stringify(
    {
      bench: 'room',
      scenario: SCENARIO,
      participants: N,
      goal: { p95Ms: 100, p95RatioToAnchor: 2, restartListenMs: 1000, phonesBackMs: 2000 },
      pairs,
      p95RatioToAnchor: ratios,
      phonesBackRatioToAnchor: backRatios,
    },
    null,
    2,
  ),
);
