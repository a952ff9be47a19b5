import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './browser';
import { seriousViolations } from './axe';
import { WAIT, workshopRig } from './roomPages';
import { failureShot } from './shots';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { createExercisePlan } from '../../machines/room/exercise';

const SCENARIO = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'c03-who-sets-vision')!;
const PLAN = createExercisePlan(SCENARIO);
const NAMES = ['Ann', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay'];
// Before discussion each phone has its own leniency and reads some dimensions its own way; after, they are closer.
const LENIENCY = [-1, 0, 1, 0, 1, -1];

const clamp = (x: number) => Math.max(1, Math.min(5, x));
function sheet(pass: number, phone: number, answer: number) {
  const a = PLAN.answers[answer]!;
  const scores = PLAN.dimensions.map((d, j) => {
    const wobble = pass === 1 ? ((phone + j + answer) % 3) - 1 : (phone + 2 * j + answer) % 5 === 0 ? 1 : 0;
    return clamp(a.recorded[d.id]! + (pass === 1 ? LENIENCY[phone]! : 0) + wobble);
  });
  return { scores, recommendation: PLAN.recommendations[clamp(Math.round(scores[0]! - 1)) - 1]!.text };
}

describe.runIf(browserAvailable())('the workshop in Chromium: a facilitator, a projector and six phones', () => {
  const { openRoom: open, phone, shot } = workshopRig('workshop');
  const openRoom = (button: RegExp) => open(SCENARIO.scenario.id, button);

  /** One phone scores the answer on screen and seals it. */
  async function score(page: Page, pass: number, i: number, answer: number) {
    await page.getByText(`Pass ${pass} of 2 · answer ${answer + 1} of ${PLAN.answers.length}`).waitFor(WAIT);
    const s = sheet(pass, i, answer);
    for (const [j, d] of PLAN.dimensions.entries())
      await page.getByLabel(`${d.label} ${s.scores[j]}`, { exact: true }).click();
    await page.getByRole('button', { name: s.recommendation, exact: true }).click();
    await page.getByRole('button', { name: /Seal my scores|Change my sealed scores/ }).click();
    try {
      await page.getByText('Sealed. Nobody sees your scores').waitFor(WAIT);
    } catch (err) {
      // Say what the phone showed instead: a refusal, a stuck "Sealing…", or another answer.
      await failureShot(page, `workshop-stuck-${pass}-${i}-${answer}.png`);
      throw new Error(`phone ${i}, pass ${pass}, answer ${answer}: ${await page.locator('.join-note').textContent()}`, {
        cause: err,
      });
    }
  }

  const count = (p: Page) => p.locator('.projector-count').textContent();

  it('a calibration exercise: three answers, two passes, the ICC before and after, private leniency, the lab with the room noise', async () => {
    const { fac, projector, code } = await openRoom(/calibration exercise/);
    const phones: Page[] = [];
    for (const n of NAMES) phones.push(await phone(code, n));
    await expect.poll(() => count(projector), WAIT).toBe('6 joined');
    await fac.getByRole('button', { name: /Start/ }).click();

    for (const pass of [1, 2]) {
      for (let a = 0; a < PLAN.answers.length; a++) {
        await projector.getByText(PLAN.answers[a]!.text).waitFor(WAIT);
        for (const [i, p] of phones.entries()) await score(p, pass, i, a);
        await expect.poll(() => count(projector), WAIT).toBe('6 of 6 scored');
        // Sealed: nothing of the spread reaches the projector before the reveal.
        expect(await projector.locator('.exercise-spread').count()).toBe(0);
        if (pass === 1 && a === 0) {
          await shot(phones[0]!, 'workshop-phone.png', { fullPage: true, docs: true });
          expect(await seriousViolations(phones[0]!)).toEqual([]);
        }
        if (a < PLAN.answers.length - 1) await fac.getByRole('button', { name: 'Answer →' }).click();
      }
      await fac.getByRole('button', { name: `Reveal pass ${pass} (R)` }).click();
      await projector.locator('.exercise-spread').waitFor(WAIT);
      await expect.poll(() => projector.locator('.icc-key').count(), WAIT).toBe(pass);
      // Each phone sees its own leniency and nobody else's.
      const mine = phones[2]!.locator('.join-leniency');
      await mine.waitFor(WAIT);
      if (pass === 1) expect(await mine.textContent()).toMatch(/above the room/);
      expect(await phones[2]!.textContent('body')).not.toMatch(/Ann|Bo |Dee|Eli|Fay/);
      if (pass === 1) await fac.getByRole('button', { name: 'Second pass, after discussion' }).click();
    }

    // Before and after, side by side: agreement rose once the room had talked it through.
    const label = (await projector.locator('.icc-chart svg').getAttribute('aria-label'))!;
    const icc2 = [...label.matchAll(/ICC\(2,1\) (-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(icc2).toHaveLength(2);
    expect(icc2[1]!).toBeGreaterThan(icc2[0]!);
    expect(await projector.locator('.icc-chart').textContent()).toContain('separate interviews 0.44');
    await shot(projector, 'workshop-projector-reveal.png', { docs: true });
    await shot(fac, 'workshop-facilitator.png', { fullPage: true });
    for (const page of [projector, fac, phones[2]!]) expect(await seriousViolations(page)).toEqual([]);

    // The export is anonymous unless the facilitator asks for names.
    const [download] = await Promise.all([
      fac.waitForEvent('download'),
      fac.getByRole('button', { name: 'Ratings CSV' }).click(),
    ]);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(text.split('\n')[0]).toBe('participant,pass,answer,dimension,score,recommendation');
    expect(text.split('\n').length - 2).toBe(6 * 3 * PLAN.dimensions.length * 2);
    expect(text).not.toMatch(/Ann|Fay/);

    // From the room to the lab: the link carries the room's own noise.
    const [lab] = await Promise.all([
      fac.context().waitForEvent('page'),
      fac.getByRole('link', { name: "Run the lab with this room's interviewers" }).click(),
    ]);
    await lab!.getByLabel('Reading error (sd, points)').waitFor(WAIT);
    const query = new URLSearchParams(lab!.url().split('?')[1]);
    expect(lab!.url()).toContain(`#/lab/${SCENARIO.scenario.id}?`);
    expect(await lab!.getByLabel('Reading error (sd, points)').inputValue()).toBe(query.get('err'));
    expect(await lab!.getByLabel('Leniency spread (sd, points)').inputValue()).toBe(query.get('len'));
    expect(Number(query.get('len'))).toBeGreaterThan(0.3);
  }, 600_000);
});
