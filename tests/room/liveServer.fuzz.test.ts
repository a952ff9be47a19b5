// The room server as an attacker meets it: fast-check sends random requests (methods, paths with
// broken percent-escapes, headers, raw bytes) and random WebSocket frames to a live `debrief serve`
// on 127.0.0.1, and after every case the server must still answer and the room must be unchanged.
// A couple of hundred cases here; DEBRIEF_FUZZ_RUNS=N (npm run fuzz:room) for a longer run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { serve } from '../../src/cli/commands/serve';
import type { ServerMessage } from '../../src/room/protocol';

const RUNS = Number(process.env.DEBRIEF_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.DEBRIEF_FUZZ_SEED ?? 20261204);
/** Every wait is bounded: a case that gets no answer in this long moves on (the next check asks if the server lives). */
const CASE_MS = 3000;

const temp = mkdtempSync(join(tmpdir(), 'debrief-fuzz-'));
let server: Awaited<ReturnType<typeof serve>>;
let port: number;
let fac: WebSocket;
const inbox: ServerMessage[] = [];
let code = '';
let before = '';

function open(hello: object) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/room`);
  ws.on('message', (d) => inbox.push(JSON.parse(String(d)) as ServerMessage));
  ws.on('open', () => ws.send(JSON.stringify(hello)));
  return ws;
}
async function next<T extends ServerMessage['t']>(t: T, after: number) {
  const start = Date.now();
  for (;;) {
    const m = inbox.slice(after).find((x) => x.t === t);
    if (m) return m as Extract<ServerMessage, { t: T }>;
    if (Date.now() - start > 20_000)
      throw new Error(`no ${t} from the server; got ${JSON.stringify(inbox.slice(after))}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
/** The room's record and event log as the server stored them. */
function storedNow() {
  const db = new Database(join(temp, 'data', 'rooms.sqlite'), { readonly: true });
  try {
    const room = db.prepare('SELECT code, scenario, mode, secret_hash FROM rooms WHERE code = ?').get(code);
    const events = db.prepare('SELECT seq, body FROM events WHERE code = ? ORDER BY seq').all(code);
    return JSON.stringify({ room, events });
  } finally {
    db.close();
  }
}
let storedBefore = '';

/** The room as its facilitator exports it. */
async function roomNow() {
  const at = inbox.length;
  fac.send(JSON.stringify({ t: 'export' }));
  return JSON.stringify((await next('export', at)).report);
}

/** Write raw bytes to the server and wait (bounded) for it to answer or hang up. */
function raw(bytes: Buffer) {
  return new Promise<void>((done) => {
    const s = connect(port, '127.0.0.1');
    const end = () => {
      clearTimeout(timer);
      s.destroy();
      done();
    };
    const timer = setTimeout(end, CASE_MS);
    s.on('error', end);
    s.on('close', end);
    s.on('data', () => {});
    s.on('connect', () => s.end(bytes));
  });
}

const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}$/);
const pathPart = fc.oneof(
  fc.constantFrom('/', '/j', '/j/', '/room', '/assets/x.js', '/index.html', '/..', '/%2e%2e/%2e%2e/etc/passwd'),
  fc.string({ maxLength: 40 }).map((s) => `/${s}`),
  fc
    .array(fc.constantFrom('%', '%E0', '%A4', '%A', '%ZZ', '%00', '%C0%AF', '/', 'j', '..', '?', '#', 'é'), {
      maxLength: 12,
    })
    .map((xs) => `/${xs.join('')}`),
);
const header = fc.tuple(
  fc.oneof(token, fc.constantFrom('Host', 'Range', 'If-None-Match', 'Accept-Encoding', 'Upgrade', 'Connection')),
  fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('bytes=99999999-', 'bytes=-5', 'websocket', 'Upgrade', 'gzip, br'),
  ),
);
const request = fc
  .record({
    method: fc.oneof(fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'CONNECT', 'TRACE'), token),
    path: pathPart,
    headers: fc.array(header, { maxLength: 6 }),
    body: fc.uint8Array({ maxLength: 64 }),
    version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/9', ''),
  })
  .map(({ method, path, headers, body, version }) =>
    Buffer.concat([
      Buffer.from(
        `${method} ${path} ${version}\r\nHost: 127.0.0.1\r\n${headers.map(([k, v]) => `${k}: ${v.replace(/[\r\n]/g, ' ')}`).join('\r\n')}\r\n\r\n`,
        'latin1',
      ),
      Buffer.from(body),
    ]),
  );
