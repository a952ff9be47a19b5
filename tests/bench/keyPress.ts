import type { Browser, Page } from 'playwright-core';

// The candidate's key press, and a coach's what-if, measured in the page: from the key event (or
// the click) to the DOM holding what follows, the work that has to fit in a frame. Each figure is
// taken beside a bare React page doing the same swap, in turn (A B A B), so the machine's drift
// hits both alike.

/**
 * Press 1 then Enter `presses` times, timing each Enter to the next prompt heading in the DOM, and
 * to the frame after it (requestAnimationFrame, then a task: the paint that shows it), so work
 * moved out of the key press but still before the paint is seen.
 */
async function pressThrough(
  page: Page,
  presses: number,
): Promise<{ dom: number[]; painted: number[]; kinds: PressKind[] }> {
  const times: number[] = [];
  const painted: number[] = [];
  const kinds: PressKind[] = [];
  // Who asks: the app names the interviewer above the prompt (the bare page has no such line).
  const asker = () => page.evaluate("document.querySelector('.interviewer .who')?.textContent ?? null");
  for (let i = 0; i < presses; i++) {
    if (!(await page.locator('#prompt-heading').count())) break;
    const before = await page.locator('#prompt-heading').textContent();
    const askedBy = await asker();
    await page.keyboard.press('1');
    // A string, not a function: tsx would wrap a function in helpers the page does not have.
    const [ms, paintMs] = (await page.evaluate(`new Promise((done) => {
      const prev = ${JSON.stringify(before)};
      const observer = new MutationObserver(() => {
        if (document.querySelector('#prompt-heading')?.textContent !== prev) {
          observer.disconnect();
          const dom = performance.now() - start;
          requestAnimationFrame(() => setTimeout(() => done([dom, performance.now() - start])));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      const start = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    })`)) as [number, number];
    times.push(ms);
    painted.push(paintMs);
    const stillAsking = (await page.locator('#prompt-heading').count()) > 0;
    kinds.push(
      !stillAsking
        ? 'intoDebrief'
        : (await asker()) !== askedBy
          ? 'roundChange'
          : i === 0
            ? 'firstAnswer'
            : 'withinRound',
    );
  }
  return { dom: times, painted, kinds };
}

/**
 * What a press did, for the figures by kind: the six presses on a fresh page are not alike. The
 * first answer runs the loop's code for the first time on the page; a round change files a
 * scorecard and starts the next round; the press into the debrief builds its first stage.
 */
type PressKind = 'firstAnswer' | 'withinRound' | 'roundChange' | 'intoDebrief';

/** A fresh page (no saved session) at `url`, its first prompt shown. */
async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#prompt-heading').waitFor({ timeout: 60_000 });
  return page;
}

export interface PressFigures {
  medianMs: number;
  worstMs: number;
  samples: number;
}

const figures = (xs: number[]): PressFigures => {
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    medianMs: Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(1)),
    worstMs: Number(sorted.at(-1)!.toFixed(1)),
    samples: sorted.length,
  };
};

/** The app's candidate screen and the bare page, `rounds` fresh loads of each in turn, `presses` key presses each. */
export async function keyPressBesideBare(
  browser: Browser,
  appUrl: string,
  bareUrl: string,
  rounds: number,
  presses = 6,
) {
  const app = { dom: [] as number[], painted: [] as number[], kinds: [] as PressKind[] };
  const bare = { dom: [] as number[], painted: [] as number[], kinds: [] as PressKind[] };
  for (let r = 0; r < rounds; r++) {
    for (const [url, into] of [
      [appUrl, app],
      [bareUrl, bare],
    ] as const) {
      const page = await freshPage(browser, url);
      const got = await pressThrough(page, presses);
      into.dom.push(...got.dom);
      into.painted.push(...got.painted);
      into.kinds.push(...got.kinds);
      await page.context().close();
    }
  }
  const a = figures(app.dom);
  const b = figures(bare.dom);
  const ap = figures(app.painted);
  const bp = figures(bare.painted);
  // Each kind of press beside the bare page's presses (all alike: it swaps a heading and answers).
  const byKind = Object.fromEntries(
    (['firstAnswer', 'withinRound', 'roundChange', 'intoDebrief'] as const).flatMap((kind) => {
      const xs = app.dom.filter((_, i) => app.kinds[i] === kind);
      if (!xs.length) return [];
      const k = figures(xs);
      return [[kind, { ...k, ratioToBare: Number((k.medianMs / b.medianMs).toFixed(2)) }]];
    }),
  );
  return {
    app: a,
    bareReact: b,
    medianRatioToBare: Number((a.medianMs / b.medianMs).toFixed(2)),
    goalRatio: 1.5,
    byKind,
    // The same presses to the frame that shows the prompt: frame-bound, so a ratio near 1 is the floor.
    toPaint: { app: ap, bareReact: bp, medianRatioToBare: Number((ap.medianMs / bp.medianMs).toFixed(2)) },
  };
}

/**
 * A coach's what-if: switching a rule off on the what-if tab, from the click to the result's
 * heading changing, replayed through the machines. The goal is one frame (16.7 ms at 60 Hz).
 */
export async function whatIfMs(browser: Browser, url: string, rule: string, times: number): Promise<PressFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('tab', { name: 'What-if' }).click();
  await page.locator('#what-if-result').waitFor({ timeout: 60_000 });
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    // A string, not a function (see pressThrough): the rule's checkbox is found by its label in the page.
    const ms = (await page.evaluate(`new Promise((done) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(${JSON.stringify(`${rule} · `)}));
      const box = label.control ?? label.querySelector('input');
      const prev = document.querySelector('#what-if-result').textContent;
      const observer = new MutationObserver(() => {
        if (document.querySelector('#what-if-result')?.textContent !== prev) {
          observer.disconnect();
          done(performance.now() - start);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      const start = performance.now();
      box.click();
    })`)) as number;
    samples.push(ms);
  }
  await context.close();
  return figures(samples);
}
