import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
      const body = await (await fetch(`${server.origin}/%2e%2e/%2e%2e/etc/passwd`)).text();
      expect(body).not.toContain('root:');
      expect(out.join('\n')).toContain(`${server.origin}/j/<code>`);
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
    } finally {
      await server.stop();
    }
  });

  it('says what to do when the app has not been built', async () => {
    await expect(serve({ out: () => {}, err: () => {} }, { dist: join(temp(), 'nothing'), port: '0' })).rejects.toThrow(
      /run "npm run build" first/,
    );
  });
});
