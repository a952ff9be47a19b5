import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { TIMEOUTS } from '../helpers/timeouts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether browser tests can run; under CI a missing browser is a failure, not a skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium`);
  return false;
}

/** Debian's Chromium, headless, with the flags this sandbox needs; every page it opens waits by the suite's policy. */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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

/** The app's dev server on a free loopback port, exactly as `npm start` serves it. */
async function serve(): Promise<{ server: ViteDevServer; url: string }> {
  // Mode e2e adds tests/fixtures/browser (the markup probe) to the library.
  const server = await createServer({ mode: 'e2e', server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  const address = server.httpServer!.address();
  const port = typeof address === 'object' && address ? address.port : 5173;
  return { server, url: `http://127.0.0.1:${port}/` };
}

/**
 * One dev server and one Chromium for a describe block, started before its tests and closed after.
 * Read `browser` and `url` inside tests (they are set once beforeAll has run).
 */
export function sharedBrowser(shots?: string) {
  const state = {} as { browser: Browser; server: ViteDevServer; url: string };
  beforeAll(async () => {
    if (shots) mkdirSync(shots, { recursive: true });
    const { server, url } = await serve();
    Object.assign(state, { server, url, browser: await launch() });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state as { readonly browser: Browser; readonly url: string };
}
