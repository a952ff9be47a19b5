import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { browserAvailable, sharedBrowser } from './browser';
import { screenshot } from './shots';

// The studio's chunk, its worker and elkjs are transformed by the dev server on first use: seconds on a busy machine.
const SLOW = { timeout: 60_000 };
const a06 = readFileSync(join(import.meta.dirname, '../../scenarios/a06-latency-veto.yaml'), 'utf8');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** Select the first match of `find` with the editor's own search (Ctrl+F), as an author would, and paste over it. */
async function replaceInEditor(page: Page, find: string, replacement: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const search = page.locator('.cm-search input[name="search"]');
  await search.fill(find);
  // The panel reads its query on keyup (not on input), so a key is released before Enter finds the match.
  await search.press('End');
  await search.press('Enter');
  await search.press('Escape');
  // A paste, as an author brings in a block: typed line by line, the editor would indent each new line itself.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(replacement)});
    document.querySelector('.cm-content').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  })()`);
}

const counts = (page: Page) => page.locator('.studio-counts').textContent();
const problemsHead = (page: Page) => page.locator('#studio-problems-head').textContent();

describe.runIf(browserAvailable())('the authoring studio in Chromium', () => {
  const env = sharedBrowser();

  it('edits a copy of a bundled scenario: a broken reference shows at its line, the map and the counts follow an added option, the play reaches a decision from it, and the draft survives a reload and travels by link', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.url}#/`);
    await page.getByRole('link', { name: 'Open in studio (an editable copy): The latency veto' }).click();
    await page.locator('.cm-content').waitFor(SLOW);
    await expect.poll(() => problemsHead(page), SLOW).toBe('No problems');
    await expect.poll(() => counts(page), SLOW).toMatch(/^360 paths/);

    // A reference broken: the interviewer of the first round names nobody.
    await replaceInEditor(page, 'interviewer: tobias', 'interviewer: tobiaz');
    const problems = page.locator('.studio-problems li');
    // First the broken reference; the paths through that round's answers follow from it, as `validate` says.
    await expect
      .poll(async () => (await problems.allTextContents())[0], SLOW)
      .toMatch(new RegExp(`^line ${lineOf(a06, 'interviewer: tobias')} · rounds\\[0\\]\\.interviewer: .*"tobiaz"`));
    // Underlined in the text, at that line.
    await expect
      .poll(() => page.locator('.cm-lintRange-error').first().textContent(), SLOW)
      .toBe('interviewer: tobiaz');
    await screenshot(page, 'studio-problem.png');

    // Fixed with the editor's undo.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => problemsHead(page), SLOW).toBe('No problems');

    // A fourth answer to the follow-up on confounds: one more way through, so more paths.
    const option = [
      '          - id: a06-di-confound-new',
      '            text: I would ask the finance team, since they own the revenue numbers.',
      '            note: Hands the attribution question to finance.',
      '            signals: { scores: { impact: -1 } }',
      '          - id: a06-di-confound-split',
    ].join('\n');
    await replaceInEditor(page, '          - id: a06-di-confound-split', option);
    await expect.poll(() => problemsHead(page), SLOW).toBe('No problems');
    await expect.poll(() => counts(page), SLOW).toMatch(/^432 paths/);
    await page.getByRole('tab', { name: 'Map' }).click();
    const row = page.locator('[data-option="a06-di-confound-new"]');
    await row.waitFor(SLOW);
    await expect
      .poll(() => row.getByRole('button').first().getAttribute('aria-label'), SLOW)
      .toMatch(/^a06-di-confound-new: \d+ (hire|no hire)/);
    await screenshot(page, 'studio-map.png');
    expect(await seriousViolations(page)).toEqual([]);

    // Played from that answer: the earlier answers are filled in, then on to the committee.
    await page.getByRole('button', { name: 'Play from a06-di-confound-new' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Answers so far' }).textContent(), SLOW)
      .toContain('a06-di-confound-new');
    for (let i = 0; i < 20 && !(await page.locator('#studio-decision').count()); i++) {
      await page.locator('.studio-options button').first().click();
    }
    await expect.poll(() => page.locator('#studio-decision').textContent(), SLOW).toMatch(/Hire|No hire/);
    expect(await page.locator('.studio-decision').textContent()).toContain('Rules that fired');

    // The draft is kept in the browser: a reload opens it again, edit included.
    expect(page.url()).toMatch(/#\/studio\?draft=/);
    await page.reload();
    await page.locator('.cm-content').waitFor(SLOW);
    await expect.poll(() => counts(page), SLOW).toMatch(/^432 paths/);

    // The share link carries the draft itself: a browser that has never seen it opens the same text.
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(/#\/studio\?d=[A-Za-z0-9_-]+$/);
    const fresh = await env.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const other = await fresh.newPage();
    await other.goto(link);
    await other.locator('.cm-content').waitFor(SLOW);
    await expect.poll(() => counts(other), SLOW).toMatch(/^432 paths/);
    await other.getByRole('tab', { name: 'Map' }).click();
    await other.locator('[data-option="a06-di-confound-new"]').waitFor(SLOW);
    expect(await other.getByLabel('File name').inputValue()).toBe('a06-latency-veto.yaml');
    await fresh.close();
    expect(errors).toEqual([]);
  }, 480_000);

  it('a new scenario from the form passes the check as written and plays', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(`${env.url}#/studio`);
    await page.getByLabel('Id').fill('x09-first-try');
    await page.getByLabel('Pack').selectOption('pgm');
    await page.getByRole('button', { name: 'Write the skeleton' }).click();
    await page.locator('.cm-content').waitFor(SLOW);
    await expect.poll(() => problemsHead(page), SLOW).toBe('No problems');
    await expect.poll(() => counts(page), SLOW).toMatch(/^32 paths/);
    await page.locator('.studio-options button').first().waitFor(SLOW);
    expect(await seriousViolations(page)).toEqual([]);
  }, 240_000);
});
