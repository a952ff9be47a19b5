import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, sharedBrowser } from './browser';
import { seriousViolations } from './axe';
import { strToU8, zipSync } from 'fflate';
import { screenshot } from './shots';

// The check runs in a Web Worker whose modules the dev server transforms on first use; on a busy machine that takes seconds.
const SLOW = { timeout: 60_000 };
const golden = readFileSync(join(import.meta.dirname, '../fixtures/import/coach-made.yaml'), 'utf8');

describe.runIf(browserAvailable())('scenario import in Chromium', () => {
  const env = sharedBrowser();

  it('a valid file is playable at once and listed in the library; a broken one lists each problem with its path and line', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.url}#/`);
    await page.getByRole('link', { name: 'Import a scenario' }).click();
    await page
      .getByLabel('Choose scenario files')
      .setInputFiles({ name: 'coach-made.yaml', mimeType: 'text/yaml', buffer: Buffer.from(golden) });
    await page.getByRole('link', { name: 'Play' }).click();
    await expect
      .poll(() => page.locator('#prompt-heading').textContent(), SLOW)
      .toContain('What would you change first');
    await page.goto(`${env.url}#/`);
    await page.getByLabel('Search scenarios').fill('Coach-made');
    await expect.poll(() => page.locator('.card h2').allTextContents(), SLOW).toEqual(['A coach-made scenario']);

    const broken = golden.replace('    interviewer: hollis', '    interviewr: hollis').replace('level: L5', 'level: 5');
    await page.goto(`${env.url}#/import`);
    await page
      .getByLabel('Choose scenario files')
      .setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    const problems = page.locator('.import-problems li');
    await expect.poll(() => problems.count(), SLOW).toBeGreaterThanOrEqual(2);
    const text = (await problems.allTextContents()).join('\n');
    // Every problem in one form: the file, the line, the field, the message.
    expect(text).toMatch(/broken\.yaml · line \d+ · level: expected string, found number/);
    expect(text).toMatch(/broken\.yaml · line \d+ · rounds\[0\]\.interviewr: unknown key "interviewr"/);
    await screenshot(page, 'import.png', { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("a zipped pack folder brings another company's loop: its pack and scenario import together and play", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pack = readFileSync(join(import.meta.dirname, '../../scenarios/packs/pgm.yaml'), 'utf8')
      .replace('id: pgm', 'id: acme-pgm')
      .replace('title: Program Manager loop', 'title: Acme PgM loop');
    const scenario = golden
      .replace('pack: pgm', 'pack: acme-pgm')
      .replace('id: coach-made', 'id: acme-made')
      .replace('title: A coach-made scenario', 'title: An Acme scenario');
    const zip = zipSync({
      'acme/packs/acme-pgm.yaml': strToU8(pack),
      'acme/acme-made.yaml': strToU8(scenario),
      'acme/.DS_Store': strToU8('x'),
    });
    await page.goto(`${env.url}#/import`);
    await page
      .getByLabel('Choose scenario files')
      .setInputFiles({ name: 'acme.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await expect
      .poll(() => page.locator('.imported li').allTextContents(), SLOW)
      .toEqual([expect.stringContaining('a pack'), expect.stringContaining('An Acme scenario')]);
    await page.getByRole('link', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.play-head .eyebrow').textContent(), SLOW).toContain('Candidate');
  });

  it('says what was imported, heads problems with the files that have them, refuses a bundled id, and a broken zip gets a message', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.url}#/import`);
    const choose = page.getByLabel('Choose scenario files');
    await choose.setInputFiles({
      name: 'syntax.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(golden.replace('title: A coach-made scenario', 'title: [A coach-made\nnext: here: now')),
    });
    // The error is on the title's line, where the bracket opens, not on the line where the parser gave up.
    const titleLine = golden.split('\n').findIndex((l) => l.startsWith('title: A coach-made scenario')) + 1;
    await expect
      .poll(() => page.locator('.import-problems li').allTextContents(), SLOW)
      .toEqual([`syntax.yaml · line ${titleLine}: not valid YAML: the [ here is never closed (column 8)`]);
    await choose.setInputFiles({
      name: 'fine.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(
        golden.replace('id: coach-made', 'id: fine-one').replace('title: A coach-made scenario', 'title: A fine one'),
      ),
    });
    await expect
      .poll(() => page.locator('.notice.success').textContent(), SLOW)
      .toBe('Imported: “A fine one” is ready to play.');
    expect(await page.locator('.problems h2').textContent()).toBe('Problems in syntax.yaml');
    // Success is not styled as a warning, and the screen has its one main landmark.
    const [ok, warn] = await page.evaluate(() => {
      const probe = Object.assign(document.createElement('p'), { className: 'notice' });
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return [getComputedStyle(document.querySelector('.notice.success')!).backgroundColor, colour];
    });
    expect(ok).not.toBe(warn);
    expect(await page.locator('main').count()).toBe(1);
    await choose.setInputFiles({
      name: 'shadow.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(golden.replace('id: coach-made', 'id: a06-latency-veto')),
    });
    await expect
      .poll(() => page.locator('.import-problems').textContent(), SLOW)
      .toMatch(
        /shadow\.yaml · line \d+ · id: expected an id no other scenario uses, found "a06-latency-veto", also in the bundled library/,
      );
    await choose.setInputFiles({
      name: 'broken.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync({ 'a/x.yaml': strToU8(golden.repeat(30)) }).slice(0, 900)),
    });
    await expect
      .poll(() => page.locator('.import-problems').textContent(), SLOW)
      .toMatch(/broken\.zip · \(file\): (was not imported|ends partway)/);
    expect(errors).toEqual([]);
  });

  it('imports survive a reload from IndexedDB; an older localStorage import is moved there, nothing lost', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.url}#/`);
    await page.evaluate(
      (text) => localStorage.setItem('debrief.imported', JSON.stringify([{ name: 'legacy.yaml', text, addedAt: 1 }])),
      golden
        .replace('id: coach-made', 'id: legacy-one')
        .replace('title: A coach-made scenario', 'title: A legacy import'),
    );
    await page.reload();
    await page.getByLabel('Search scenarios').fill('legacy import');
    await expect.poll(() => page.locator('.card h2').allTextContents(), SLOW).toEqual(['A legacy import']);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('debrief.imported')), SLOW).toBeNull();
    await page.goto(`${env.url}#/import`);
    await expect.poll(() => page.locator('.imported li strong').allTextContents(), SLOW).toContain('A legacy import');
  });

  it('a garbage link shows a way back, never a blank page', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const hash of ['#/play/%/candidate', '#/play/constructor/candidate', '#/play/__proto__/coach']) {
      await page.goto(`${env.url}${hash}`);
      await expect.poll(() => page.locator('[role=alert] h1').textContent(), SLOW).toBe('Nothing here');
    }
    expect(errors).toEqual([]);
  });
});
