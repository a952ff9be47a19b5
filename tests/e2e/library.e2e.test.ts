import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerOnceAndReturn, browserAvailable, sharedBrowser } from './browser';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { screenshot } from './shots';

const FIXTURES = join(import.meta.dirname, '../fixtures/browser');
const run = browserAvailable();

// Read from the e2e project's build (globalSetup), which is `vite build` with the browser fixtures
// added to the library: no browser needed, and no second build of the app for this alone.
describe('the built library screen', () => {
  it("carries the first screen's cards in index.html, so the first paint shows them before any script runs", () => {
    const html = readFileSync(join(inject('e2eDist'), 'index.html'), 'utf8');
    const ids = loadLibrary([REPO_SCENARIOS, FIXTURES]).scenarios.map((s) => s.scenario.id);
    expect(ids.length).toBeGreaterThan(20);
    const prerendered = [...html.matchAll(/id="title-([^"]+)"/g)].map((m) => m[1]!);
    // Three rows of three: the first screen at any width. The app renders the rest when it mounts.
    expect(prerendered).toHaveLength(9);
    for (const id of prerendered) expect(ids).toContain(id);
    expect(html).toContain(`${ids.length}<!-- --> of <!-- -->${ids.length}<!-- --> scenarios`);
    // A deep link still clears the prerendered library before the app mounts.
    expect(html).toContain("if (location.hash.length > 2) document.getElementById('root').innerHTML = '';");
  });
});

describe.runIf(run)('the scenario library page in Chromium', () => {
  const env = sharedBrowser();

  it('lists every scenario the CLI lists, with no errors in the console', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(env.url);
    const titles = await page.locator('.card h2').allTextContents();
    const expected = loadLibrary([REPO_SCENARIOS, FIXTURES]).scenarios.map((s) => s.scenario.title);
    expect(titles.sort()).toEqual(expected.sort());
    await screenshot(page, 'library-desktop.png', { fullPage: true });
    expect(errors).toEqual([]);
  });

  it('a scenario whose module fails to load says so and offers a reload, not that there is no such scenario', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 900 } });
    // The built app loads each scenario as a chunk named after it (assets/a06-latency-veto-HASH.js).
    const module = /\/assets\/a06-latency-veto-[\w-]+\.js$/;
    await page.route(module, (route) => route.abort('connectionreset'));
    await page.goto(`${env.url}#/play/a06-latency-veto/candidate`);
    await expect.poll(() => page.locator('.crash h1').textContent()).toBe('The scenario could not be loaded');
    expect(await page.locator('.crash').textContent()).not.toContain('There is no scenario');
    await screenshot(page, 'library-load-failed.png');
    await page.unroute(module);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.locator('#prompt-heading').waitFor();
  });

  it('a place to start, Play above the fold, rules by name, and a Continue list that only holds real progress', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(env.url);
    expect(await page.locator('.start-here li').count()).toBe(3);
    const play = await page.locator('.card .button.primary').first().boundingBox();
    expect(play!.y + play!.height).toBeLessThanOrEqual(900);
    expect(await page.locator('.card').first().textContent()).toMatch(/About \d+ min/);
    // Internal anecdote ids are behind the disclosure, not on the card's face.
    expect(await page.locator('.card .card-details').first().isVisible()).toBe(true);
    expect(await page.locator('.card .card-details p').first().isVisible()).toBe(false);
    const rules = await page.locator('#rule-filter option').allTextContents();
    expect(rules.slice(1).every((r) => /^\D.+ \(V\d+\)$/.test(r))).toBe(true);

    // Opening a scenario and leaving adds nothing to Continue; one answer does, and it can be removed and restored.
    await page.getByRole('link', { name: 'Play as the candidate: The latency veto' }).click();
    await page.locator('#prompt-heading').waitFor();
    await page.goto(env.url);
    expect(await page.locator('.continue').count()).toBe(0);
    await answerOnceAndReturn(page, env.url);
    await expect.poll(() => page.locator('.continue li').count()).toBe(1);
    expect(await page.locator('.continue li').textContent()).toContain('1 step in');
    await page.getByRole('button', { name: /^Remove The latency veto/ }).click();
    expect(await page.locator('.continue li').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('.continue li').count()).toBe(1);
    await page.getByRole('button', { name: /^Remove The latency veto/ }).click();
    await page.reload();
    expect(await page.locator('.continue').count()).toBe(0);
  });

  it('the phone page is compact', async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(env.url);
    await page.locator('.card').first().waitFor();
    const cards = await page.locator('.card').count();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // The old page ran to 18,456 px for 30 cards; a compact card stays under 400 px.
    expect(height / cards).toBeLessThan(400);
    await screenshot(page, 'library-phone.png');
  });

  it('search narrows the cards by rule ID and says how many match', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
    await page.goto(env.url);
    await page.getByLabel('Search scenarios').fill('V2');
    const count = await page.locator('.card').count();
    expect(count).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.count').textContent()).toMatch(new RegExp(`^${count} of \\d+ scenarios$`));
    await screenshot(page, 'library-phone-dark.png', { fullPage: true });
  });

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
  });
});
