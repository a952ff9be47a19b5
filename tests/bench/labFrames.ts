import { join } from 'node:path';
import { build } from 'vite';
import { serveDir } from './serveBuilt';
import type { Page } from 'playwright-core';
import { launch } from '../e2e/browser';

// The lab screen's smoothness during a long run: the gaps between the page's animation frames while
// the worker draws 1,000,000 committees and the result renders, beside the same page's gaps idle for
// as long, right after (the anchor: on a shared machine other work stretches both alike). Main-thread
// long tasks are counted too: they are the part of a gap the page itself causes.

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.cache/debrief-lab-frames');
const WAIT = 300_000;

// Strings, not functions: tsx would wrap a function in helpers the page does not have.
const RECORDER = `
  window.__gaps = [];
  window.__long = [];
  let last = 0;
  const tick = (t) => { if (last) window.__gaps.push([t, t - last]); last = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });`;
const now = (page: Page) => page.evaluate('performance.now()') as Promise<number>;
const since = (page: Page, list: '__gaps' | '__long', from: number, to: number) =>
  page.evaluate(`window.${list}.filter(([t]) => t >= ${from} && t <= ${to}).map(([, ms]) => ms)`) as Promise<number[]>;

const gapFigures = (gaps: number[]) => {
  const sorted = [...gaps].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    maxMs: Math.round(sorted.at(-1) ?? 0),
    p95Ms: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
  };
};

/** One question run at `n` committees on the built lab screen: its frame gaps, long tasks, and the idle anchor. */
async function measure(page: Page, url: string, question: string, n: number) {
  await page.goto(`${url}#/lab/a06-latency-veto?q=${question}&n=100`, { timeout: WAIT });
  await page.locator('.lab-result').waitFor({ timeout: WAIT });
  await page.getByLabel('N (committees)').fill(String(n));
  const start = await now(page);
  await page.getByRole('button', { name: 'Run' }).click();
  await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: WAIT });
  await page.locator('.lab-result').waitFor({ timeout: WAIT });
  // The result's charts render as a transition: give them the frames they take.
  await page.waitForTimeout(1000);
  const end = await now(page);
  const run = await since(page, '__gaps', start, end);
  const long = await since(page, '__long', start, end);
  await page.waitForTimeout(end - start);
  const idle = await since(page, '__gaps', end, await now(page));
  const during = gapFigures(run);
  const anchor = gapFigures(idle);
  return {
    seconds: Number(((end - start) / 1000).toFixed(1)),
    duringRun: during,
    idleAnchor: anchor,
    maxRatioToIdle: anchor.maxMs ? Number((during.maxMs / anchor.maxMs).toFixed(2)) : null,
    mainThreadLongTasks: {
      count: long.length,
      maxMs: Math.round(Math.max(0, ...long)),
      totalMs: Math.round(long.reduce((a, b) => a + b, 0)),
    },
  };
}

/** The built app, served as `vite preview` serves it, measured for each question in turn. */
export async function labFrameGaps(questions: string[], n: number) {
  await build({ root: ROOT, configLoader: 'runner', logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  const { server, url } = await serveDir(ROOT, OUT);
  const browser = await launch();
  try {
    const out: Record<string, Awaited<ReturnType<typeof measure>>> = {};
    for (const q of questions) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.addInitScript({ content: RECORDER });
      out[q] = await measure(page, url, q, n);
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
