// `npm run bench` (the studio): builds the app, opens the largest shipped scenario in the studio in
// headless Chromium, and prints as JSON the JavaScript the studio loads and how long after the last
// keystroke the problems reach the screen. Asserts nothing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { serveDir } from './serveBuilt';
import { CHROMIUM, launch } from '../e2e/browser';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.cache/debrief-studio-bench');
const runs = Number(process.env.BENCH_STUDIO_RUNS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!existsSync(CHROMIUM)) {
  console.log(JSON.stringify({ studio: `skipped: no Chromium at ${CHROMIUM}` }));
  process.exit(0);
}

// The largest shipped scenario, by lines: the one whose check takes longest.
const largest = ['a03-sustainable-pace', 'd03-polished-spec', 'a06-latency-veto']
  .map((id) => ({ id, size: statSync(join(ROOT, 'scenarios', `${id}.yaml`)).size }))
  .sort((a, b) => b.size - a.size)[0]!.id;
const text = readFileSync(join(ROOT, 'scenarios', `${largest}.yaml`), 'utf8');
const firstInterviewer = /interviewer: \S+/.exec(text)![0];

await build({ root: ROOT, configLoader: 'runner', logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
const { server, url } = await serveDir(ROOT, OUT);

const gz = (file: string) => gzipSync(readFileSync(join(OUT, file))).length;
/** The JS files the library screen loads first: the entry and what index.html preloads. */
const libraryFiles = new Set(
  [...readFileSync(join(OUT, 'index.html'), 'utf8').matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  ),
);

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
const loaded = new Set<string>();
// Requests from the page and from its workers alike: the checker is part of what opening the studio costs.
page.context().on('request', (r) => {
  const path = new URL(r.url()).pathname.replace(/^\//, '');
  if (path.endsWith('.js')) loaded.add(path);
});
await page.goto(`${url}#/studio/${largest}`);
await page.locator('.cm-content').waitFor({ timeout: 120_000 });
await page.waitForFunction(`document.querySelector('#studio-problems-head')?.textContent === 'No problems'`, null, {
  timeout: 120_000,
});
const opened = [...loaded].filter((f) => !libraryFiles.has(f));
const studioFiles = opened.filter((f) => !f.includes('.worker'));
const workerFiles = opened.filter((f) => f.includes('.worker'));
// The map's worker (with elkjs) is not loaded until the map is first shown.
const mapFiles = readdirSync(join(OUT, 'assets'))
  .filter((f) => /^map\.worker.*\.js$/.test(f))
  .map((f) => `assets/${f}`);

// The cursor after the first interviewer's id: a letter typed there breaks a reference, a backspace mends it.
await page.locator('.cm-content').click();
await page.keyboard.press('Control+Home');
await page.keyboard.press('Control+f');
await page.locator('.cm-search input[name="search"]').fill(firstInterviewer);
// The panel reads its query on keyup, not on input.
await page.locator('.cm-search input[name="search"]').press('End');
await page.locator('.cm-search input[name="search"]').press('Enter');
await page.locator('.cm-search input[name="search"]').press('Escape');
await page.keyboard.press('ArrowRight');
await page.evaluate(`window.addEventListener('keydown', () => { window.__keyAt = performance.now(); }, true)`);

/** From the key's keydown to the frame after `done()` holds: the problems heading changed, or the typed letter shows. */
async function timeKey(key: string, until: string): Promise<number> {
  await page.evaluate(`window.__shown = new Promise((resolve) => {
    const check = () => ${until};
    const observer = new MutationObserver(() => {
      if (window.__keyAt !== undefined && check()) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - window.__keyAt));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }); window.__keyAt = undefined;`);
  await page.keyboard.press(key);
  return (await page.evaluate('window.__shown')) as number;
}

const heading = `document.querySelector('#studio-problems-head')?.textContent`;
const line = `[...document.querySelectorAll('.cm-activeLine')].map((l) => l.textContent).join('')`;
const toProblem: number[] = [];
const toClear: number[] = [];
const keystroke: number[] = [];
// Paired, in turn: the anchor (the typed letter on screen), a problem shown, the problem cleared.
for (let i = 0; i < runs; i++) {
  keystroke.push(await timeKey('x', `${line}.includes(${JSON.stringify(`${firstInterviewer}x`)})`));
  await page.waitForFunction(`${heading} !== 'No problems'`, null, { timeout: 60_000 });
  toClear.push(await timeKey('Backspace', `${heading} === 'No problems'`));
  toProblem.push(await timeKey('z', `${heading} !== 'No problems' && ${heading} !== 'Checking…'`));
  await page.keyboard.press('Backspace');
  await page.waitForFunction(`${heading} === 'No problems'`, null, { timeout: 60_000 });
}
await browser.close();
await server.close();

const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
const round1 = (x: number) => Number(x.toFixed(1));
console.log(
  JSON.stringify(
    {
      studio: {
        scenario: largest,
        lines: text.split('\n').length,
        keystrokeToProblemShownMs: { median: round1(median(toProblem)), max: round1(Math.max(...toProblem)) },
        keystrokeToProblemClearedMs: { median: round1(median(toClear)), max: round1(Math.max(...toClear)) },
        keystrokeToLetterShownMs: { median: round1(median(keystroke)), max: round1(Math.max(...keystroke)) },
        problemRatioToKeystroke: Number((median(toProblem) / median(keystroke)).toFixed(1)),
        budgetMs: 150,
        samples: runs,
        studioInitialJsGzipBytes: sum(studioFiles),
        studioJsFiles: studioFiles.length,
        checkerWorkerJsGzipBytes: sum(workerFiles),
        mapOnFirstShowJsGzipBytes: sum(mapFiles),
        mapLoadedBeforeShown: opened.some((f) => mapFiles.includes(f)),
        libraryInitialJsGzipBytes: sum([...libraryFiles]),
        libraryBudgetGzipBytes: 100 * 1000,
      },
    },
    null,
    2,
  ),
);
