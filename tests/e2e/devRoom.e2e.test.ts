import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { browserAvailable, launch } from './browser';
import { freePort, killServer, startDevServer } from './roomServer';

const WAIT = { timeout: 60_000 };

// room.e2e.test.ts runs its rooms under `debrief serve`; this holds that `npm start` (the dev
// server, with the room server attached by its plugin) hosts a room end to end as well.
describe.runIf(browserAvailable())('a room under npm start', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startDevServer>>;
  let url: string;
  const data = mkdtempSync(join(tmpdir(), 'debrief-devroom-e2e-'));

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    server = await startDevServer(port, data);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await killServer(server);
    rmSync(data, { recursive: true, force: true });
  });

  it('a facilitator opens a room, a phone joins by its code and votes, and the projector counts it', async () => {
    const fac = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await fac.goto(`${url}#/play/c03-who-sets-vision/present`);
    await fac.getByRole('button', { name: /phones vote the answers/ }).click();
    await fac.locator('.facilitator-top .eyebrow').waitFor(WAIT);
    const code = /Room ([A-Z0-9]{4}-[A-Z0-9]{4})/
      .exec((await fac.locator('.facilitator-top .eyebrow').textContent())!)![1]!
      .replace('-', '');
    const [projector] = await Promise.all([
      fac.context().waitForEvent('page'),
      fac.getByRole('button', { name: 'Open projector window' }).click(),
    ]);
    await projector!.locator('.projector-code').first().waitFor(WAIT);
    const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })).newPage();
    await phone.goto(`${url}j/${code}`);
    await phone.getByLabel('Your name (optional)').fill('Ann');
    await phone.getByRole('button', { name: 'Join' }).click();
    await phone.getByText('You are in').waitFor(WAIT);
    await fac.getByRole('button', { name: /Start/ }).click();
    await phone.locator('.join-option').first().click();
    await phone.getByText('Vote counted').waitFor(WAIT);
    await expect.poll(() => projector!.locator('.projector-count').textContent(), WAIT).toBe('1 of 1 voted');
  });
});
