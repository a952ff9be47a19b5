import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveBuiltApp, testBrowser } from './browser';
import { TIMEOUTS } from '../helpers/timeouts';
import { keepsShots, screenshot } from './shots';

export const WAIT = { timeout: TIMEOUTS.wait };
const DOCS = join(import.meta.dirname, '../../docs/screenshots');

/** Starts a room server for a rig: its address, and how to stop it. */
type StartServer = (name: string) => Promise<{ url: string; stop: () => Promise<void> }>;

/**
 * A room server and one Chromium for a workshop test: the built app and its rooms as `debrief serve`
 * serves them (tests/e2e/browser.ts) unless `server` starts another, or the server at DEBRIEF_E2E_URL
 * (as the README's screenshots are taken). Every page gets its own browser context, as every phone in
 * a room is its own device.
 */
export function workshopRig(name: string, server: StartServer = serveBuiltApp) {
  const rig = {} as { browser: Browser; url: string };
  let stop: (() => Promise<void>) | null = null;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (process.env.DEBRIEF_E2E_URL) rig.url = process.env.DEBRIEF_E2E_URL.replace(/\/?$/, '/');
    else ({ url: rig.url, stop } = await server(name));
    rig.browser = await testBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await rig.browser?.close();
    await stop?.();
  });

  const context = async (options: Parameters<Browser['newContext']>[0]) => {
    const c = await rig.browser.newContext(options);
    contexts.push(c);
    return c;
  };

  /** The facilitator opens a room from the presenter view, then the projector window; returns the code. */
  async function openRoom(scenario: string, button: RegExp) {
    const fac = await (await context({ viewport: { width: 1366, height: 768 } })).newPage();
    await fac.goto(`${rig.url}#/play/${scenario}/present`);
    await fac.getByRole('button', { name: button }).waitFor({ state: 'attached', ...WAIT });
    // The presenter's controls sleep below the slide until the mouse moves, as a video player's do.
    await fac.mouse.move(300, 300);
    await fac.mouse.move(320, 320);
    await fac.getByRole('button', { name: button }).click();
    await fac.locator('.facilitator-top .eyebrow').waitFor(WAIT);
    const code = /Room ([A-Z0-9]{4}-[A-Z0-9]{4})/
      .exec((await fac.locator('.facilitator-top .eyebrow').textContent())!)![1]!
      .replace('-', '');
    const [projector] = await Promise.all([
      fac.context().waitForEvent('page'),
      fac.getByRole('button', { name: 'Open projector window' }).click(),
    ]);
    await projector!.setViewportSize({ width: 1366, height: 768 });
    await projector!.locator('.projector-code').first().waitFor(WAIT);
    return { fac, projector: projector!, code };
  }

  /** A phone (its own context, 390 px wide) that has joined the room by its link. */
  async function phone(code: string, name: string) {
    const page = await (
      await context({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    ).newPage();
    await page.goto(`${rig.url}j/${code}`);
    await page.getByLabel('Your name (optional)').fill(name);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText('You are in').waitFor(WAIT);
    return page;
  }

  /** A screenshot to tests/e2e/screenshots when the run keeps them; the README's (`docs`) also to docs/screenshots with DEBRIEF_DOCS_SHOTS=1. */
  async function shot(
    page: Page,
    file: string,
    { docs = false, ...options }: { fullPage?: boolean; docs?: boolean } = {},
  ) {
    if (!keepsShots) return;
    // A full-page shot of a scrolled phone draws its sticky status bar mid-page: shoot from the top.
    if (options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, file, options);
    if (docs && process.env.DEBRIEF_DOCS_SHOTS === '1') {
      mkdirSync(DOCS, { recursive: true });
      await page.screenshot({ path: join(DOCS, file), ...options });
    }
  }

  return { rig, openRoom, phone, shot };
}
