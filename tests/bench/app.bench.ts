// `npm run bench` (second half): builds the app and a bare React page, serves both the same way,
// and measures them in headless Chromium. Prints figures as JSON; asserts nothing.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import { serveDir } from './serveBuilt';
import react from '@vitejs/plugin-react';
import { CHROMIUM, launch } from '../e2e/browser';
import { keyPressBesideBare, whatIfMs } from './keyPress';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { createPlay } from '../../machines/play/driver';

const ROOT = join(import.meta.dirname, '../..');
const runs = Number(process.env.BENCH_PAGE_RUNS ?? 7);
// BENCH_ONLY=keys measures the candidate's key press alone (still built and served as below, still
// beside the bare page in the same run), to iterate on it without the rest of the page figures.
const keysOnly = process.env.BENCH_ONLY === 'keys';
// A busy machine is slow, not broken: every wait on the page gets two minutes, not playwright's 30 s.
const WAIT = 120_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The JavaScript the browser actually fetches for a screen, as it fetches it: every script response
 * (the entry, its preloads, and each chunk the page imports while it settles), gzip bytes of each.
 * A fresh page has no saves, as a first visit has none.
 */
async function requestedJs(url: string, ready: string): Promise<{ gzipBytes: number; files: string[] }> {
  const browser = await launch();
  const page = await browser.newPage();
  const bodies: Array<Promise<[string, number]>> = [];
  let lastRequest = Date.now();
  page.on('request', () => {
    lastRequest = Date.now();
  });
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && !/\.m?js(\?|$)/.test(response.url())) return;
    bodies.push(response.body().then((body) => [new URL(response.url()).pathname, gzipSync(body).length]));
  });
  await page.goto(url, { waitUntil: 'networkidle', timeout: WAIT });
  await page.locator(ready).first().waitFor({ timeout: WAIT });
  // Chunks imported once the cards show (after storage opens, say) still belong to the first screen:
  // the page is done when nothing has been requested for two seconds.
  while (Date.now() - lastRequest < 2000) await page.waitForTimeout(250);
  const fetched = await Promise.all(bodies);
  await browser.close();
  return {
    gzipBytes: fetched.reduce((sum, [, bytes]) => sum + bytes, 0),
    files: fetched.map(([path, bytes]) => `${path} ${(bytes / 1000).toFixed(1)} KB`),
  };
}

async function firstContentfulPaint(url: string, ready: string): Promise<number> {
  const browser = await launch();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.goto(url, { timeout: WAIT });
    await page.locator(ready).first().waitFor({ timeout: WAIT });
    times.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await page.close();
  }
  await browser.close();
  return median(times);
}

/** When the first element matching `selector` reached the screen: the frame after it entered the DOM. */
async function paintedOnce(
  browser: Awaited<ReturnType<typeof launch>>,
  url: string,
  selector: string,
): Promise<number> {
  const page = await browser.newPage();
  // A string, not a function: tsx would wrap a function in helpers the page does not have.
  await page.addInitScript(`(() => {
    const seen = () => {
      if (!document.querySelector(${JSON.stringify(selector)})) return false;
      requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }));
      return true;
    };
    const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true });
  })()`);
  await page.goto(url, { timeout: WAIT });
  await page.waitForFunction('window.__painted !== undefined', undefined, { timeout: WAIT });
  const t = (await page.evaluate('window.__painted')) as number;
  await page.close();
  return t;
}

/** Two pages' first paints, taken in turn (so drift in the machine's load hits both alike), medians of the runs. */
async function paintedSideBySide(a: [string, string], b: [string, string], times: number): Promise<[number, number]> {
  const browser = await launch();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < times; i++) {
    ta.push(await paintedOnce(browser, ...a));
    tb.push(await paintedOnce(browser, ...b));
  }
  await browser.close();
  return [median(ta), median(tb)];
}

if (!existsSync(CHROMIUM)) {
  console.log(JSON.stringify({ app: `skipped: no Chromium at ${CHROMIUM}` }));
  process.exit(0);
}

const appOut = join(ROOT, 'dist');
const bareRoot = join(ROOT, 'tests/bench/bare');
const bareOut = join(ROOT, 'node_modules/.cache/debrief-bare');
await build({ root: ROOT, configLoader: 'runner', logLevel: 'error' });
await build({
  root: bareRoot,
  configFile: false,
  plugins: [react()],
  build: { outDir: bareOut, emptyOutDir: true },
  logLevel: 'error',
});

