import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, sharedBrowser } from './browser';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { screenshot } from './shots';

const library = loadLibrary([REPO_SCENARIOS]).scenarios;
const a06 = library.find((s) => s.scenario.id === 'a06-latency-veto')!;
const d08 = library.find((s) => s.scenario.id === 'd08-engineers-vote')!;

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
  const env = sharedBrowser();

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
    // The scenario is a lazy chunk: the shot waits for its first prompt, not the loading line.
    await page.locator('#prompt-heading').waitFor();
    await screenshot(page, 'candidate-round.png', { fullPage: true });
    for (const id of a06.scenario.paths.recorded!.choices) await answer(page, id);
    await expect.poll(() => page.locator('#debrief-heading').textContent()).toBe('The packet');
    await screenshot(page, 'candidate-debrief.png', { fullPage: true });
    await sitDebrief(page);
    await expect.poll(() => page.locator('#decision-heading').textContent()).toBe('No hire');
    const firings = await page.locator('.firings').textContent();
    expect(firings).toContain('V1');
    expect(firings).toMatch(/Inès Carvalho/);
    await screenshot(page, 'candidate-end.png', { fullPage: true });
    expect(errors).toEqual([]);
  });

  it("A06 recorded path, what each answer cost: points per dimension, the stronger answer's effect on the round, the consensus and the decision, and a replay with it", async () => {
    const { page, errors } = await fresh();
    const recorded = a06.scenario.paths.recorded!.choices;
    await page.goto(
      `${env.url}#/play/a06-latency-veto/candidate?steps=${[...recorded, '~next', '~next', '~next'].join('.')}`,
    );
    await page.reload();
    await expect.poll(() => page.locator('#decision-heading').textContent()).toBe('No hire');
    const rows = page.locator('.costs > li');
    expect(await rows.count()).toBe(recorded.length);
    // Every row fills in once its replay has run: none is left waiting.
    await expect.poll(() => page.locator('.costs').textContent()).not.toContain('Replaying with the stronger answer');
    const first = a06.options.get(recorded[0]!)!;
    const firstText = (await rows.first().textContent())!;
    for (const [dim, points] of Object.entries(first.option.signals.scores)) {
      const label = first.round.rubric.dimensions.find((d) => d.id === dim)!.label;
      expect(firstText).toContain(`${points > 0 ? '+' : points < 0 ? '−' : ''}${Math.abs(points)} ${label}`);
    }
    const text = (await page.locator('.costs').textContent())!;
    expect(text).toContain('Calibrated consensus');
    expect(text).toMatch(/score\d|score[\d.]+ → [\d.]+/);
    // On the recorded path the veto decides: at least one answer, replaced, changes the decision.
    const decisive = page.locator('.costs > li.decisive');
    expect(await decisive.count()).toBeGreaterThan(0);
    expect(await decisive.first().textContent()).toContain('this answer changed the decision');
    await screenshot(page, 'candidate-costs.png', { fullPage: true });
    const phone = await fresh(390);
    await phone.page.goto(page.url());
    await phone.page.locator('.costs > li.decisive').first().waitFor();
    await screenshot(phone.page, 'candidate-costs-phone.png', { fullPage: true });

    // One click replays from that answer with the stronger one given, and the link records it.
    const index = await rows.evaluateAll((els) => els.findIndex((el) => el.classList.contains('decisive')));
    const prompt = a06.options.get(recorded[index]!)!.prompt;
    await decisive.first().getByRole('button', { name: 'Replay from here with the stronger answer' }).click();
    await expect.poll(() => page.locator('.end, #prompt-heading, #debrief-heading').count()).toBeGreaterThan(0);
    const steps =
      new URL(page.url().replace('#/', '')).searchParams.get('steps') ??
      decodeURIComponent(page.url().split('steps=')[1] ?? '');
    const given = steps.split('.')[index]!;
    expect(given).not.toBe(recorded[index]);
    expect(prompt.options.map((o) => o.id)).toContain(given);
    expect(errors).toEqual([]);
  });

  it('withdrawing asks first, the answer timer survives a reload, and a no-hire never reaches the offer', async () => {
    const { page } = await fresh(390);
    await page.goto(`${env.url}#/play/a06-latency-veto/candidate`);
    await page.getByLabel('Answer timer (2.5 min)').check();
    await page.reload();
    expect(await page.getByLabel('Answer timer (2.5 min)').isChecked()).toBe(true);
    expect(await page.getByRole('timer').count()).toBe(1);
    // Timeline text stays at reading size on a phone.
    const sizes = await page
      .locator('.timeline .stop')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.getByRole('button', { name: 'Withdraw from the process…' }).click();
    await page.getByRole('button', { name: 'Keep going' }).click();
    expect(await page.locator('#prompt-heading').count()).toBe(1);
    await page.getByRole('button', { name: 'Withdraw from the process…' }).click();
    await page.getByRole('button', { name: 'Yes, withdraw' }).click();
    await expect.poll(() => page.locator('#decision-heading').textContent()).toBe('Withdrawn');

    const recorded = a06.scenario.paths.recorded!.choices;
    await page.goto(
      `${env.url}#/play/a06-latency-veto/candidate?steps=${[...recorded, '~next', '~next', '~next'].join('.')}`,
    );
    await page.reload();
    await expect.poll(() => page.locator('#decision-heading').textContent()).toBe('No hire');
    const offer = (await page.locator('.timeline figcaption').textContent())!;
    expect(offer).toMatch(/Offer, day \d+: not reached/);
    expect(offer).not.toMatch(/Offer, day \d+: done/);
  });

  it('from question 3 on, the answers are brought into view, at 1366x900 and on a phone', async () => {
    for (const width of [1366, 390]) {
      const { page } = await fresh(width);
      await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
      await page.goto(`${env.url}#/play/a06-latency-veto/candidate`);
      const best = a06.scenario.paths.best!.choices;
      for (const id of best.slice(0, 3)) await answer(page, id);
      const box = await page.locator('.option').first().boundingBox();
      const height = page.viewportSize()!.height;
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      // The focused question is marked, but not with a link's underline.
      expect(await page.locator('#prompt-heading').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe(
        'none',
      );
      await screenshot(page, `candidate-question-4-${width}.png`);
    }
  });

  it('D08, every prompt: at 1366x900 every answer and the button are in view; on a phone the button comes up when an answer is chosen', async () => {
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      const { page, errors } = await fresh(width);
      await page.setViewportSize({ width, height });
      await page.goto(`${env.url}#/play/d08-engineers-vote/candidate`);
      for (const id of d08.scenario.paths.best!.choices) {
        const { prompt } = d08.options.get(id)!;
        await expect.poll(() => page.locator('#prompt-heading').textContent()).toContain(prompt.text.slice(0, 40));
        const inView = (sel: string) =>
          page.locator(sel).evaluateAll((els) =>
            els.every((el) => {
              const r = el.getBoundingClientRect();
              return r.top >= 0 && r.bottom <= window.innerHeight;
            }),
          );
        if (width > 1000) {
          expect(await inView('.option')).toBe(true);
          expect(await inView('.options button[type="submit"]')).toBe(true);
        }
        // Choosing with a tap (no scrolling by the test: a click on an element in view does not scroll).
        const index = prompt.options.findIndex((o) => o.id === id);
        await page.keyboard.press(String(index + 1));
        await expect.poll(() => inView('.options button[type="submit"]')).toBe(true);
        if (id === d08.scenario.paths.best!.choices[0]) await screenshot(page, `candidate-d08-first-${width}.png`);
        await page.keyboard.press('Enter');
      }
      await page.locator('#debrief-heading').waitFor();
      expect(errors).toEqual([]);
    }
  });

  it('D08 recorded: the revision round argues from the packet, the manager softens, each stage starts at the top, and Decide comes once', async () => {
    const { page, errors } = await fresh(1366);
    await page.goto(
      `${env.url}#/play/d08-engineers-vote/candidate?steps=${d08.scenario.paths.recorded!.choices.join('.')}`,
    );
    await page.reload();
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.locator('#debrief-heading').waitFor();
      const heading = (await page.locator('#debrief-heading').textContent())!;
      seen.push(`${heading} -> ${await page.locator('.debrief button.primary').textContent()}`);
      // The stage's news is at the top of the window, its button in view.
      const top = await page.locator('#debrief-heading').evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-1);
      if (heading === 'The revision round') {
        const table = (await page.locator('.discussion').textContent())!;
        expect(table).toContain('what moved me was');
        expect(table).toContain('answers (no)');
        expect(table).toContain('Dana Whitfield softens from strong yes to yes');
        expect(table).toContain('raised the messenger flag');
        expect(await page.locator('.votes').textContent()).toContain('softened from strong yes');
        await screenshot(page, 'candidate-d08-revision.png');
      }
      await page.locator('.debrief button.primary').click();
      if (i < 4) await expect.poll(() => page.locator('#debrief-heading').textContent()).not.toBe(heading);
    }
    expect(seen.filter((s) => s.endsWith('-> Decide'))).toHaveLength(1);
    expect(seen.map((s) => s.split(' -> ')[0])).toContain('The revision round');
    await expect.poll(() => page.locator('#decision-heading').textContent()).toBe('No hire');
    expect(errors).toEqual([]);
  });

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
    await screenshot(page, 'candidate-offer.png', { fullPage: true });
    await page.getByRole('button', { name: 'Accept the offer' }).click();
    await expect.poll(() => page.locator('.final-offer').textContent()).toContain('Accepted');
  });

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
  });

  it('a reload the browser started with the address a step behind still opens at the newest prompt', async () => {
    // On a busy machine the address bar's write (after the paint) can land after a reload has already
    // taken the old address: the reload then opens the link as it stood one answer earlier.
    const { page } = await fresh();
    await page.goto(`${env.url}#/play/a06-latency-veto/candidate`);
    const [first, second] = a06.scenario.paths.best!.choices;
    await answer(page, first!);
    await expect.poll(() => page.url()).toContain('steps=');
    const behind = page.url();
    await answer(page, second!);
    await expect.poll(() => page.url()).not.toBe(behind);
    const asked = await page.locator('#prompt-heading').textContent();
    await page.goto('about:blank');
    await page.goto(behind);
    await expect.poll(() => page.locator('#prompt-heading').textContent()).toBe(asked);
  });

  it('a corrupt save is reported in plain words, set aside, and the library still works', async () => {
    const { page, errors } = await fresh(360);
    await page.goto(`${env.url}#/`);
    await page.evaluate(() =>
      localStorage.setItem('debrief.save.candidate.a06-latency-veto', '{"format": 1, "steps": '),
    );
    await page.reload();
    await expect.poll(() => page.locator('.notice').first().textContent()).toContain('could not be opened');
    expect(await page.locator('.card').count()).toBeGreaterThan(0);
    await page.reload();
    expect(await page.locator('.notice').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
