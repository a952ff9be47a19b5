import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openAfresh, sharedBrowser } from './browser';
import { seriousViolations } from './axe';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';

const a06 = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'a06-latency-veto')!;

describe.runIf(browserAvailable())('axe-core on every screen, light and dark, phone and desktop', () => {
  const env = sharedBrowser();

  // Every screen is checked in both looks, light on a desktop and dark on a phone: the flow goes on
  // in the look its test opened with, and each audit switches the page to the other look and back (as
  // a phone turning dark or a window narrowing would), so each flow is driven once, not once a look.
  const LOOKS = [
    { scheme: 'light', width: 1280 },
    { scheme: 'dark', width: 360 },
  ] as const;
  type Look = (typeof LOOKS)[number];
  const show = async (page: Page, look: Look) => {
    await page.setViewportSize({ width: look.width, height: 900 });
    await page.emulateMedia({ colorScheme: look.scheme });
  };
  const audit = async (page: Page, screen: string, found: string[]) => {
    const opened = page.viewportSize()?.width === LOOKS[0].width ? LOOKS[0] : LOOKS[1];
    for (const look of [opened, ...LOOKS.filter((l) => l !== opened)]) {
      if (look !== opened) await show(page, look);
      for (const v of await seriousViolations(page)) found.push(`${screen}, ${look.scheme} at ${look.width} px: ${v}`);
    }
    await show(page, opened);
  };

  // The audit itself can fail: a page with a nameless button, an image with no text and grey on grey.
  it('the audit names a serious violation when a page has one', async () => {
    const page = await env.browser.newPage();
    await page.setContent(
      '<html lang="en"><title>t</title><main><button></button><img src="x.png"><p style="color:#bbb;background:#ccc">faint</p></main></html>',
    );
    const found = (await seriousViolations(page)).join('\n');
    await page.close();
    expect(found).toMatch(/^button-name \(critical\)/m);
    expect(found).toMatch(/^image-alt \(critical\)/m);
    expect(found).toMatch(/^color-contrast \(serious\)/m);
  });

  it('the candidate and committee screens, driven at 1280 px in light: no serious or critical violations in either look', async () => {
    const look = LOOKS[0];
    const page = await env.browser.newPage({ viewport: { width: look.width, height: 900 }, colorScheme: look.scheme });
    const found: string[] = [];
    await page.goto(`${env.url}#/`);
    await page.locator('.card').first().waitFor();
    await audit(page, 'library', found);

    await page.goto(`${env.url}#/play/a06-latency-veto/candidate`);
    await page.locator('#prompt-heading').waitFor();
    await page.keyboard.press('1');
    await audit(page, 'candidate round', found);
    const best = a06.scenario.paths.best!.choices;
    const steps = [...best, '~next', '~next'].join('.');
    await openAfresh(page, `${env.url}#/play/a06-latency-veto/candidate?steps=${steps}`);
    await page.locator('#debrief-heading').waitFor();
    await audit(page, 'debrief', found);
    await openAfresh(
      page,
      `${env.url}#/play/a06-latency-veto/candidate?steps=${[...best, '~next', '~next', '~next', '~verbal'].join('.')}`,
    );
    await page.locator('#offer-heading').waitFor();
    await audit(page, 'offer', found);
    await page.getByRole('button', { name: 'Accept the offer' }).click();
    await page.locator('.final-offer').waitFor();
    await audit(page, 'end', found);

    await openAfresh(page, `${env.url}#/play/d08-engineers-vote/committee`);
    await page.locator('.seats').waitFor();
    await audit(page, 'seat picker', found);
    await page.getByRole('link', { name: 'Sit as Dana' }).click();
    await page.locator('#room-heading').waitFor();
    await audit(page, 'committee vote', found);
    await page.getByLabel('No', { exact: true }).check();
    for (const select of await page.locator('.dim-scores select').all()) await select.selectOption('3');
    await page.getByRole('button', { name: 'Submit your vote' }).click();
    for (let i = 0; i < 3; i++) await page.locator('.debrief button.primary').click();
    await page.locator('form.revision').waitFor({ timeout: 60_000 });
    await audit(page, 'committee revision round', found);
    for (let i = 0; i < 2; i++) await page.locator('.debrief button.primary').click();
    await page.locator('#compare-heading').waitFor({ timeout: 60_000 });
    await audit(page, 'committee comparison', found);

    // The d08 candidate's revision round, the coach's statechart, the import screen and the lab's questions.
    const recorded = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'd08-engineers-vote')!
      .scenario.paths.recorded!.choices;
    await openAfresh(
      page,
      `${env.url}#/play/d08-engineers-vote/candidate?steps=${[...recorded, ...Array(3).fill('~next')].join('.')}`,
    );
    await expect
      .poll(() => page.locator('#debrief-heading').textContent(), { timeout: 60_000 })
      .toBe('The revision round');
    await audit(page, 'candidate revision round', found);
    await page.goto(`${env.url}#/play/d08-engineers-vote/coach?view=statechart`);
    await page.getByRole('tab', { name: 'Statechart' }).click();
    await expect.poll(() => page.locator('.statechart svg').count(), { timeout: 60_000 }).toBe(5);
    await audit(page, 'coach statechart', found);
    await page.goto(`${env.url}#/import`);
    await page.locator('h1').waitFor({ timeout: 60_000 });
    await audit(page, 'import', found);
    for (const q of ['rules', 'calibration', 'report']) {
      await openAfresh(page, `${env.url}#/lab/d08-engineers-vote?q=${q}&n=500`);
      await page.locator('.lab-table').first().waitFor({ timeout: 60_000 });
      await audit(page, `lab ${q}`, found);
    }
    expect(found).toEqual([]);
  }, 240_000);

  it('the other screens (coach, lab, studio, presenter, room, a link to nowhere), driven at 360 px in dark: none in either look', async () => {
    const look = LOOKS[1];
    const context = await env.browser.newContext({
      viewport: { width: look.width, height: 900 },
      colorScheme: look.scheme,
    });
    const page = await context.newPage();
    const found: string[] = [];
    const wait = { timeout: 60_000 };

    await page.goto(`${env.url}#/no-such-screen`);
    await page.locator('h1').waitFor(wait);
    await audit(page, 'link to nowhere', found);

    await page.goto(`${env.url}#/play/d08-engineers-vote/coach`);
    await page.locator('.sbs-heads').waitFor(wait);
    await audit(page, 'coach side by side', found);
    await page.getByRole('tab', { name: 'What-if' }).click();
    await page.locator('#what-if-result').waitFor(wait);
    await audit(page, 'coach what-if', found);

    for (const q of ['fragility', 'interviewers']) {
      await openAfresh(page, `${env.url}#/lab/a06-latency-veto?q=${q}&n=500`);
      await page.locator('.lab-table').first().waitFor(wait);
      await audit(page, `lab ${q}`, found);
    }

    await page.goto(`${env.url}#/studio`);
    await page.getByLabel('Id').waitFor(wait);
    await audit(page, 'studio', found);
    await openAfresh(page, `${env.url}#/studio/a06-latency-veto`);
    await page.locator('.cm-content').waitFor(wait);
    await page.locator('.studio-problems').waitFor(wait);
    await audit(page, 'studio workspace', found);

    await openAfresh(page, `${env.url}#/play/c03-who-sets-vision/notes`);
    await page.locator('h1').first().waitFor(wait);
    await audit(page, 'presenter notes', found);
    await openAfresh(page, `${env.url}#/play/c03-who-sets-vision/present`);
    await page.locator('.presenter-slide h1').waitFor(wait);
    await audit(page, 'presenter', found);

    // A room, opened from the presenter: the facilitator's screen, the projector and a phone that joins.
    await page.getByRole('button', { name: /phones vote the answers/ }).click();
    await page.locator('.facilitator-top .eyebrow').waitFor(wait);
    await audit(page, 'room facilitator', found);
    const code = /Room ([A-Z0-9]{4}-[A-Z0-9]{4})/
      .exec((await page.locator('.facilitator-top .eyebrow').textContent())!)![1]!
      .replace('-', '');
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open projector window' }).click(),
    ]);
    await projector!.locator('.projector-code').first().waitFor(wait);
    await audit(projector!, 'room projector', found);
    const phone = await context.newPage();
    await phone.goto(`${env.url}j/${code}`);
    await phone.getByLabel('Your name (optional)').waitFor(wait);
    await audit(phone, 'join page', found);
    await phone.getByRole('button', { name: 'Join' }).click();
    await phone.getByText('You are in').waitFor(wait);
    await audit(phone, 'joined phone', found);
    await context.close();
    expect(found).toEqual([]);
  }, 240_000);
});
