import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { browserAvailable, sharedBrowser } from './browser';
import { seriousViolations } from './axe';

const SHOTS = join(import.meta.dirname, 'screenshots');

describe.runIf(browserAvailable())('coach mode in Chromium', () => {
  const env = sharedBrowser(SHOTS);

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
    await page.screenshot({ path: join(SHOTS, 'coach-side-by-side.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it("D08 what-if: switching off the engineer's vote changes the decision, and reset restores it", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.url}#/play/d08-engineers-vote/coach`);
    await page.getByRole('tab', { name: 'What-if' }).click();
    await expect.poll(() => page.locator('#what-if-result').textContent()).toMatch(/^No hire/);
    await page.getByLabel("V2 · Engineer's vote").uncheck();
    await expect.poll(() => page.locator('#what-if-result').textContent()).toMatch(/^Hire/);
    expect(await page.locator('.what-if-result').textContent()).toContain('V2 no longer fires.');
    await page.screenshot({ path: join(SHOTS, 'coach-what-if.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reset to the path as played' }).click();
    await expect.poll(() => page.locator('#what-if-result').textContent()).toMatch(/^No hire/);
  }, 60_000);

  it('the statechart, drawn from the machines, highlights the state the session is in', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.url}#/play/a06-latency-veto/coach`);
    await page.getByRole('tab', { name: 'Statechart' }).click();
    expect(await page.getByRole('button', { name: 'interviewing (current)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'asking (current)' }).count()).toBe(1);
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step the recorded path' }).click();
    expect(await page.getByRole('button', { name: 'deliberating (current)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'packet (current)' }).count()).toBe(1);
    await page.getByRole('button', { name: 'deliberating (current)' }).click();
    expect(await page.locator('.state-info').textContent()).toContain('The hiring committee sits');
    await page.screenshot({ path: join(SHOTS, 'coach-statechart.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});
