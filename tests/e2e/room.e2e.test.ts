import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, testBrowser } from './browser';
import { freePort, killServer, startBuiltServer } from './roomServer';
import { screenshot } from './shots';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';

const DOCS = join(import.meta.dirname, '../../docs');
// c03: two prompts; the recorded candidate ends in No hire, the "best" answers in Hire.
const SCENARIO = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'c03-who-sets-vision')!;
const RECORDED = SCENARIO.scenario.paths.recorded!;
const OTHER = Object.values(SCENARIO.scenario.paths).find((p) => p.decision && p.decision !== RECORDED.decision)!;

const WAIT = { timeout: 60_000 };
const README_SHOTS = new Set(['room-projector.png', 'room-phone.png', 'room-remote.png']);
/** Screenshots go to tests/e2e/screenshots; the README's docs/room-*.png are refreshed only when asked (DEBRIEF_DOCS_SHOTS=1). */
const shot = async (page: Page, name: string, options: { fullPage?: boolean } = {}) => {
  await screenshot(page, name, options);
  if (process.env.DEBRIEF_DOCS_SHOTS === '1' && README_SHOTS.has(name))
    await page.screenshot({ path: join(DOCS, name), ...options });
};

describe.runIf(browserAvailable())('room mode in Chromium: a host on two devices, two projectors, phones', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startBuiltServer>>;
  let port: number;
  let url: string;
  const data = mkdtempSync(join(tmpdir(), 'debrief-room-e2e-'));
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    server = await startBuiltServer(port, data, inject('e2eDist'));
    browser = await testBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    if (server) await killServer(server);
    rmSync(data, { recursive: true, force: true });
  });

  const context = async (options: Parameters<Browser['newContext']>[0]) => {
    const c = await browser.newContext(options);
    contexts.push(c);
    return c;
  };

  /** The facilitator opens a room from the presenter view; returns its window, the projector popup and the code. */
  async function openRoom(button: RegExp) {
    const fac = await (await context({ viewport: { width: 1366, height: 768 } })).newPage();
    await fac.goto(`${url}#/play/${SCENARIO.scenario.id}/present`);
    await fac.getByRole('button', { name: button }).click();
    await fac.locator('.facilitator-top .eyebrow').waitFor(WAIT);
    const code = /Room ([A-Z0-9]{4}-[A-Z0-9]{4})/
      .exec((await fac.locator('.facilitator-top .eyebrow').textContent())!)![1]!
      .replace('-', '');
    expect(fac.url()).not.toContain('secret');
    const [projector] = await Promise.all([
      fac.context().waitForEvent('page'),
      fac.getByRole('button', { name: 'Open projector window' }).click(),
    ]);
    await projector!.setViewportSize({ width: 1366, height: 768 });
    await projector!.locator('.projector-code').first().waitFor(WAIT);
    return { fac, projector: projector!, code };
  }

  const phoneContext = () => context({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  async function phone(code: string, name: string) {
    const page = await (await phoneContext()).newPage();
    await page.goto(`${url}j/${code}`);
    await page.getByLabel('Your name (optional)').fill(name);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText('You are in').waitFor(WAIT);
    return page;
  }

  const option = (page: Page, i: number) => page.locator('.join-option').nth(i);
  async function vote(page: Page, i: number) {
    await option(page, i).click();
    await expect.poll(() => option(page, i).getAttribute('aria-pressed'), WAIT).toBe('true');
    await page.getByText('Vote counted').waitFor(WAIT);
  }
  const projectorCount = (p: Page) => p.locator('.projector-count').textContent();
  const facTally = (fac: Page) => fac.locator('.facilitator-tally td.num').allTextContents();
  const fits = (p: Page) =>
    p.evaluate(
      () => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth,
    );

  it('join by typing a code after a typo, remove a participant, host from a second device, vote, Back and Next with the votes intact, survive a killed server, and follow the room to a decision unlike the recorded one', async () => {
    const { fac, projector, code } = await openRoom(/phones vote the answers/);
    // A second projector in a context of its own (the venue's computer on the wall), not the facilitator's popup.
    const wall = await (await context({ viewport: { width: 1366, height: 768 } })).newPage();
    await wall.goto(`${url}#/room/${code}`);
    await wall.locator('.projector-code').first().waitFor(WAIT);
    // Ann types the code at /j: a typo first, then the right code, lower case with a space: no reload needed.
    const ann = await (await phoneContext()).newPage();
    await ann.goto(`${url}j`);
    const field = ann.getByLabel('Room code');
    await expect.poll(() => ann.evaluate(() => document.activeElement?.getAttribute('name')), WAIT).toBe('code');
    await field.fill('ZZZZ-2222');
    await ann.getByRole('button', { name: 'Find the room' }).click();
    await ann.getByText('No room has the code ZZZZ2222').waitFor(WAIT);
    await field.fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
    await ann.getByRole('button', { name: 'Find the room' }).click();
    await ann.getByLabel('Your name (optional)').fill('Ann');
    await ann.getByRole('button', { name: 'Join' }).click();
    await ann.getByText('You are in').waitFor(WAIT);
    const phones = [ann, await phone(code, 'Bo'), await phone(code, '<b>Cy</b>')];
    // A stray joins; the facilitator removes them from the list, and their phone says so.
    const stray = await phone(code, 'Stray');
    await expect.poll(() => projectorCount(projector), WAIT).toBe('4 joined');
    await fac.locator('.facilitator-people summary').click();
    expect(await fac.locator('.facilitator-people').textContent()).toContain('<b>Cy</b>');
    fac.once('dialog', (d) => d.accept());
    await fac.getByRole('button', { name: 'Remove Stray' }).click();
    await stray.getByText('You were removed from this room').waitFor(WAIT);
    await expect.poll(() => projectorCount(projector), WAIT).toBe('3 joined');
    expect(await projector.locator('.projector-qr').getAttribute('alt')).toContain(`/j/${code}`);
    expect(await fits(projector)).toBe(true);
    // The host link (key in the fragment, never on the projector) runs the room from a phone.
    expect(await projector.content()).not.toContain('key=');
    const hostLink = await fac.locator('.facilitator-host-link').inputValue();
    expect(hostLink).toMatch(new RegExp(`#/room/${code}/facilitator\\?key=`));
    const remote = await (await phoneContext()).newPage();
    await remote.goto(hostLink.replace(/^http:\/\/[^/]+\//, url));
    await remote.getByRole('button', { name: /Start/ }).waitFor(WAIT);
    expect(remote.url()).not.toContain('key=');
    await shot(remote, 'room-remote.png');
    await remote.getByRole('button', { name: /Start/ }).click();

    for (const [n, choice] of OTHER.choices.entries()) {
      await phones[0]!.locator('.join-option').first().waitFor(WAIT);
      const ids = SCENARIO.options.get(choice)!.prompt.options.map((o) => o.id);
      const want = ids.indexOf(choice);
      const other = want === 0 ? 1 : 0;
      await expect.poll(() => fac.getByRole('button', { name: /Reveal/ }).isDisabled(), WAIT).toBe(true);
      await vote(phones[0]!, want);
      await vote(phones[1]!, other);
      // Bo changes his mind before the reveal: still one vote, now for the majority.
      await vote(phones[1]!, want);
      if (n === 0) {
        // The server is killed mid-step with two votes in; Cy votes while it is down.
        await killServer(server);
        await phones[2]!.getByText('Reconnecting…').waitFor(WAIT);
        await option(phones[2]!, other).click();
        await phones[2]!.getByText('Sending your vote').waitFor(WAIT);
        server = await startBuiltServer(port, data, inject('e2eDist'));
        await phones[2]!.getByText('Vote counted').waitFor({ timeout: 60_000 });
        await expect
          .poll(() => phones[0]!.locator('.join-option').nth(want).getAttribute('aria-pressed'), WAIT)
          .toBe('true');
        await fac.getByText('Live').waitFor({ timeout: 60_000 });
      } else {
        await vote(phones[2]!, other);
      }
      await expect.poll(() => projectorCount(projector), WAIT).toBe('3 of 3 voted');
      await expect.poll(() => projectorCount(wall), WAIT).toBe('3 of 3 voted');
      const tally = (await facTally(fac)).map(Number);
      expect(tally[want]).toBe(2);
      expect(tally[other]).toBe(1);
      // Nothing of the distribution reaches the projector before the reveal.
      expect(await projector.locator('.tally-bars').count()).toBe(0);
      await fac.keyboard.press('r');
      await projector.locator('.tally-bars').waitFor(WAIT);
      await phones[0]!.locator('.join-reveal').waitFor(WAIT);
      expect(await projector.locator('.tally-bars').getAttribute('aria-label')).toContain(`${'ABCDE'[want]} 2`);
      if (n === 0) {
        expect(await fits(projector)).toBe(true);
        // The phone brought the result into view, and the connection state is still on screen.
        const inView = (sel: string) =>
          phones[0]!.evaluate((s) => {
            const r = document.querySelector(s)!.getBoundingClientRect();
            return r.top >= 0 && r.top < innerHeight;
          }, sel);
        await expect.poll(() => inView('.join-reveal'), WAIT).toBe(true);
        expect(await inView('.join-status')).toBe(true);
        await shot(projector, 'room-projector.png');
        await shot(phones[0]!, 'room-phone.png');
        await shot(fac, 'room-facilitator.png');
      }
      if (n === 1) {
        // Back, then Next: the step comes back as it was, its three votes and the reveal intact.
        const before = await facTally(fac);
        await remote.getByRole('button', { name: '← Back' }).click();
        await expect.poll(() => fac.locator('.facilitator-live').textContent(), WAIT).toContain('step 1');
        await remote.getByRole('button', { name: 'Next →' }).click();
        await expect.poll(() => fac.locator('.facilitator-live').textContent(), WAIT).toContain('step 2');
        expect(await facTally(fac)).toEqual(before);
        await projector.locator('.tally-bars').waitFor(WAIT);
        await wall.locator('.tally-bars').waitFor(WAIT);
        expect(await wall.locator('.tally-bars').getAttribute('aria-label')).toContain(`${'ABCDE'[want]} 2`);
        expect(await option(phones[1]!, want).getAttribute('aria-pressed')).toBe('true');
      }
      await fac.getByRole('button', { name: 'Next →' }).click();
    }

    // The room's answers took the loop to the debrief: a decision the recorded candidate never got.
    await projector.getByText('What did the committee decide').waitFor(WAIT);
    await vote(phones[0]!, 0);
    await fac.keyboard.press('r');
    const said = projector.locator('.projector-said');
    await said.waitFor(WAIT);
    const labels = SCENARIO.scenario.decisionLabels;
    const label = (d: string) =>
      (labels as Record<string, string | undefined>)[d] ??
      { hire: 'Hire', no_hire: 'No hire', down_level: 'Down-level' }[d];
    expect(await said.textContent()).toContain(`The room's path ended in ${label(OTHER.decision!)}`);
    expect(await said.textContent()).toContain(`The real committee decided ${label(RECORDED.decision!)}`);
    await shot(projector, 'room-decision.png');

    // A participant cannot move the room: the page has no such control, and the server refuses it outright.
    const refused = await phones[1]!.evaluate(
      (code) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(`ws://${location.host}/room`);
          ws.onopen = () => {
            ws.send(JSON.stringify({ t: 'join', code, name: 'x' }));
            ws.send(JSON.stringify({ t: 'control', action: 'next' }));
          };
          ws.onmessage = (e) => {
            const m = JSON.parse(e.data);
            if (m.t === 'error') resolve(m.code);
          };
        }),
      code,
    );
    expect(refused).toBe('forbidden');

    const [download] = await Promise.all([
      fac.waitForEvent('download'),
      fac.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString('utf8');
    expect(text.split('\n')[0]).toBe('step,step_id,question,choice,room_votes,marks');
    expect(text).toContain("room's answer");
    fac.once('dialog', (d) => d.accept());
    await fac.getByRole('button', { name: 'Close room' }).click();
    await phones[0]!.getByText('This room is closed').waitFor(WAIT);
  }, 300_000);

  it('on a 360x740 phone, after the reveal the result is in view beside the connection state', async () => {
    const { fac, projector, code } = await openRoom(/phones vote the answers/);
    const phones = [await phone(code, 'Gil'), await phone(code, 'Hal'), await phone(code, 'Ida')];
    await fac.getByRole('button', { name: /Start/ }).click();
    for (const p of phones) await p.locator('.join-option').first().waitFor(WAIT);
    // c03's three answers run to 260 characters: whole, they need 835 px; cut to their first lines, the
    // three answers fit a 360x740 phone without scrolling, and one tap shows them in full.
    expect(await phones[0]!.locator('.join-option').count()).toBe(3);
    const lastBottom = () =>
      phones[0]!.evaluate(() => {
        const all = document.querySelectorAll('.join-option');
        return all[all.length - 1]!.getBoundingClientRect().bottom <= innerHeight;
      });
    const cut = () =>
      phones[0]!.evaluate(
        () =>
          [...document.querySelectorAll('.join-option-text')].filter((t) => t.scrollHeight > t.clientHeight + 1).length,
      );
    expect(await lastBottom()).toBe(true);
    expect(await cut()).toBeGreaterThan(0);
    await phones[0]!.getByRole('button', { name: 'Show the answers in full' }).click();
    await expect.poll(cut, WAIT).toBe(0);
    await phones[0]!.getByRole('button', { name: 'Shorten the answers' }).click();
    await expect.poll(lastBottom, WAIT).toBe(true);
    for (const [i, p] of phones.entries()) await vote(p, i % 2);
    await expect.poll(() => projectorCount(projector), WAIT).toBe('3 of 3 voted');
    await fac.getByRole('button', { name: /Reveal \(R\)/ }).click();
    await phones[0]!.locator('.join-reveal').waitFor(WAIT);
    const inView = (sel: string) =>
      phones[0]!.evaluate((s) => {
        const r = document.querySelector(s)?.getBoundingClientRect();
        return r !== undefined && r.top >= 0 && r.top < innerHeight;
      }, sel);
    await expect.poll(() => inView('.join-reveal'), WAIT).toBe(true);
    expect(await inView('.join-status')).toBe(true);
  }, 300_000);

  it('sits the room as the committee: the spread beside the real votes and the consensus, then who would veto', async () => {
    const { fac, projector, code } = await openRoom(/phones sit as the committee/);
    const phones = [await phone(code, 'Dee'), await phone(code, 'Eli'), await phone(code, 'Fay')];
    await fac.getByRole('button', { name: /Start/ }).click();
    await projector.getByText('The packet').waitFor(WAIT);
    await fac.getByRole('button', { name: 'Next →' }).click();
    await phones[0]!.locator('.join-option').first().waitFor(WAIT);
    // Four answers and the veto box fit a 360x740 phone without scrolling.
    expect(await phones[0]!.locator('.join-option').count()).toBe(4);
    const bottom = await phones[0]!.evaluate(
      () => document.querySelector('.join-veto')!.getBoundingClientRect().bottom <= innerHeight,
    );
    expect(bottom).toBe(true);
    await vote(phones[0]!, 0);
    await phones[0]!.getByLabel('I would veto this hire').click();
    await expect.poll(() => phones[0]!.getByLabel('I would veto this hire').isChecked(), WAIT).toBe(true);
    await phones[0]!.getByText('Vote counted').waitFor(WAIT);
    await vote(phones[1]!, 2);
    await vote(phones[2]!, 3);
    await expect.poll(() => projectorCount(projector), WAIT).toBe('3 of 3 voted');
    await fac.getByRole('button', { name: /Reveal \(R\)/ }).click();
    const committee = projector.locator('.projector-committee');
    await committee.waitFor(WAIT);
    expect(await projector.locator('.tally-bars').getAttribute('aria-label')).toMatch(
      /Strong no 1, No 0, Yes 1, Strong yes 1/,
    );
    expect(await committee.textContent()).toMatch(/Calibrated consensus/);
    expect(await committee.textContent()).toContain('1 in the room would veto');
    await fac.getByRole('button', { name: 'Reveal who would veto' }).click();
    await expect.poll(() => committee.textContent(), WAIT).toContain('would veto: Dee');
    expect(await fits(projector)).toBe(true);
    await shot(projector, 'room-committee.png');
  }, 300_000);
});
