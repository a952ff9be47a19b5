import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerOnceAndReturn, browserAvailable, sharedBrowser } from './browser';
import { deckOf, recordedReport } from '../../src/present/deck';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { screenshot } from './shots';

/** Put values straight into Debrief's IndexedDB store, as another build or a hand edit might have. */
const putStored = (page: Page, entries: Array<[string, unknown]>) =>
  page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('debrief');
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          for (const [key, value] of entries) tx.objectStore('kv').put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );

const readStored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('debrief');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('kv').objectStore('kv');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            open.result.close();
            resolve(Object.fromEntries(keys.result.map((k, i) => [String(k), values.result[i]])));
          };
        };
      }),
  );

describe.runIf(browserAvailable())('stored data Debrief cannot read, in Chromium', () => {
  const env = sharedBrowser();

  it('a save dated 1e300 and a value that is not text: the library opens, says so, and keeps both aside', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.url, { timeout: 120_000 });
    await page.locator('.card h2').first().waitFor({ timeout: 60_000 });
    const farFuture = {
      format: 1,
      scenarioId: 'a06-latency-veto',
      title: 'The latency veto',
      mode: 'candidate',
      contentHash: 'x',
      steps: 'a06-anything',
      updatedAt: 1e300,
      finished: false,
      outcome: null,
      seat: null,
    };
    await putStored(page, [
      ['debrief.save.candidate.a06-latency-veto', JSON.stringify(farFuture)],
      ['debrief.save.committee.a06-latency-veto', { format: 1, steps: 7 }],
    ]);
    await page.reload({ timeout: 120_000 });
    await page.locator('.card h2').first().waitFor({ timeout: 60_000 });
    const alerts = page.locator('[role="alert"]');
    await alerts.filter({ hasText: 'its updatedAt is not what a save holds' }).waitFor({ timeout: 60_000 });
    await alerts.filter({ hasText: 'was not in the form Debrief writes' }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'library-unreadable-stored-data.png', { fullPage: true });
    expect(await page.getByText('Back to the library').count()).toBe(0);
    expect(errors).toEqual([]);
    // Nothing lost: both are kept aside as text, and no longer where a save is read.
    const stored = await readStored(page);
    expect(stored['debrief.set-aside.candidate.a06-latency-veto']).toBe(JSON.stringify(farFuture));
    expect(stored['debrief.set-aside.committee.a06-latency-veto']).toBe('{"format":1,"steps":7}');
    expect(stored).not.toHaveProperty(['debrief.save.committee.a06-latency-veto']);
    // The next load is quiet: what was set aside is not reported again.
    await page.reload({ timeout: 120_000 });
    await page.locator('.card h2').first().waitFor({ timeout: 60_000 });
    expect(await page.getByText('was not in the form Debrief writes').count()).toBe(0);
    await page.close();
  }, 240_000);

  it('a save removed just before the tab goes stays removed, though IndexedDB had not dropped it yet', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(env.url, { timeout: 120_000 });
    await answerOnceAndReturn(page, env.url);
    await expect.poll(() => page.locator('.continue li').count()).toBe(1);
    await expect
      .poll(async () => Object.keys(await readStored(page)).some((k) => k.endsWith('a06-latency-veto')))
      .toBe(true);
    // IndexedDB refuses to delete from here on, as a tab closed before its delete finished never deletes.
    await page.evaluate(() => {
      IDBObjectStore.prototype.delete = () => {
        throw new DOMException('the tab was closed first', 'AbortError');
      };
    });
    await page.getByRole('button', { name: /^Remove The latency veto/ }).click();
    expect(await page.locator('.continue li').count()).toBe(0);
    // Said aloud, as every storage problem is, and what it means for the next visit.
    await expect
      .poll(() => page.locator('.storage-notices').textContent())
      .toContain(
        "Debrief could not remove your progress in this session from this browser's storage: the tab was closed first. It is gone from this page, and Debrief removes it again on your next visit.",
      );
    expect(Object.keys(await readStored(page)).some((k) => k.endsWith('a06-latency-veto'))).toBe(true);
    // The next visit (IndexedDB whole again) finds the save still there, and the removal newer than it.
    await page.reload();
    await page.locator('.card h2').first().waitFor();
    expect(await page.locator('.continue').count()).toBe(0);
    await expect
      .poll(async () => Object.keys(await readStored(page)).some((k) => k.endsWith('a06-latency-veto')))
      .toBe(false);
    await page.reload();
    await page.locator('.card h2').first().waitFor();
    expect(await page.locator('.continue').count()).toBe(0);
    await page.close();
  }, 240_000);

  it('a presenter place past the end of the deck shows the last slide as "n / n"', async () => {
    const id = 'c07-false-negatives';
    const resolved = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === id)!;
    const slides = deckOf(resolved, recordedReport(resolved)).length;
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(env.url, { timeout: 120_000 });
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`debrief.present.${id}`, JSON.stringify({ index: 99999, revealed: [], blank: false, tally: {} })],
    );
    await page.goto(`${env.url}#/play/${id}/present`, { timeout: 120_000 });
    const progress = page.locator('.presenter-progress');
    await progress.waitFor({ timeout: 60_000 });
    expect(await progress.textContent()).toContain(`${slides} / ${slides}`);
    // Back goes to the slide before the last, not to 99,998.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => progress.textContent()).toContain(`${slides - 1} / ${slides}`);
    await page.close();
  }, 240_000);
});
