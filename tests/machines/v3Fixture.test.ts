import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '../../src/content/library';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { playPath } from '../../machines/engine/playPath';
import { enumerateBranches } from '../../machines/engine/branches';
import { pathOutcome } from '../../machines/engine/pathOutcome';
import { pathPlaysQuickly } from '../../machines/engine/checkPath';
import { offerMismatches } from '../../machines/engine/offerExpectation';
import { deepCheck, validateDocuments } from '../../src/content/validateDocuments';
import { explainChange, NO_CHANGES, runWhatIf, withChanges } from '../../machines/engine/whatIf';
import { compileRule, withPolicyChanges } from '../../machines/policy/compile';
import { runLab } from '../../machines/lab/run';
import { DEFAULT_SETUP } from '../../machines/lab/setup';
import { bruteBranches } from '../helpers/bruteBranches';
import { allPaths } from '../helpers/paths';

// The fixture pack that uses every version 3 kind: a screen that ends the loop, a unanimous
// committee on calibrated votes, a calibrated veto, an up-level that needs the bar-raiser's strong
// yes, a competing offer met from sign-on and equity, an offer that lapses, all in euros.
const library = loadLibrary([join(import.meta.dirname, '../fixtures/v3')]);
const fixture = library.scenarios.find((s) => s.scenario.id === 'committee-v3-fixture')!;
const play = (r: ResolvedScenario, name: string) => {
  const p = r.scenario.paths[name]!;
  return playPath(r, { name, choices: p.choices, negotiation: p.negotiation });
};

