import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const SHOTS = join(import.meta.dirname, 'screenshots');

/**
 * Whether this run keeps a picture of each screen it drives, in tests/e2e/screenshots. Not in
 * `npm test`: no test reads them, and drawing them (most full-page PNGs, in software) costs about
 * 0.3 s of CPU each, some 20 s a run (measured A B A B on three browser files: 6 s for their 20
 * pictures), on a suite that keeps both cores busy. `npm run screenshots` runs the browser tests with
 * them; DEBRIEF_DOCS_SHOTS=1 (the README's pictures) takes them too. A picture of a failure is kept
 * whatever this says (`failureShot`).
 */
export const keepsShots = process.env.DEBRIEF_SHOTS === '1' || process.env.DEBRIEF_DOCS_SHOTS === '1';

/** A picture of the screen as the test drove it, when this run keeps them. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!keepsShots) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name), ...options });
}

/** A picture of what a page showed when a test failed on it: always kept, to say what went wrong. */
export async function failureShot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, name);
  await page.screenshot({ path, fullPage: true });
  return path;
}
