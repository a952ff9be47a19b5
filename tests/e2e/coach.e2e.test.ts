import { describe, expect, it } from 'vitest';
import { browserAvailable, sharedBrowser } from './browser';
import { seriousViolations } from './axe';
import { screenshot } from './shots';

describe.runIf(browserAvailable())('coach mode in Chromium', () => {
  const env = sharedBrowser();

  it('C07 recorded beside best: the paths part at the first prompt, and the outcomes differ', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.url}#/`);
    await page.getByRole('link', { name: 'Coach: Missing boxes' }).click();
    const split = page.locator('.sbs-answers li.split');
    await expect.poll(() => split.count()).toBe(2);
    expect(await split.first().textContent()).toContain('Paths part here');
    expect(await split.first().textContent()).toContain("Let's use a live one");
    const outcomes = await page.locator('.sbs-decision').allTextContents();
    expect(outcomes[0]).toMatch(/^No hire/);
    expect(outcomes[1]).toMatch(/^Hire/);
    await screenshot(page, 'coach-side-by-side.png', { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("D08 what-if: switching off the engineer's vote changes the decision, and reset restores it", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.url}#/play/d08-engineers-vote/coach`);
    await page.getByRole('tab', { name: 'What-if' }).click();
    await expect.poll(() => page.locator('#what-if-result').textContent()).toMatch(/^No hire/);
    await page.getByLabel(/^V2 · /).uncheck();
    await expect.poll(() => page.locator('#what-if-result').textContent()).toMatch(/^Hire/);
    expect(await page.locator('.what-if-result').textContent()).toMatch(/V2 .*no longer fires\./);
    await screenshot(page, 'coach-what-if.png', { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reset to the path as played' }).click();
    await expect.poll(() => page.locator('#what-if-result').textContent()).toMatch(/^No hire/);
  });

  it('a shared what-if link restores its setup, and the result reads against the path as played', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 900 } });
    // A coach prepares the what-if: open D08, switch off the engineer's vote, and take the link.
    await page.goto(`${env.url}#/play/d08-engineers-vote/coach`);
    await page.getByRole('tab', { name: 'What-if' }).click();
    await page.getByLabel(/^V2 · /).uncheck();
    await expect.poll(() => page.locator('#what-if-result').textContent()).toMatch(/^Hire/);
    // The address bar follows a frame after the result is painted: wait for it, not for a fixed time.
    await expect.poll(() => page.url()).toContain('off=V2');
    const link = page.url();
    expect(link).toContain('view=what-if');

    // Someone else opens it in a fresh browser: the same view, the same switch, the same result.
    const other = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await other.goto(link);
    await expect.poll(() => other.locator('#what-if-result').textContent()).toMatch(/^Hire/);
    expect(await other.getByRole('tab', { name: 'What-if' }).getAttribute('aria-selected')).toBe('true');
    expect(await other.getByLabel(/^V2 · /).isChecked()).toBe(false);
    expect(await other.locator('.what-if-result').textContent()).toContain('Against the path as played');
    await screenshot(other, 'coach-what-if-phone.png', { fullPage: true });

    // Paths go by their names, with the author's line under each column.
    await page.getByRole('tab', { name: 'Side by side' }).click();
    const heads = await page.locator('.sbs-heads h2').allTextContents();
    expect(heads).toEqual(['What really happened', 'Strongest answers']);
    expect(await page.locator('.path-pick select').first().locator('option').allTextContents()).toContain(
      'Weakest answers',
    );
  });

  it('the statechart, drawn from the machines, highlights the state the session is in', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.url}#/play/a06-latency-veto/coach`);
    await page.getByRole('tab', { name: 'Statechart' }).click();
    // Loop, round, committee and offer follow the session; the workshop room's chart is drawn beside them.
    await expect.poll(() => page.locator('.statechart svg').count()).toBe(5);
    expect(await page.getByRole('button', { name: 'Interviewing (current)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Asking (current)' }).count()).toBe(1);
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step the recorded path' }).click();
    expect(await page.getByRole('button', { name: 'Deliberating (current)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Packet (current)' }).count()).toBe(1);
    // Transitions are arrows labelled in plain words, with the machine's code names on hover.
    const labels = await page.locator('.transition .edge-label').allTextContents();
    expect(labels.length).toBeGreaterThan(15);
    expect(labels).toContain('verbal offer is made');
    expect(labels).toContain('candidate accepts');
    expect(labels).toContain('candidate answers, if last answer, engine scores');
    expect(labels).toContain('round is over, if rounds remain');
    const codes = await page.locator('.transition > title').allTextContents();
    expect(codes).toContain('candidate.answer [isLastAnswerScoredByEngine]');
    expect(codes).toContain('round done [laterRounds]');
    expect(codes.some((l) => /^after untilRound/.test(l))).toBe(true);
    expect(await page.locator('.transition path[marker-end]').count()).toBeGreaterThanOrEqual(labels.length);
    // Readable on a projector: no label under 14 px at the size it opens at.
    const sizes = await page.locator('.statechart text').evaluateAll((els) =>
      els.map((el) => {
        const svg = el.closest('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(el).fontSize) * scale;
      }),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.getByRole('button', { name: 'Deliberating (current)' }).click();
    expect(await page.locator('.state-info').textContent()).toContain('The hiring committee sits');
    expect(await page.locator('.state-info code').first().textContent()).toBe('deliberating');
    await screenshot(page, 'coach-statechart.png', { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('at 1366x768 the statechart appears without the layout engine, fits the width, zooms to the whole chart, and the details cover nothing', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${env.url}#/play/d08-engineers-vote/coach`);
    await page.getByRole('tab', { name: 'Statechart' }).click();
    await expect.poll(() => page.locator('.statechart svg').count()).toBe(5);
    // Laid out when the app was built: the browser never fetches ELK.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(fetched.filter((n) => /elk/i.test(n))).toEqual([]);
    const loop = page.locator('.statechart').first();
    const box = async () => (await loop.locator('svg').boundingBox())!;
    const frame = (await loop.locator('.statechart-scroll').boundingBox())!;
    // The loop opens at a readable size (no label under 12 px), which may be wider than its frame (it
    // pans then); the frame itself stays on screen, and "Whole chart" fits the chart in it.
    expect(frame.x + frame.width).toBeLessThanOrEqual(1366);
    await loop.getByRole('button', { name: 'Whole chart' }).click();
    const whole = await box();
    expect(whole.height).toBeLessThanOrEqual(768);
    expect(whole.width).toBeLessThanOrEqual(frame.width + 1);
    await loop.scrollIntoViewIfNeeded();
    await screenshot(page, 'coach-statechart-1366x768.png');
    // The state's details sit beside the charts, over none of them.
    await page.getByRole('button', { name: 'Converting' }).first().click();
    const info = (await page.locator('.state-info').boundingBox())!;
    for (const chart of await page.locator('.statechart').all()) {
      const c = (await chart.boundingBox())!;
      expect(info.x >= c.x + c.width || info.x + info.width <= c.x).toBe(true);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});
