import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { browserAvailable, sharedBrowser } from './browser';
import { loadLibrary, REPO_SCENARIOS } from '../../src/cli/library';

const SHOTS = join(import.meta.dirname, 'screenshots');
const FIXTURES = join(import.meta.dirname, '../fixtures/browser');
const run = browserAvailable();

describe.runIf(run)('the scenario library page in Chromium', () => {
  const env = sharedBrowser(SHOTS);

  it('lists every scenario the CLI lists, with no errors in the console', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(env.url);
    const titles = await page.locator('.card h2').allTextContents();
    const expected = loadLibrary([REPO_SCENARIOS, FIXTURES]).scenarios.map((s) => s.scenario.title);
    expect(titles.sort()).toEqual(expected.sort());
    await page.screenshot({ path: join(SHOTS, 'library-desktop.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it('search narrows the cards by rule ID and says how many match', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
    await page.goto(env.url);
    await page.getByLabel('Search scenarios').fill('V2');
    const count = await page.locator('.card').count();
    expect(count).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.count').textContent()).toMatch(new RegExp(`^${count} of \\d+ scenarios$`));
    await page.screenshot({ path: join(SHOTS, 'library-phone-dark.png'), fullPage: true });
  }, 60_000);

  it('scenario text that looks like markup renders as text and runs nothing', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(env.url);
    await page.getByLabel('Search scenarios').fill('Markup probe');
    expect(await page.locator('.card h2').textContent()).toContain('<img src=x onerror=');
    await page.getByRole('link', { name: /as the candidate/ }).click();
    await expect.poll(() => page.locator('#prompt-heading').textContent()).toContain('<img src=z');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 3; i++) await page.locator('.debrief button.primary').click();
    await expect.poll(() => page.locator('.summary').textContent()).toContain('<iframe');
    expect(await page.locator('#root img, #root iframe, #root script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  }, 60_000);
});
