import { describe, expect, it } from 'vitest';
import { browserAvailable, sharedBrowser } from './browser';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { screenshot } from './shots';

const d08cohort = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'd08-engineers-vote')!.scenario
  .cohort.length;

describe.runIf(browserAvailable())('committee mode in Chromium', () => {
  const env = sharedBrowser();

  it("D08 as the manager: other votes sealed, a score below 3 needs a narrative, the comparison names the engineer's vote", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.url}#/`);
    await page.getByRole('link', { name: "Sit on the committee: The engineer's vote" }).click();
    await page.getByRole('link', { name: 'Sit as Dana' }).click();
    await expect.poll(() => page.locator('#room-heading').textContent()).toBe('Vote before you hear the room');
    expect(await page.locator('.votes').count()).toBe(0);
    await screenshot(page, 'committee-vote.png', { fullPage: true });

    // No rating is filled in for the member: submitting with ratings unchosen names each one missing.
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Submit your vote' }).click();
    await expect
      .poll(() => page.locator('.field-error').textContent())
      .toMatch(/^Choose these before you submit: .*Technical judgment/);
    expect(await page.locator('.votes').count()).toBe(0);
    for (const select of await page.locator('.dim-scores select').all()) await select.selectOption('4');
    await page.getByLabel('Technical judgment').selectOption('2');
    await page.getByRole('button', { name: 'Submit your vote' }).click();
    await expect
      .poll(() => page.locator('.field-error').textContent())
      .toContain('R2: Technical judgment is scored 2, below 3, and needs a written narrative');
    expect(await page.locator('.votes').count()).toBe(0);

    await page.locator('textarea').fill('Relayed my calls to the team instead of making her own; the leads noticed.');
    await page.getByRole('button', { name: 'Submit your vote' }).click();
    await expect.poll(() => page.locator('.votes').textContent()).toContain('Dana Whitfield (you)');

    // The revision round: the room argues from the packet; moving on without a word says the vote stands.
    for (let i = 0; i < 3; i++) await page.locator('.debrief button.primary').click();
    await expect.poll(() => page.locator('form.revision').isVisible()).toBe(true);
    expect(await page.locator('.discussion').textContent()).toContain('raises the messenger flag');
    expect(await page.locator('.debrief button.primary').textContent()).toBe(
      'Keep my vote as cast and rank the cohort',
    );
    await screenshot(page, 'committee-d08-revision.png', { fullPage: true });
    await page.locator('form.revision textarea').fill('The leads saw the calls up close; I defer to them.');
    await page.locator('form.revision select').selectOption('no');
    await page.getByRole('button', { name: 'Revise my vote' }).click();
    await expect
      .poll(() => page.locator('.discussion').textContent())
      .toContain('Dana Whitfield revises from yes to no');
    await page.getByRole('button', { name: 'Rank the cohort' }).click();
    // The committee side shows the cohort against the slots, not only V5's line.
    await expect.poll(() => page.locator('.ranking li').count()).toBe(d08cohort + 1);
    await page.getByRole('button', { name: 'Decide' }).click();
    await expect.poll(() => page.locator('#compare-heading').isVisible()).toBe(true);
    const comparison = await page.locator('.compare-grid').textContent();
    expect(comparison).toContain('V2');
    // The kernel's wording: each lead's reason under their own name, then the manager overruled.
    expect(comparison).toMatch(/2 of 2 votes against \(Priya Raman: .*\); that overrules/);
    await screenshot(page, 'committee-compare.png', { fullPage: true });
    expect(errors).toEqual([]);
  });

  it("D08 on a 390 px phone: each step's news opens at the top of the window, and the page never scrolls sideways", async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${env.url}#/play/d08-engineers-vote/committee?seat=dana`);
    await page.getByLabel('Yes', { exact: true }).check();
    for (const select of await page.locator('.dim-scores select').all()) await select.selectOption('4');
    await page.getByRole('button', { name: 'Submit your vote' }).click();
    // Whether the news is in the window after a step: its heading on screen with room for lines under it
    // (at the page's foot the window cannot scroll further, so the top is not always the window's top).
    const inView = (heading: string) =>
      page
        .getByRole('heading', { name: heading, exact: true })
        .evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().top < innerHeight - 120);
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
    await expect.poll(() => inView('The votes')).toBe(true);
    for (const [button, news] of [
      ["Hear the engineers' vote", 'The votes'],
      ['Hear the calibration', 'The votes'],
      ['Open the revision round', 'Around the table'],
      ['Keep my vote as cast and rank the cohort', 'The cohort, 1 slot'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => inView(news)).toBe(true);
      expect(await wide()).toBeLessThanOrEqual(390);
    }
    await page.getByRole('button', { name: 'Decide' }).click();
    await expect
      .poll(() =>
        page
          .locator('.decision')
          .first()
          .evaluate((d) => d.getBoundingClientRect().top),
      )
      .toBeLessThan(200);
    expect(await wide()).toBeLessThanOrEqual(390);
    // The calibration plot's names are drawn at their size, not shrunk with the chart.
    const names = await page
      .locator('.calibration-plot .row text')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.min(...names)).toBeGreaterThanOrEqual(11);
    await screenshot(page, 'committee-d08-phone-decided.png', { fullPage: true });
    await page.close();
  });

  it('A06, the calibration round: once the votes are unsealed, a member revises with a reason the room hears, and the votes stay after the decision', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.url}#/play/a06-latency-veto/committee?seat=tobias`);
    await page.getByRole('button', { name: 'Go to the vote' }).click();
    await expect.poll(() => page.locator('#room-heading').textContent()).toBe('Vote before you hear the room');
    await page.getByLabel('Yes', { exact: true }).check();
    for (const select of await page.locator('.dim-scores select').all()) await select.selectOption('4');
    await page.getByRole('button', { name: 'Submit your vote' }).click();
    await expect.poll(() => page.locator('.votes').textContent()).toContain('Tobias Lindqvist (you)');

    // The votes are read out; before calibration the seat holds or revises, and must say why.
    const revision = page.locator('form.revision');
    await expect.poll(() => revision.isVisible()).toBe(true);
    await revision.locator('select').selectOption('no');
    await revision.getByRole('button', { name: 'Revise my vote' }).click();
    await expect
      .poll(() =>
        revision
          .locator('[role="status"]')
          .textContent()
          .catch(() => ''),
      )
      .toContain('needs a reason');
    await revision
      .locator('textarea')
      .fill('Hearing Inès on the reliability rating, the latency concession outweighs the deep-dive.');
    await revision.getByRole('button', { name: 'Revise my vote' }).click();
    await expect
      .poll(() => page.locator('.votes').textContent())
      .toContain('revised from yes: Hearing Inès on the reliability rating');
    await screenshot(page, 'committee-revision.png', { fullPage: true });

    await page.getByRole('button', { name: 'Calibrate' }).click();
    await page.getByRole('button', { name: 'Decide' }).click();
    await expect.poll(() => page.locator('#compare-heading').isVisible()).toBe(true);
    // The votes, the revision among them, are still there once the committee has decided.
    expect(await page.locator('.votes').textContent()).toContain('revised from yes');
    expect(await page.locator('.compare-grid').textContent()).toContain('V1');
    expect(errors).toEqual([]);
  });

  it('B04, setting the offer: a figure past the band comes back as the band edge, a bonus that follows the base says so, and no seat is offered a band raise it cannot make', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.url}#/play/b04-ship-vs-prd/committee?seat=bruno`);
    await page.getByRole('button', { name: 'Go to the vote' }).click();
    await page.getByLabel('Strong yes', { exact: true }).check();
    for (const select of await page.locator('.dim-scores select').all()) await select.selectOption('5');
    await page.getByRole('button', { name: 'Submit your vote' }).click();
    for (let i = 0; i < 2; i++) await page.locator('.debrief button.primary').click();
    const base = page.getByLabel('Base', { exact: false }).first();
    await base.waitFor();
    const top = Number((await page.locator('#band-base').textContent())!.split(' to ')[1]!.replace(/[$,]/g, ''));
    await base.fill('999999');
    await base.press('Enter');
    await base.press('Enter');
    await expect.poll(() => base.inputValue()).toBe(String(top));
    // The setter rule names a role no member holds: the seat is told so instead of offered the button.
    expect(await page.getByRole('button', { name: /Raise the base band/ }).count()).toBe(0);
    expect(await page.locator('.offer-set').textContent()).toContain('may raise a band');
    const bonus = page.getByLabel('Bonus').first();
    const bonusBefore = Number(await bonus.inputValue());
    await base.fill(String(top - 20_000));
    await base.press('Enter');
    if (Number(await bonus.inputValue()) !== bonusBefore)
      expect(await page.locator('.offer-set .notice').allTextContents()).toContainEqual(
        expect.stringContaining('Bonus moved from'),
      );
    await screenshot(page, 'committee-offer.png', { fullPage: true });
    expect(errors).toEqual([]);
  });
});
