import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailable, sharedBrowser } from './browser';
import { loadLibrary, REPO_SCENARIOS } from '../../src/cli/library';

const SHOTS = join(import.meta.dirname, 'screenshots');
const a06 = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'a06-latency-veto')!;

/** Answer with the keyboard as a player would: the option's number, then Enter. */
async function answer(page: Page, optionId: string) {
  const { prompt } = a06.options.get(optionId)!;
  await expect.poll(() => page.locator('#prompt-heading').textContent()).toContain(prompt.text.slice(0, 40));
  const index = prompt.options.findIndex((o) => o.id === optionId);
  await page.keyboard.press(String(index + 1));
  await page.keyboard.press('Enter');
}

async function sitDebrief(page: Page) {
  for (let i = 0; i < 3; i++) await page.locator('.debrief button.primary').click();
}

describe.runIf(browserAvailable())('candidate mode in Chromium', () => {
  const env = sharedBrowser(SHOTS);

  const fresh = async (width = 1280) => {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, errors };
  };

  it('A06 recorded path: the debrief names the hiring-manager veto', async () => {
    const { page, errors } = await fresh();
    await page.goto(`${env.url}#/`);
    await page.getByRole('link', { name: 'Play as the candidate: The latency veto' }).click();
    await page.screenshot({ path: join(SHOTS, 'candidate-round.png'), fullPage: true });
    for (const id of a06.scenario.paths.recorded!.choices) await answer(page, id);
    await expect.poll(() => page.locator('#debrief-heading').textContent()).toBe('The packet');
    await page.screenshot({ path: join(SHOTS, 'candidate-debrief.png'), fullPage: true });
    await sitDebrief(page);
    await expect.poll(() => page.locator('#decision-heading').textContent()).toBe('No hire');
    const firings = await page.locator('.firings').textContent();
    expect(firings).toContain('V1');
    expect(firings).toMatch(/Inès Carvalho/);
    await page.screenshot({ path: join(SHOTS, 'candidate-end.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it('A06 best path: an offer; a base ask past the band meets the cap and the milestone lever', async () => {
    const { page } = await fresh();
    await page.goto(`${env.url}#/play/a06-latency-veto/candidate`);
    for (const id of a06.scenario.paths.best!.choices) await answer(page, id);
    await sitDebrief(page);
    await expect.poll(() => page.locator('#decision-heading').textContent()).toMatch(/^Hire/);
    await page.getByRole('button', { name: 'Hear the verbal offer' }).click();
    await page.getByLabel('Ask for').selectOption('base');
    await page.getByLabel('How much more (USD)').fill('30000');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const log = await page.locator('.negotiation').textContent();
    expect(log).toContain('K3');
    expect(await page.locator('.extras').textContent()).toContain('Milestone bonus');
    await page.screenshot({ path: join(SHOTS, 'candidate-offer.png'), fullPage: true });
    await page.getByRole('button', { name: 'Accept the offer' }).click();
    await expect.poll(() => page.locator('.final-offer').textContent()).toContain('Accepted');
  }, 60_000);

  it('reloading mid-round resumes at the same prompt, from the link and from the save', async () => {
    const { page } = await fresh();
    await page.goto(`${env.url}#/play/a06-latency-veto/candidate`);
    const [first, second] = a06.scenario.paths.best!.choices;
    await answer(page, first!);
    await answer(page, second!);
    const asked = await page.locator('#prompt-heading').textContent();
    await page.reload();
    await expect.poll(() => page.locator('#prompt-heading').textContent()).toBe(asked);
    await page.goto(`${env.url}#/`);
    await page.getByRole('link', { name: 'The latency veto' }).first().click();
    await expect.poll(() => page.locator('#prompt-heading').textContent()).toBe(asked);
  }, 60_000);

  it('a corrupt save is reported in plain words, set aside, and the library still works', async () => {
    const { page, errors } = await fresh(360);
    await page.goto(`${env.url}#/`);
    await page.evaluate(() => localStorage.setItem('debrief.save.candidate.a06-latency-veto', '{"format": 1, "steps": '));
    await page.reload();
    await expect.poll(() => page.locator('.notice').first().textContent()).toContain('could not be opened');
    expect(await page.locator('.card').count()).toBeGreaterThan(0);
    await page.reload();
    expect(await page.locator('.notice').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
