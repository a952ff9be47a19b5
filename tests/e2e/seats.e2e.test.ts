import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './browser';
import { seriousViolations } from './axe';
import { WAIT, workshopRig } from './roomPages';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { createSeatingPlan } from '../../machines/room/seating';

const LIBRARY = loadLibrary([REPO_SCENARIOS]).scenarios;
// One committee: four seats, the hiring manager's among them (a veto the real committee used).
const VETO = LIBRARY.find((s) => s.scenario.id === 'a06-latency-veto')!;
const VETO_PLAN = createSeatingPlan(VETO);
// Parallel committees: three seats, two of whom interviewed; the real committee down-levelled.
const SCENARIO = LIBRARY.find((s) => s.scenario.id === 'b02-metric-definitions')!;
const PLAN = createSeatingPlan(SCENARIO);
const SEATS = PLAN.seats;
const NAMES = ['Ann', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay'];
const count = (p: Page) => p.locator('.projector-count').textContent();

describe.runIf(browserAvailable())('seats in Chromium: a facilitator, a projector and six phones', () => {
  const { openRoom, phone, shot } = workshopRig('seats');

  /** Wait for a phone to say it sits in a seat, and return which. */
  async function seatOf(page: Page) {
    const heading = page.getByRole('heading', { name: /^You sit as / });
    await heading.waitFor(WAIT);
    const text = (await heading.textContent())!;
    return [...SEATS, ...VETO_PLAN.seats].find((s) => text.startsWith(`You sit as ${s.name},`))!;
  }

  async function vote(page: Page, recommendation: string) {
    await page.getByRole('group', { name: 'Your sealed vote' }).waitFor(WAIT);
    await page.getByRole('button', { name: recommendation, exact: true }).click();
    await page.getByText(`Sealed: ${recommendation}.`).waitFor(WAIT);
  }

  async function revise(page: Page, to: string | null, reason: string) {
    await page.getByRole('heading', { name: "Your committee's sealed votes" }).waitFor(WAIT);
    if (to) await page.getByRole('button', { name: to, exact: true }).click();
    await page.getByLabel('Your reason (the committee reads it)').fill(reason);
    await page.getByRole('button', { name: to ? `Revise to ${to}` : 'Hold my vote' }).click();
    await page.getByText(to ? `Sent: revised to ${to}.` : 'Sent: you hold.').waitFor(WAIT);
  }

  it('one committee: seats chosen on the phones, a private first view, sealed votes, a revision, the decision beside the real one', async () => {
    const { fac, projector, code } = await openRoom(VETO.scenario.id, /members' seats/);
    const seats = VETO_PLAN.seats;
    const phones: Page[] = [];
    for (const n of NAMES) phones.push(await phone(code, n));
    await expect.poll(() => count(projector), WAIT).toBe('6 joined');
    await fac.getByRole('button', { name: /Start/ }).click();
    await projector.getByRole('heading', { name: "Take a member's seat" }).waitFor(WAIT);

    // Everyone chooses on their phone, round the table: the first two seats get two people each.
    const seatOfPhone = (i: number) => seats[i % seats.length]!;
    for (const [i, p] of phones.entries()) {
      await p.getByRole('button', { name: new RegExp(`^${seatOfPhone(i).name}, `) }).click();
      expect((await seatOf(p)).member).toBe(seatOfPhone(i).member);
    }
    await expect.poll(() => count(projector), WAIT).toBe('6 of 6 seated');

    // The private first view: a seat that interviewed sees its own scorecard and nobody else's.
    const interviewed = phones.findIndex((_, i) => seatOfPhone(i).own !== null);
    const notInterviewed = phones.findIndex((_, i) => seatOfPhone(i).own === null);
    const own = seatOfPhone(interviewed).own!;
    const other = VETO_PLAN.packet.find((c) => c.interviewer !== own.interviewer)!;
    const mine = phones[interviewed]!;
    await mine.getByText(`${own.roundTitle} · ${own.interviewerName} (your round)`).waitFor(WAIT);
    await mine.getByText(own.notes[0]!).waitFor(WAIT);
    expect(await mine.textContent('main')).not.toContain(other.notes[0]!);
    const reader = phones[notInterviewed]!;
    await reader.getByText(`${seatOfPhone(notInterviewed).name} did not interview the candidate`).waitFor(WAIT);
    expect(await reader.textContent('main')).not.toContain(own.notes[0]!);
    expect(await projector.textContent('main')).not.toContain(own.notes[0]!);
    await shot(mine, 'seats-phone-private.png', { fullPage: true, docs: true });
    expect(await seriousViolations(mine)).toEqual([]);
    expect(await seriousViolations(fac)).toEqual([]);

    await fac.getByRole('button', { name: 'Unseal the packet' }).click();
    await reader.getByText(`The packet: ${VETO_PLAN.packet.length} scorecards`).waitFor(WAIT);
    await reader.getByText(own.notes[0]!).waitFor(WAIT);

    // Sealed: the hiring manager's seat says no, everyone else strong yes; the projector only counts.
    const hm = (i: number) => seatOfPhone(i).role === 'hiring manager';
    for (const [i, p] of phones.entries()) await vote(p, hm(i) ? 'No' : 'Strong yes');
    await expect.poll(() => count(projector), WAIT).toBe('6 of 6 voted');
    expect(await projector.textContent('main')).not.toMatch(/Strong yes/);

    await fac.getByRole('button', { name: 'Open the revision round (R)' }).click();
    // Each phone sees its committee's sealed votes by seat; one revises down, the rest hold.
    await mine.getByRole('heading', { name: "Your committee's sealed votes" }).waitFor(WAIT);
    await shot(mine, 'seats-phone-revision.png', { fullPage: true, docs: true });
    expect(await seriousViolations(mine)).toEqual([]);
    await revise(mine, 'Yes', 'The latency answer worries me');
    for (const p of phones.filter((p) => p !== mine)) await revise(p, null, 'The packet holds up');
    await expect.poll(() => count(projector), WAIT).toBe('6 of 6 revised or held');
    await fac.getByRole('button', { name: 'Decide' }).click();

    // The kernel decides on the room's votes through the scenario's rules: the hiring manager's veto fires, as it did for real.
    const results = projector.locator('.seats-results');
    await results.waitFor(WAIT);
    await expect.poll(() => results.textContent(), WAIT).toContain("The room's committee");
    const veto = VETO_PLAN.recorded.rules[0]!.label;
    expect(await results.locator('.seats-committees').textContent()).toContain(`No hire`);
    expect(await results.locator('.seats-committees').textContent()).toContain(veto);
    expect(await results.locator('.seats-real').textContent()).toContain(veto);
    await phones[3]!.getByText(/^Your committee decided: No hire/).waitFor(WAIT);
    expect(await seriousViolations(projector)).toEqual([]);
    expect(await seriousViolations(phones[3]!)).toEqual([]);
    await shot(projector, 'seats-projector-decided.png', { docs: true });
    await shot(phones[3]!, 'seats-phone-decided.png', { fullPage: true });
  }, 600_000);

  it('two parallel committees, dealt by the facilitator, reach their own decisions; the export is anonymous', async () => {
    const { fac, projector, code } = await openRoom(SCENARIO.scenario.id, /members' seats/);
    const phones: Page[] = [];
    for (const n of NAMES) phones.push(await phone(code, n));
    await expect.poll(() => count(projector), WAIT).toBe('6 joined');
    await fac.getByRole('button', { name: /Start/ }).click();
    await fac.getByLabel(/Committees of 3/).fill('2');
    await fac.getByRole('button', { name: 'Deal the seats' }).click();
    await expect.poll(() => count(projector), WAIT).toBe('6 of 6 seated');
    await shot(fac, 'seats-facilitator-dealt.png', { fullPage: true });
    const committeeOf = async (p: Page) => {
      await seatOf(p);
      return (await p.locator('.seat-phone .join-heading').textContent())!.startsWith('Committee 1') ? 0 : 1;
    };
    const committees: number[] = [];
    for (const p of phones) committees.push(await committeeOf(p));
    expect(committees.filter((c) => c === 0)).toHaveLength(3);

    await fac.getByRole('button', { name: 'Unseal the packet' }).click();
    // Committee 1 is keen, committee 2 is not.
    for (const [i, p] of phones.entries()) await vote(p, committees[i] === 0 ? 'Strong yes' : 'Strong no');
    await fac.getByRole('button', { name: 'Open the revision round (R)' }).click();
    for (const p of phones) await revise(p, null, 'Heard the others; I hold');
    await fac.getByRole('button', { name: 'Decide' }).click();

    const results = projector.locator('.seats-results');
    await results.waitFor(WAIT);
    const text = (await results.textContent())!;
    expect(text).toContain('2 committees of the room');
    expect(text).toContain('Committee 1: Hire');
    expect(text).toContain('Committee 2: No hire');
    expect(text).toMatch(/The lab: 10,000 noisy committees/);
    await phones[committees.indexOf(1)]!.getByText(/^Committee 2 decided: No hire/).waitFor(WAIT);
    await shot(projector, 'seats-projector-parallel.png', { docs: true });
    await shot(fac, 'seats-facilitator-decided.png', { fullPage: true });

    const [download] = await Promise.all([
      fac.waitForEvent('download'),
      fac.getByRole('button', { name: 'Committees CSV' }).click(),
    ]);
    const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('committee,seat,participant,vote,revised,reason,decision,rules_fired');
    expect(lines).toHaveLength(7);
    expect(csv).not.toMatch(/Ann|Fay/);
  }, 600_000);
});
