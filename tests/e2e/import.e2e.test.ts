import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, sharedBrowser } from './browser';
import { seriousViolations } from './axe';
import { strToU8, zipSync } from 'fflate';

const SHOTS = join(import.meta.dirname, 'screenshots');
const golden = readFileSync(join(import.meta.dirname, '../fixtures/import/coach-made.yaml'), 'utf8');

describe.runIf(browserAvailable())('scenario import in Chromium', () => {
  const env = sharedBrowser(SHOTS);

  it('a valid file is playable at once and listed in the library; a broken one lists each problem with its path and line', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.url}#/`);
    await page.getByRole('link', { name: 'Import a scenario' }).click();
    await page.getByLabel('Choose scenario files').setInputFiles({ name: 'coach-made.yaml', mimeType: 'text/yaml', buffer: Buffer.from(golden) });
    await page.getByRole('link', { name: 'Play' }).click();
    await expect.poll(() => page.locator('#prompt-heading').textContent()).toContain('What would you change first');
    await page.goto(`${env.url}#/`);
    await page.getByLabel('Search scenarios').fill('Coach-made');
    await expect.poll(() => page.locator('.card h2').allTextContents()).toEqual(['A coach-made scenario']);

    const broken = golden.replace('    interviewer: hollis', '    interviewr: hollis').replace('level: L5', 'level: 5');
    await page.goto(`${env.url}#/import`);
    await page.getByLabel('Choose scenario files').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    const problems = page.locator('.import-problems li');
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(2);
    const text = (await problems.allTextContents()).join('\n');
    expect(text).toMatch(/broken\.yaml line \d+ · level: expected string, found number/);
    expect(text).toMatch(/broken\.yaml line \d+ · rounds\[0\]\.interviewr: unknown key "interviewr"/);
    await page.screenshot({ path: join(SHOTS, 'import.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it("a zipped pack folder brings another company's loop: its pack and scenario import together and play", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pack = readFileSync(join(import.meta.dirname, '../../scenarios/packs/pgm.yaml'), 'utf8').replace('id: pgm', 'id: acme-pgm').replace('title: Program Manager loop', 'title: Acme PgM loop');
    const scenario = golden.replace('pack: pgm', 'pack: acme-pgm').replace('id: coach-made', 'id: acme-made').replace('title: A coach-made scenario', 'title: An Acme scenario');
    const zip = zipSync({ 'acme/packs/acme-pgm.yaml': strToU8(pack), 'acme/acme-made.yaml': strToU8(scenario), 'acme/.DS_Store': strToU8('x') });
    await page.goto(`${env.url}#/import`);
    await page.getByLabel('Choose scenario files').setInputFiles({ name: 'acme.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await expect.poll(() => page.locator('.imported li').allTextContents()).toEqual([
      expect.stringContaining('a pack'),
      expect.stringContaining('An Acme scenario'),
    ]);
    await page.getByRole('link', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.play-head .eyebrow').textContent()).toContain('Candidate');
  }, 60_000);
});
