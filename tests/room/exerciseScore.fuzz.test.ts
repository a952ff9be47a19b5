// The exercise's one new message, fuzzed against a live `debrief serve`: a joined phone sends
// random score sheets (wrong passes and answers, unknown or inherited dimension names, scores off
// the scale, fractions, huge numbers); every sheet is answered (an ack or a refusal naming why),
// the server keeps serving, and only well-formed sheets reach the export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import WebSocket from 'ws';
import { serve } from '../../src/cli/commands/serve';
import type { ServerMessage } from '../../src/room/protocol';

const RUNS = Number(process.env.DEBRIEF_FUZZ_RUNS ?? 120);
const SEED = Number(process.env.DEBRIEF_FUZZ_SEED ?? 24);
const temp = mkdtempSync(join(tmpdir(), 'debrief-exercise-fuzz-'));
let server: Awaited<ReturnType<typeof serve>>;
let port: number;

/** A socket with its inbox and a bounded wait for the next message that matches. */
function client(hello: object) {
  const inbox: ServerMessage[] = [];
  const ws = new WebSocket(`ws://127.0.0.1:${port}/room`);
  ws.on('message', (d) => inbox.push(JSON.parse(String(d)) as ServerMessage));
  ws.on('open', () => ws.send(JSON.stringify(hello)));
  const next = async (pred: (m: ServerMessage) => boolean, after = 0, timeout = 20_000) => {
    const start = Date.now();
    for (;;) {
      const m = inbox.slice(after).find(pred);
      if (m) return m;
      if (Date.now() - start > timeout) throw new Error(`no answer; got ${JSON.stringify(inbox.slice(after))}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return { ws, inbox, next };
}

const DIMENSIONS = ['decision', 'alternatives', 'result', 'trade-off'];
const name = fc.oneof(
  fc.constantFrom(...DIMENSIONS, '__proto__', 'constructor', 'toString', ''),
  fc.string({ maxLength: 12 }),
);
const score = fc.oneof(
  fc.integer({ min: -3, max: 8 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(1e300),
);
const sheet = fc.record({
  pass: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 4 })),
  answer: fc.oneof(fc.constant('on-screen'), fc.string({ minLength: 1, maxLength: 20 })),
  scores: fc.oneof(
    fc.dictionary(name, score, { maxKeys: 6 }),
    fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d, fc.integer({ min: 1, max: 5 })]))),
  ),
  recommendation: fc.constantFrom('yes', 'no', 'strong_yes', 'strong_no', 'maybe', ''),
});

describe('the exercise under random score sheets on a live server', { timeout: 600_000 }, () => {
  let fac: ReturnType<typeof client>;
  let phone: ReturnType<typeof client>;
  let answer = '';

  beforeAll(async () => {
    const dist = join(temp, 'dist');
    mkdirSync(join(dist, 'src/room'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<title>app</title>');
    writeFileSync(join(dist, 'src/room/join.html'), '<title>phone</title>');
    server = await serve(
      { out: () => {}, err: () => {} },
      { port: '0', host: '127.0.0.1', dist, data: join(temp, 'data') },
    );
    port = Number(new URL(server.origin).port);
    const creator = client({ t: 'create', scenario: 'c03-who-sets-vision', mode: 'calibration' });
    const created = (await creator.next((m) => m.t === 'created')) as Extract<ServerMessage, { t: 'created' }>;
    creator.ws.close();
    fac = client({ t: 'facilitate', code: created.code, secret: created.secret });
    await fac.next((m) => m.t === 'state');
    phone = client({ t: 'join', code: created.code, name: 'Ann' });
    await phone.next((m) => m.t === 'welcome');
    fac.ws.send(JSON.stringify({ t: 'control', action: 'start' }));
    const view = (await fac.next((m) => m.t === 'state' && m.room.status === 'scoring')) as Extract<
      ServerMessage,
      { t: 'state' }
    >;
    answer = view.room.exercise!.answer.id;
  }, 120_000);
  afterAll(async () => {
    fac?.ws.close();
    phone?.ws.close();
    await server?.stop();
    rmSync(temp, { recursive: true, force: true });
  });

  it(`answers each of ${RUNS} random sheets with an ack or a reason, and keeps only well-formed ones`, async () => {
    let id = 1;
    await fc.assert(
      fc.asyncProperty(sheet, async (s) => {
        const msg = { t: 'score', id: id++, ...s, answer: s.answer === 'on-screen' ? answer : s.answer };
        for (;;) {
          const at = phone.inbox.length;
          phone.ws.send(JSON.stringify(msg));
          const reply = await phone.next(
            (m) => (m.t === 'ack' && m.id === msg.id) || (m.t === 'error' && (m.id === msg.id || m.id === undefined)),
            at,
          );
          // The per-connection pace is part of the server: wait and send again.
          if (reply.t === 'error' && reply.code === 'rate_limited') {
            await new Promise((r) => setTimeout(r, 300));
            continue;
          }
          const valid =
            msg.pass === 1 &&
            msg.answer === answer &&
            ['yes', 'no', 'strong_yes', 'strong_no'].includes(msg.recommendation) &&
            Object.keys(msg.scores).length === DIMENSIONS.length &&
            DIMENSIONS.every((d) => Object.hasOwn(msg.scores, d) && [1, 2, 3, 4, 5].includes(msg.scores[d]!));
          expect(reply.t).toBe(valid ? 'ack' : 'error');
          if (reply.t === 'error') expect(reply.message.length).toBeGreaterThan(5);
          return;
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const at = fac.inbox.length;
    fac.ws.send(JSON.stringify({ t: 'export' }));
    const report = (await fac.next((m) => m.t === 'export', at)) as Extract<ServerMessage, { t: 'export' }>;
    for (const r of report.report.exercise!.ratings) {
      expect(DIMENSIONS).toContain(r.dimension);
      expect([1, 2, 3, 4, 5]).toContain(r.score);
    }
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  });
});
