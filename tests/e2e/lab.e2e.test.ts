import { describe, expect, it } from 'vitest';
import { browserAvailable, sharedBrowser } from './browser';
import { seriousViolations } from './axe';
import { runLabRequest, scenarioData } from '../../src/lab/labRequest';
import { parseSetup } from '../../machines/lab/setup';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { screenshot } from './shots';

const a06 = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'a06-latency-veto')!;

/** The first table's rows as the page shows them. */
const tableRows = (page: import('playwright-core').Page) =>
  page
    .locator('.lab-table-col tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));

describe.runIf(browserAvailable())('the calibration lab in Chromium', () => {
  const env = sharedBrowser();

  it('opens from a scenario card, runs question 1 in the worker, and shows what node computes for the same seed', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${env.url}#/`);
    await page.getByRole('link', { name: 'Calibration lab: The latency veto' }).click();
    await page.locator('.lab-result').waitFor({ timeout: 90_000 });
    expect(page.url()).toMatch(/#\/lab\/a06-latency-veto\?q=fragility&n=10000&err=0\.69&len=0\.25&seed=1$/);
    expect(await page.locator('.lab-chart figcaption').first().textContent()).toContain('N = 10000 · seed 1');
    const setup = parseSetup({ q: 'fragility' });
    if (!setup.ok) throw new Error('default setup');
    const node = runLabRequest({ target: scenarioData(a06), setup: setup.setup });
    // The screen shows a share with its interval under it in one cell: "24.13 (22.64 to 25.7)".
    const fields = node.tables[0]!.fields;
    const low = fields.indexOf('low %');
    expect(low).toBeGreaterThan(0);
    expect(await tableRows(page)).toEqual(
      node.tables[0]!.rows.map((r) => [
        ...r.slice(0, low - 1).map(String),
        `${r[low - 1]} (${r[low]} to ${r[low + 1]})`,
        ...r.slice(low + 2).map(String),
      ]),
    );
    await screenshot(page, 'lab-fragility-1366.png', { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('a long run shows its progress, leaves the page usable, and Cancel stops it', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${env.url}#/lab/a06-latency-veto?q=interviewers&n=100`);
    await page.locator('.lab-result').waitFor({ timeout: 90_000 });
    await page.getByLabel('N (committees)').fill('5000000');
    await page.getByRole('button', { name: 'Run' }).click();
    const bar = page.getByRole('progressbar', { name: 'Simulated committees run' });
    await bar.waitFor();
    await expect
      .poll(() => bar.evaluate((el) => (el as HTMLProgressElement).value), { timeout: 60_000 })
      .toBeGreaterThan(0);
    // The draws run in the worker: the page still takes typing while they do.
    await page.getByLabel('Seed').fill('12');
    expect(await page.getByLabel('Seed').inputValue()).toBe('12');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Cancelled; nothing was kept from that run.').waitFor();
    expect(await bar.count()).toBe(0);
    expect(await page.locator('.lab-result').count()).toBe(0);
    await page.close();
  });

  it('the link carries the whole setup: opened afresh it restores every field and gives the same figures', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${env.url}#/lab/a06-latency-veto`);
    await page.locator('.lab-result').waitFor({ timeout: 90_000 });
    await page.getByLabel('N (committees)').fill('3000');
    await page.getByLabel('Reading error (sd, points)').fill('0.8');
    await page.getByLabel('Leniency spread (sd, points)').fill('0.1');
    await page.getByLabel('Seed').fill('7');
    await page.getByLabel("V1 The hiring manager's veto").uncheck();
    await page.getByRole('tab', { name: '2. Which rule decides?' }).click();
    await page.locator('.lab-result h2', { hasText: 'Which rule decides?' }).waitFor({ timeout: 90_000 });
    const url = page.url();
    expect(url).toMatch(/\?q=rules&n=3000&err=0\.8&len=0\.1&off=V1&seed=7$/);
    const rows = await tableRows(page);

    const again = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await again.goto(url);
    await again.locator('.lab-result h2', { hasText: 'Which rule decides?' }).waitFor({ timeout: 90_000 });
    expect(await again.getByLabel('N (committees)').inputValue()).toBe('3000');
    expect(await again.getByLabel('Reading error (sd, points)').inputValue()).toBe('0.8');
    expect(await again.getByLabel('Leniency spread (sd, points)').inputValue()).toBe('0.1');
    expect(await again.getByLabel('Seed').inputValue()).toBe('7');
    expect(await again.getByLabel("V1 The hiring manager's veto").isChecked()).toBe(false);
    expect(await again.getByRole('tab', { name: '2. Which rule decides?' }).getAttribute('aria-selected')).toBe('true');
    expect(again.url()).toBe(url);
    expect(await tableRows(again)).toEqual(rows);
    // On a phone the link opens on its figures: the result's heading is on the first screen, the setup below it.
    const heading = (await again.locator('.lab-result h2').boundingBox())!;
    expect(heading.y + heading.height).toBeLessThanOrEqual(844);
    const form = (await again.getByRole('form', { name: 'Lab setup' }).boundingBox())!;
    expect(form.y).toBeGreaterThan(heading.y);
    await screenshot(again, 'lab-rules-phone.png', { fullPage: true });
    // Run pressed at the foot of the setup brings the run and its result back up.
    await again.getByLabel('Seed').fill('8');
    await again.getByRole('button', { name: 'Run', exact: true }).click();
    await again.locator('.lab-result', { hasText: 'seed 8' }).waitFor({ timeout: 90_000 });
    const top = await again.locator('.lab-main').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(844);
    await page.close();
    await again.close();
  }, 180_000);
});
