import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { serve } from '../../src/cli/commands/serve';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'debrief-serve-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('debrief serve', () => {
  it('serves the built app, the phone page at /j/CODE and the room, and prints the join address with a QR code', async () => {
    const dist = temp();
    mkdirSync(join(dist, 'src/room'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<title>app</title>');
    writeFileSync(join(dist, 'src/room/join.html'), '<title>phone</title>');
    const out: string[] = [];
    const server = await serve(
      { out: (l) => out.push(l), err: (l) => out.push(l) },
      { port: '0', host: '127.0.0.1', dist, data: temp() },
    );
    try {
      expect(await (await fetch(`${server.origin}/`)).text()).toBe('<title>app</title>');
      expect(await (await fetch(`${server.origin}/j/ABCD-2345`)).text()).toBe('<title>phone</title>');
      // The code page: /j and /j/ are the phone's page too, not the library.
      expect(await (await fetch(`${server.origin}/j`)).text()).toBe('<title>phone</title>');
      expect(await (await fetch(`${server.origin}/j/`)).text()).toBe('<title>phone</title>');
      // A malformed percent-escape is a bad request, not the end of the server.
      expect((await fetch(`${server.origin}/%E0%A4%A`)).status).toBeLessThan(500);
      expect((await fetch(`${server.origin}/`)).status).toBe(200);
      const body = await (await fetch(`${server.origin}/%2e%2e/%2e%2e/etc/passwd`)).text();
      expect(body).not.toContain('root:');
      expect(out.join('\n')).toContain(`open ${server.origin}/j and type the room's code`);
      expect(out.join('\n')).toMatch(/[▀▄█]/);
      const ws = new WebSocket(`${server.origin.replace('http', 'ws')}/room`);
      const reply = await new Promise<{ t: string; code?: string }>((resolve) => {
        ws.on('open', () =>
          ws.send(JSON.stringify({ t: 'create', scenario: 'c03-who-sets-vision', mode: 'committee' })),
        );
        ws.on('message', (d) => resolve(JSON.parse(String(d))));
      });
      expect(reply).toMatchObject({ t: 'created', code: expect.stringMatching(/^[A-Z2-9]{8}$/) });
      ws.close();
      // Once a room is open the terminal shows its own link and QR.
      await expect
        .poll(() => out.join('\n'), { timeout: 20_000 })
        .toContain(`phones join at ${server.origin}/j/${reply.code}`);
    } finally {
      await server.stop();
    }
  });

  it('keeps the data private (folder 0700, files 0600) and puts --public-url in every QR', async () => {
    const dist = temp();
    writeFileSync(join(dist, 'index.html'), '<title>app</title>');
    const data = join(temp(), 'rooms');
    const out: string[] = [];
    const server = await serve(
      { out: (l) => out.push(l), err: (l) => out.push(l) },
      { port: '0', host: '127.0.0.1', dist, data, publicUrl: 'http://debrief.venue.test:8080/' },
    );
    try {
      expect(server.origin).toBe('http://debrief.venue.test:8080');
      expect(out.join('\n')).toContain('open http://debrief.venue.test:8080/j');
      const port = (out.join('\n').match(/open http:\/\/127\.0\.0\.1:(\d+)\//) ?? [])[1];
      const ws = new WebSocket(`ws://127.0.0.1:${port}/room`);
      const created = await new Promise<{ code: string; secret: string }>((resolve) => {
        ws.on('open', () => ws.send(JSON.stringify({ t: 'create', scenario: 'c03-who-sets-vision', mode: 'path' })));
        ws.once('message', (d) => resolve(JSON.parse(String(d))));
      });
      const view = await new Promise<{ room: { joinUrl: string } }>((resolve) => {
        ws.on('message', (d) => {
          const m = JSON.parse(String(d));
          if (m.t === 'state') resolve(m);
        });
        ws.send(JSON.stringify({ t: 'facilitate', code: created.code, secret: created.secret }));
      });
      expect(view.room.joinUrl).toBe(`http://debrief.venue.test:8080/j/${created.code}`);
      ws.close();
      expect(statSync(data).mode & 0o777).toBe(0o700);
      for (const f of ['rooms.sqlite', 'rooms.sqlite-wal', 'rooms.sqlite-shm'])
        expect((statSync(join(data, f)).mode & 0o777).toString(8)).toBe('600');
    } finally {
      await server.stop();
    }
    await expect(
      serve({ out: () => {}, err: () => {} }, { dist, port: '0', host: '127.0.0.1', data, publicUrl: 'venue' }),
    ).rejects.toThrow(/--public-url: expected an address such as http/);
  });

  it('says what to do when the app has not been built', async () => {
    await expect(serve({ out: () => {}, err: () => {} }, { dist: join(temp(), 'nothing'), port: '0' })).rejects.toThrow(
      /run "npm run build" first/,
    );
  });
});