// The bare page the key press is held to: a06's prompts as option 1 meets them, swapped by React alone.
const a06 = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'a06-latency-veto')!;
const prompts: Array<{ id: string; text: string; options: string[] }> = [];
const play = createPlay(a06);
for (let at = play.now(); at.kind === 'prompt'; at = play.now()) {
  prompts.push({ id: at.prompt.id, text: at.prompt.text, options: at.prompt.options.map((o) => o.text) });
  play.send({ type: 'candidate.answer', option: at.options[0]! });
}
const barePromptsRoot = join(ROOT, 'tests/bench/bare-prompts');
const barePromptsOut = join(ROOT, 'node_modules/.cache/debrief-bare-prompts');
await build({
  root: barePromptsRoot,
  configFile: false,
  plugins: [react()],
  define: { __PROMPTS__: JSON.stringify(prompts) },
  build: { outDir: barePromptsOut, emptyOutDir: true },
  logLevel: 'error',
});

const app = await serveDir(ROOT, appOut);
const barePrompts = await serveDir(barePromptsRoot, barePromptsOut);
if (keysOnly) {
  const browser = await launch();
  const keyPress = await keyPressBesideBare(
    browser,
    `${app.url}#/play/a06-latency-veto/candidate`,
    barePrompts.url,
    Number(process.env.BENCH_PRESS_ROUNDS ?? 5),
  );
  await browser.close();
  await app.server.close();
  await barePrompts.server.close();
  console.log(JSON.stringify({ app: { keyPressToNextPrompt: keyPress } }, null, 2));
  process.exit(0);
}
const bare = await serveDir(bareRoot, bareOut);
const libraryJs = await requestedJs(`${app.url}#/`, '.card');
const appFcp = await firstContentfulPaint(`${app.url}#/`, '.card');
const bareFcp = await firstContentfulPaint(bare.url, 'h1');
// The paint figures swing by a third from run to run on this machine: many interleaved runs.
const [appFirstCard, bareHeading] = await paintedSideBySide(
  [`${app.url}#/`, '.card'],
  [bare.url, 'h1'],
  Number(process.env.BENCH_PAINT_RUNS ?? 41),
);

// The candidate's key press beside a bare React page swapping the same prompts, and a coach's
// what-if, measured in the page (tests/bench/keyPress.ts).
const browser = await launch();
const keyPress = await keyPressBesideBare(
  browser,
  `${app.url}#/play/a06-latency-veto/candidate`,
  barePrompts.url,
  Number(process.env.BENCH_PRESS_ROUNDS ?? 5),
);
const whatIf = await whatIfMs(browser, `${app.url}#/play/d08-engineers-vote/coach`, 'V2', 10);
await browser.close();

/**
 * Lighthouse's performance score for the library screen, run against the same Chromium. Lighthouse
 * is not installed with the project (it brought 185 packages to every install for this one figure):
 * npx fetches version 12 on first use and keeps it in its cache. `BENCH_LIGHTHOUSE=0` skips it.
 */
// Asynchronous on purpose: the preview server answering Lighthouse lives in this same process.
async function lighthouseScore(url: string): Promise<number | string> {
  if (process.env.BENCH_LIGHTHOUSE === '0') return 'skipped (BENCH_LIGHTHOUSE=0)';
  const out = join(tmpdir(), `debrief-lighthouse-${process.pid}.json`);
  try {
    await promisify(execFile)(
      'npx',
      [
        '--yes',
        'lighthouse@12',
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 300_000 },
    );
    return Math.round(JSON.parse(readFileSync(out, 'utf8')).categories.performance.score * 100);
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    const how = 'it runs through "npx --yes lighthouse@12", which needs the network once (or: npm i -g lighthouse@12)';
    console.error(`bench: Lighthouse not measured: ${why}; ${how}`);
    return `not measured: ${how}`;
  }
}
const lighthouse = await lighthouseScore(app.url);
await app.server.close();
await bare.server.close();
await barePrompts.server.close();

const files = readdirSync(join(appOut, 'assets')).filter((f) => f.endsWith('.js'));
console.log(
  JSON.stringify(
    {
      app: {
        // What the browser fetched for the library screen, from its network events, not index.html's tags.
        libraryJsRequestedGzipBytes: libraryJs.gzipBytes,
        libraryJsRequested: libraryJs.files,
        budgetGzipBytes: 100 * 1000,
        chunks: files.length,
        libraryFirstContentfulPaintMs: Math.round(appFcp),
        bareReactFirstContentfulPaintMs: Math.round(bareFcp),
        fcpRatioToBare: Number((appFcp / bareFcp).toFixed(2)),
        firstCardPaintedMs: Math.round(appFirstCard),
        bareReactHeadingPaintedMs: Math.round(bareHeading),
        firstCardRatioToBareHeading: Number((appFirstCard / bareHeading).toFixed(2)),
        firstCardBudgetRatio: 1.15,
        keyPressToNextPrompt: keyPress,
        whatIfToResult: { ...whatIf, goalMs: 16.7 },
        lighthousePerformance: lighthouse,
        lighthouseBudget: 95,
      },
    },
    null,
    2,
  ),
);