describe('the version 3 fixture', () => {
  it('loads with no problem', () => {
    expect(library.issues).toEqual([]);
    expect(fixture.pack.schemaVersion).toBe(3);
  });

  it.each(Object.keys(fixture?.scenario.paths ?? {}))('path %s reaches its declared decision and offer', (name) => {
    const path = fixture.scenario.paths[name]!;
    const run = play(fixture, name);
    expect(run.decision).toBe(path.decision);
    if (path.offer) {
      const { outcome, ...figures } = path.offer;
      expect(run.offer?.outcome).toBe(outcome);
      const signOn = run.offer?.extras.find((x) => x.kind === 'sign-on')?.amount ?? 0;
      const got = { base: run.offer?.base, bonus: run.offer?.bonus, equity: run.offer?.equity, signOn };
      for (const [k, v] of Object.entries(figures)) expect(got[k as keyof typeof got], k).toBe(v);
    }
    // Each firing names its own rule, under the label the pack gives it.
    for (const f of run.rulesFired) {
      const rule = fixture.policy.rules.find((r) => r.id === f.rule);
      expect(rule, f.rule).toBeDefined();
      expect(f.label).toBe(rule!.label);
    }
    expect(pathPlaysQuickly(fixture, path)).toBe(true);
  });

  it('a path whose offer ends otherwise than declared fails the quick check and validate names the part', () => {
    const path = fixture.scenario.paths.competing!;
    expect(pathPlaysQuickly(fixture, { ...path, offer: { outcome: 'accepted', signOn: 9000 } })).toBe(false);
    expect(pathPlaysQuickly(fixture, { ...path, offer: { outcome: 'expired' } })).toBe(false);
    expect(loadLibrary([join(import.meta.dirname, '../fixtures/v3')], { deep: deepCheck }).issues).toEqual([]);
    const run = play(fixture, 'competing');
    expect(
      offerMismatches(
        { outcome: 'declined', equity: 25_000 },
        { ...run.offer!, signOn: 10_000, outcome: run.offer!.outcome },
      ),
    ).toEqual([
      'expected the offer to end declined, it ends accepted',
      'expected equity 25000, the offer ends at 30000',
    ]);
  });

  it('validate says when a path names a competing offer or a wait that no rule of the pack answers', () => {
    const read = (f: string) => readFileSync(join(import.meta.dirname, '../fixtures/v3', f), 'utf8');
    const pack = read('packs/committee-v3.yaml')
      .split('\n')
      .filter((l) => !/kind: (competing-offer|offer-deadline)/.test(l))
      .join('\n');
    const scenario = read('committee-v3.yaml')
      .replace(/ offer: \{ outcome: [a-z]+(, [a-zA-Z]+: \d+)* \}/g, ' offer: { outcome: accepted }')
      .replace('[verbal, { wait: 7 }]', '[verbal, { wait: 7 }, accept]');
    const { issues } = validateDocuments([
      { name: 'packs/committee-v3.yaml', text: pack },
      { name: 'committee-v3.yaml', text: scenario },
    ]);
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'paths.competing.negotiation[1]: a competing offer, but pack committee-v3 has no competing-offer rule to meet one: the offer would stand unchanged',
      'paths.lapsed.negotiation[1]: a wait, but pack committee-v3 has no offer-deadline rule: waiting changes nothing',
    ]);
  });

  it('each path is decided by the rule its author meant', () => {
    const fired = (name: string) => play(fixture, name).rulesFired.map((f) => f.rule);
    expect(fired('recorded')).toEqual([]);
    expect(fired('worst')).toEqual(['screen-fail']);
    expect(fired('up-level-held')).toEqual(['up-level-needs-bar-raiser']);
    expect(fired('split')).toEqual(['unanimous']);
    expect(fired('competing')).toEqual(['match']);
    expect(fired('lapsed')).toEqual(['deadline']);
  });

  it('a failed screen ends the loop there: one round sat, no committee, no debrief day', () => {
    const run = play(fixture, 'worst');
    expect(run.scorecards.map((c) => c.round)).toEqual(['screen']);
    expect(run.votes).toEqual([]);
    expect(run.consensus).toBeNull();
    expect(run.days).toBeLessThan(fixture.pack.loop.debriefDay);
    expect(run.rulesFired[0]!.reason).toMatch(/Recruiter screen scored strong no .* ends there with no debrief/);
  });

  it("the harsh manager's calibrated vote is a yes; read raw, the same veto blocks", () => {
    const run = play(fixture, 'recorded');
    const hal = run.votes.find((v) => v.member === 'hal')!;
    expect(hal.recommendation).toBe('strong_no');
    expect(hal.calibrated).toBe(4);
    const raw = fixture.policy.rules.map((r) =>
      r.id === 'V1' ? compileRule({ ...r.settings, reads: 'raw' }, true, r.origin) : r,
    );
    const rawPolicy = withPolicyChanges({ ...fixture.policy, rules: raw }, {});
    const vetoed = playPath(
      { ...fixture, policy: rawPolicy },
      { name: 'raw', choices: run.transcript.map((t) => t.option), negotiation: [] },
    );
    expect(vetoed.decision).toBe('no_hire');
    expect(vetoed.rulesFired.map((f) => f.rule)).toContain('V1');
  });

  it('the competing offer is met from sign-on, then equity, in euros, as far as the band goes', () => {
    const run = play(fixture, 'competing');
    expect(run.offer?.currency).toBe('EUR');
    expect(run.offer?.equity).toBe(30_000);
    expect(run.rulesFired[0]!.reason).toBe(
      "a competing offer of €140,000 against this offer's €119,063 in the first year: sign-on +€10,000, equity +€5,000; the band allows no more, €5,937 short",
    );
  });

  it('the branch check counts an early end as one path per way through the screen, as brute force does', () => {
    const fast = enumerateBranches(fixture);
    const slow = bruteBranches(fixture);
    expect(fast.decisions).toEqual(slow.decisions);
    expect(fast.paths).toBe(slow.paths);
    // The failed screen's one answer, then 2 × 27 ways through the rest.
    expect(fast.paths).toBe(1 + 2 * 27);
  });

  it('the kernel walk and the machines agree on every path', { timeout: 120_000 }, () => {
    const paths = allPaths(fixture, 100)!;
    expect(paths.length).toBeGreaterThan(50);
    for (const choices of paths) {
      const walked = pathOutcome(fixture, choices)!;
      const played = playPath(fixture, { name: 'x', choices: choices.slice(0, walked.answered), negotiation: [] });
      expect([walked.decision, walked.rules], choices.join(',')).toEqual([
        played.decision,
        played.rulesFired.filter((f) => f.rule !== 'match' && f.rule !== 'deadline').map((f) => f.rule),
      ]);
    }
  });

  it('the what-if switches a v3 rule off with no special case', () => {
    const choices = fixture.scenario.paths.split!.choices;
    const before = runWhatIf(fixture, choices, NO_CHANGES);
    const change = { ...NO_CHANGES, rulesOff: ['unanimous'] };
    const after = runWhatIf(fixture, choices, change);
    expect([before.decision, after.decision]).toEqual(['no_hire', 'hire']);
    expect(explainChange(before, after, withChanges(fixture, change))).toContain(
      'unanimous (The committee hires only unanimously) no longer fires.',
    );
    const held = runWhatIf(fixture, fixture.scenario.paths['up-level-held']!.choices, {
      ...NO_CHANGES,
      rulesOff: ['up-level-needs-bar-raiser'],
    });
    expect(held.decision).toBe('up_level');
    // Setting the bar-raiser's vote to strong yes meets the condition, and the up-level stands.
    const voted = runWhatIf(fixture, fixture.scenario.paths['up-level-held']!.choices, {
      ...NO_CHANGES,
      votes: { bea: 'strong_yes' },
    });
    expect(voted.decision).toBe('up_level');
  });

  it("the lab's which-rule-decides counts the v3 rules", () => {
    const result = runLab(fixture, { ...DEFAULT_SETUP, question: 'rules', n: 400, path: 'split' });
    if (result.question !== 'rules') throw new Error('expected the rules question');
    const byId = new Map(result.data.rules.map((r) => [r.rule, r]));
    expect([...byId.keys()]).toEqual(
      expect.arrayContaining(['screen-fail', 'unanimous', 'V1', 'up-level-needs-bar-raiser']),
    );
    // On the split path the unanimity rule decides in most noisy committees.
    expect(byId.get('unanimous')!.changed.share).toBeGreaterThan(0.2);
  });
});