/** A WebSocket upgrade followed by bytes that may or may not be frames. */
const badFrames = fc
  .uint8Array({ minLength: 1, maxLength: 200 })
  .map((bytes) =>
    Buffer.concat([
      Buffer.from(
        'GET /room HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      ),
      Buffer.from(bytes),
    ]),
  );
const anyJson = fc.jsonValue({ maxDepth: 3 });
const message = fc.oneof(
  fc.string({ maxLength: 300 }),
  anyJson.map((v) => JSON.stringify(v)),
  fc
    .record({
      t: fc.constantFrom('join', 'peek', 'watch', 'facilitate', 'vote', 'control', 'export', 'create', 'nope'),
      code: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('')),
      secret: fc.string({ maxLength: 40 }),
      pid: fc.string({ maxLength: 30 }),
      token: fc.string({ maxLength: 30 }),
      action: fc.constantFrom('start', 'next', 'reveal', 'close', 'remove', 'rekey', 'x'),
      id: fc.oneof(fc.integer(), fc.double()),
      step: fc.string({ maxLength: 10 }),
      choice: fc.string({ maxLength: 10 }),
      scenario: fc.string({ maxLength: 10 }),
    })
    .map((m) => JSON.stringify(m)),
  fc.constant('x'.repeat(70_000)),
);
const frames = fc.record({ messages: fc.array(message, { maxLength: 6 }), binary: fc.boolean() });

async function sendFrames({ messages, binary }: { messages: string[]; binary: boolean }) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/room`);
  ws.on('error', () => {});
  await new Promise<void>((done) => {
    const timer = setTimeout(done, CASE_MS);
    ws.on('close', () => (clearTimeout(timer), done()));
    ws.on('open', () => {
      for (const m of messages) ws.send(binary ? Buffer.from(m) : m);
      // A round trip to be sure the server read them, then hang up.
      ws.ping();
      ws.once('pong', () => ws.close());
    });
  });
  ws.terminate();
}

async function stillServing() {
  const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(10_000) });
  expect(res.status).toBe(200);
  expect(storedNow()).toBe(storedBefore);
}

describe('the live room server under hostile traffic', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    const dist = join(temp, 'dist');
    mkdirSync(join(dist, 'src/room'), { recursive: true });
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<title>app</title>');
    writeFileSync(join(dist, 'assets/x.js'), 'export {}');
    writeFileSync(join(dist, 'src/room/join.html'), '<title>phone</title>');
    server = await serve(
      { out: () => {}, err: () => {} },
      { port: '0', host: '127.0.0.1', dist, data: join(temp, 'data') },
    );
    port = Number(new URL(server.origin).port);
    const creator = open({ t: 'create', scenario: 'c03-who-sets-vision', mode: 'path' });
    const created = await next('created', 0);
    creator.close();
    code = created.code;
    fac = open({ t: 'facilitate', code, secret: created.secret });
    await next('state', 0);
    const phone = open({ t: 'join', code, name: 'Ann' });
    await next('welcome', 0);
    fac.send(JSON.stringify({ t: 'control', action: 'start' }));
    await new Promise((r) => setTimeout(r, 200));
    phone.close();
    before = await roomNow();
    storedBefore = storedNow();
  }, 120_000);
  afterAll(async () => {
    fac?.close();
    await server?.stop();
    rmSync(temp, { recursive: true, force: true });
  });

  it('answers a malformed percent-escape with 400 or a page, never by stopping', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/j/%E0%A4%A', '/assets/%ZZ.js']) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      expect([200, 400, 404]).toContain(res.status);
    }
    expect((await fetch(`http://127.0.0.1:${port}/`, { method: 'POST' })).status).toBe(405);
    await stillServing();
    expect(await roomNow()).toBe(before);
  });

  it(`keeps answering, with the room unchanged, through ${RUNS} random requests and WebSocket sessions`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(request, badFrames), frames, async (bytes, ws) => {
        await raw(bytes);
        await sendFrames(ws);
        await stillServing();
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The facilitator's own window, open throughout, sees the same room.
    expect(await roomNow()).toBe(before);
  });
});

describe('debrief serve in its own process', { timeout: 180_000 }, () => {
  // In-process above, a handler's throw would only be an unhandled error for vitest; here it would end the process, as it ends `debrief serve`.
  it('is still running and answering after a malformed percent-escape', async () => {
    const own = mkdtempSync(join(tmpdir(), 'debrief-serve-process-'));
    const dist = join(own, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<title>app</title>');
    const bin = join(import.meta.dirname, '../../bin/debrief.js');
    const child = spawn(
      'node',
      [bin, 'serve', '--port', '0', '--host', '127.0.0.1', '--dist', dist, '--data', join(own, 'data')],
      { cwd: join(import.meta.dirname, '../..') },
    );
    try {
      let printed = '';
      const origin = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          printed += String(d);
          const at = /http:\/\/127\.0\.0\.1:\d+/.exec(printed);
          if (at) resolve(at[0]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited (${code}) after printing: ${printed}`)));
      });
      const bad = await fetch(`${origin}/%E0%A4%A`).then(
        (r) => r.status,
        () => 'no answer',
      );
      expect([200, 400, 404]).toContain(bad);
      expect((await fetch(`${origin}/`)).status).toBe(200);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill();
      rmSync(own, { recursive: true, force: true });
    }
  });
});
