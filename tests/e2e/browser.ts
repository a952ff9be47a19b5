import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve } from '../../src/cli/commands/serve';
import { TIMEOUTS } from '../helpers/timeouts';
import { CHROMIUM, LAUNCH } from './chromium';

export { CHROMIUM };

/** Whether browser tests can run; under CI a missing browser is a failure, not a skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium`);
  return false;
}

/**
 * Debian's Chromium, or a connection to one already running at `endpoint`. Every page it opens waits
 * by the suite's policy; closing a connection closes its own contexts and leaves that Chromium running.
 */
export async function launch(endpoint = ''): Promise<Browser> {
  const browser = endpoint ? await chromium.connect(endpoint) : await chromium.launch(LAUNCH);
  // Playwright's own default is 30 s per wait or action; browser.newPage goes through newContext too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(TIMEOUTS.wait);
    context.setDefaultNavigationTimeout(TIMEOUTS.wait);
    return context;
  };
  return browser;
}

/** A browser file's browser: the Chromium the e2e project started once (globalSetup), else one of its own. */
export const testBrowser = (): Promise<Browser> => launch(inject('chromiumEndpoint'));

/**
 * The app built once for the e2e project (tests/e2e/globalSetup.ts, mode e2e: the library has the
 * markup probe of tests/fixtures/browser too) and its rooms, served on a free loopback port exactly
 * as `debrief serve --dist` serves them, with rooms kept in a temporary folder. Resolves once listening.
 */
export async function serveBuiltApp(name: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const data = mkdtempSync(join(tmpdir(), `debrief-${name}-e2e-`));
  const quiet = { out: () => {}, err: () => {} };
  const server = await serve(quiet, { dist: inject('e2eDist'), host: '127.0.0.1', port: '0', data });
  return {
    url: `${server.origin}/`,
    stop: async () => {
      await server.stop();
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/**
 * The built app's server and one Chromium for a describe block, started before its tests and closed
 * after. Read `browser` and `url` inside tests (they are set once beforeAll has run).
 */
export function sharedBrowser() {
  const state = {} as { browser: Browser; url: string; stop: () => Promise<void> };
  beforeAll(async () => {
    Object.assign(state, await serveBuiltApp('browser'));
    state.browser = await testBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.stop?.();
  });
  return state as { readonly browser: Browser; readonly url: string };
}

/**
 * Open `url` as a fresh page load (the address changed, then a reload), as a player following a link
 * from another screen. Playwright's goto to another fragment of the same page resolves on the next
 * same-document change, and that can be the screen being left writing its own address (a step's
 * address is written once the page is idle after the paint): the fragment navigation is then still in
 * flight, and a reload at once cancels it and reloads the old address. So the reload waits for the
 * address to say `url`.
 */
export async function openAfresh(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForURL((address) => address.href === url);
  await page.reload();
}

/**
 * From the library at `url`: open the latency veto as the candidate, give one answer, and come back
 * to the library, which then lists that session under Continue. The scenario opens once saves are
 * read from IndexedDB, so the key waits for the prompt (a key pressed before it is lost).
 */
export async function answerOnceAndReturn(page: Page, url: string): Promise<void> {
  await page.getByRole('link', { name: 'Play as the candidate: The latency veto' }).click();
  await page.locator('#prompt-heading').waitFor();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.goto(url);
}
