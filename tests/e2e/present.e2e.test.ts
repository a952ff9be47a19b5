import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { browserAvailable, sharedBrowser } from './browser';
import { seriousViolations } from './axe';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { keepsShots, screenshot, SHOTS } from './shots';

const c07 = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'c07-false-negatives')!;

describe.runIf(browserAvailable())('presenter view in Chromium', () => {
  const env = sharedBrowser();

  it('steps through with answers hidden until revealed, takes room votes, and exports them as CSV', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${env.url}#/play/c07-false-negatives/present`);
    await page.locator('.presenter-slide h1').waitFor();
    expect(await page.locator('.presenter-slide h1').textContent()).toBe('Missing boxes');
    await page.keyboard.press('ArrowRight');
    const first = c07.options.get(c07.scenario.paths.recorded!.choices[0]!)!;
    await expect.poll(() => page.locator('.presenter-slide h1').textContent()).toBe(first.prompt.text.trim());
    expect(await page.locator('.presenter-options li.chosen').count()).toBe(0);
    await page.getByLabel('A', { exact: true }).fill('7');
    await page.getByLabel('B', { exact: true }).fill('12');
    await page.locator('.presenter-slide').click();
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('.presenter-options li.chosen').count()).toBe(1);
    expect(await page.locator('.tally .tally-bars').getAttribute('aria-label')).toMatch(/^Room votes: A 7, B 12/);
    expect(await page.locator('.tally .tally-recorded').count()).toBe(1);
    await screenshot(page, 'present-prompt.png');
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('b');
    // The key's state update lands on the next render: wait for it rather than read at once.
    await expect.poll(() => page.locator('.presenter.blank').count()).toBe(1);
    await page.keyboard.press('b');
    while (!(await page.locator('.presenter-slide h1').textContent())?.startsWith('What did the committee decide'))
      await page.keyboard.press('ArrowRight');
    expect(await page.locator('.presenter-slide').textContent()).toContain('Votes are sealed');
    await page.getByLabel('Hire', { exact: true }).fill('9');
    await page.getByLabel('No hire', { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Reveal (R)' }).click();
    await expect.poll(() => page.locator('.presenter-slide').textContent()).toContain('V3');
    await screenshot(page, 'present-decision.png');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    // Read as a stream: the browser is a shared one, connected to, so the file is not on a local path.
    const csv = Buffer.concat(await (await download.createReadStream()).toArray())
      .toString('utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('slide,question,choice,room_votes,what_happened');
    const p1 = csv.filter((r) => r.startsWith('p1,'));
    expect(p1).toHaveLength(first.prompt.options.length);
    expect(p1[0]).toMatch(/,7,$|,7,chosen$/);
    expect(p1[1]).toMatch(/,12,(chosen)?$/);
    expect(p1.filter((r) => r.endsWith(',chosen'))).toHaveLength(1);
    expect(csv.find((r) => r.startsWith('decision,') && r.includes(',No hire,'))).toMatch(/,4,decided$/);
    expect(csv.find((r) => r.startsWith('decision,') && r.includes(',Hire,'))).toMatch(/,9,$/);

    // The handout is the whole session on paper: every question, the room's votes, what happened.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout').isVisible()).toBe(true);
    expect(await page.locator('.presenter-slide').isVisible()).toBe(false);
    const handout = await page.locator('.handout').textContent();
    expect(handout).toContain('room 12');
    expect(handout).toContain('The committee decided: No hire');
    if (keepsShots) await page.pdf({ path: join(SHOTS, 'present-handout.pdf') });
  });

  it('the notes window takes the controls and follows every key under React StrictMode, and the projected screen fits 1366x768', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    const presenter = await context.newPage();
    presenter.on('pageerror', (e) => errors.push(e.message));
    await presenter.goto(`${env.url}#/play/c07-false-negatives/present`);
    await presenter.locator('.presenter-slide h1').waitFor();
    const [notes] = await Promise.all([
      context.waitForEvent('page'),
      presenter.getByRole('link', { name: /Open the notes window/ }).click(),
    ]);
    notes!.on('pageerror', (e) => errors.push(e.message));
    await notes!.locator('.notes-window .presenter-controls').waitFor();
    // With the notes window open the projected screen shows the slide and nothing else.
    await expect.poll(() => presenter.locator('.presenter-controls').count()).toBe(0);
    for (let i = 0; i < 3; i++) {
      await notes!.keyboard.press('ArrowRight');
      await expect.poll(() => presenter.locator('.presenter-progress').textContent()).toContain(`${i + 2} /`);
    }
    const first = c07.options.get(c07.scenario.paths.recorded!.choices[0]!)!;
    await notes!.keyboard.press('ArrowLeft');
    await notes!.keyboard.press('ArrowLeft');
    await expect.poll(() => presenter.locator('.presenter-slide h1').textContent()).toBe(first.prompt.text.trim());
    // Every option is on screen at 1366x768.
    const last = await presenter.locator('.presenter-options li').last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(768);
    // No reveal before the room's votes are in.
    expect(await notes!.getByRole('button', { name: /Reveal/ }).isDisabled()).toBe(true);
    await notes!.keyboard.press('r');
    expect(await presenter.locator('.presenter-options li.chosen').count()).toBe(0);
    await notes!.getByLabel('A', { exact: true }).fill('3');
    await notes!.locator('.notes-window > h1').click();
    await notes!.keyboard.press('r');
    await expect.poll(() => presenter.locator('.presenter-options li.chosen').count()).toBe(1);
    expect(await presenter.locator('.tally .tally-bars').getAttribute('aria-label')).toContain('A 3');
    await notes!.keyboard.press('b');
    await expect.poll(() => presenter.locator('.presenter.blank').count()).toBe(1);
    await notes!.keyboard.press('b');
    await screenshot(presenter, 'present-1366.png');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without a notes window the projected screen shows only the slide, with answers of at least 24 px at 1366x768', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${env.url}#/play/c07-false-negatives/present`);
    await page.locator('.presenter-slide h1').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('.presenter-options li').first().waitFor();
    // The controls are off the slide until the mouse moves.
    const dockOpacity = () => page.locator('.presenter-dock').evaluate((e) => getComputedStyle(e).opacity);
    await expect.poll(dockOpacity).toBe('0');
    const sizes = await page
      .locator('.presenter-options li')
      .evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'present-1366-slide-only.png');
    // Every answer is on screen, and the slide fills the height rather than its top.
    const last = await page.locator('.presenter-options li').last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(768);
    const slide = await page.locator('.presenter-slide').boundingBox();
    expect(slide!.height).toBeGreaterThan(768 * 0.75);
    await page.mouse.move(400, 400);
    await page.mouse.move(420, 420);
    await expect.poll(dockOpacity).toBe('1');
    await screenshot(page, 'present-1366-controls.png');
    await context.close();
  });
});
