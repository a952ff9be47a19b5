import { describe, expect, it } from 'vitest';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { playPath } from '../../machines/engine/playPath';
import { enumerateBranches } from '../../machines/engine/branches';
import type { ResolvedScenario } from '../../machines/content/resolve';

const library = loadLibrary([REPO_SCENARIOS]);
const scenarios = library.scenarios;

/** domain.md §5: every debrief anecdote, each of which some scenario must draw on. */
const ANECDOTES = [
  'A03',
  'A04',
  'A06',
  'A08',
  'B01',
  'B02',
  'B04',
  'B06',
  'B08',
  'B12',
  'B13',
  'B14',
  'B15',
  'C02',
  'C03',
  'C05',
  'C06',
  'C07',
  'C09',
  'C10',
  'C11',
  'D01',
  'D03',
  'D06',
  'D08',
  'E01',
  'E03',
  'E04',
  'E06',
  'E11',
  'E12',
];
const PACKS = ['pm', 'pm-data', 'pgm', 'intern'];

/** A scenario that sits the pack's whole loop: every round, at least two main prompts in each. */
const isFullLoop = (r: ResolvedScenario) =>
  r.pack.loop.rounds.every((def) => {
    const round = r.rounds.find((x) => x.id === def.id);
    return round !== undefined && round.prompts.filter((p) => !p.probe).length >= 2;
  });

const play = (r: ResolvedScenario, name: string) => {
  const p = r.scenario.paths[name]!;
  return playPath(r, { name, choices: p.choices, negotiation: p.negotiation });
};

describe('the library covers the domain', () => {
  it('at least 24 scenarios, citing all 31 anecdotes between them', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(24);
    const cited = new Set(scenarios.flatMap((s) => s.scenario.sources));
    expect(ANECDOTES.filter((id) => !cited.has(id))).toEqual([]);
  });

  it.each(PACKS)('pack %s has a full-loop scenario a candidate can sit end to end', (pack) => {
    const full = scenarios.filter((s) => s.pack.id === pack && isFullLoop(s));
    expect(full.map((s) => s.scenario.id)).not.toEqual([]);
  });
});

describe.each(scenarios.map((s) => [s.scenario.id, s] as const))('%s', (_id, resolved) => {
  const { scenario } = resolved;

  it('has at least two prompts in each round it plays', () => {
    for (const round of resolved.rounds)
      expect(round.prompts.filter((p) => !p.probe).length, round.id).toBeGreaterThanOrEqual(2);
  });

  it('the best path and every failure path end differently from at least one other path', () => {
    const decisions = Object.fromEntries(
      Object.keys(scenario.paths).map((name) => [name, play(resolved, name).decision]),
    );
    for (const name of Object.keys(scenario.paths).filter((n) => n !== 'recorded')) {
      const others = Object.entries(decisions)
        .filter(([n]) => n !== name)
        .map(([, d]) => d);
      expect(
        others.some((d) => d !== decisions[name]),
        `${name} ends like every other path`,
      ).toBe(true);
    }
  });

  it('every answer the best path does not give, where it could have, tells the coach what the stronger answer was', () => {
    const best = new Set(scenario.paths.best!.choices);
    for (const round of resolved.rounds) {
      for (const prompt of round.prompts) {
        if (!prompt.options.some((o) => best.has(o.id))) continue;
        for (const o of prompt.options.filter((o) => !best.has(o.id))) {
          expect(o.coach?.trim().length ?? 0, `${o.id} has no coach note`).toBeGreaterThan(20);
        }
      }
    }
  });

  it('every prompt is reachable and every path ends in a decision; the machines agree with the branch count', () => {
    const branches = enumerateBranches(resolved);
    expect(branches.unreachable).toEqual([]);
    expect(branches.deadEnds).toBe(0);
    expect(Object.keys(branches.decisions).length).toBeGreaterThanOrEqual(2);
    for (const [decision, choices] of Object.entries(branches.examples)) {
      expect(playPath(resolved, { name: 'example', choices: choices!, negotiation: [] }).decision).toBe(decision);
    }
  });

  it('tells a coach what it teaches and how the recorded debrief ended, citing the rule', () => {
    expect(scenario.teaches.length).toBeGreaterThan(60);
    expect(scenario.summary.length).toBeGreaterThan(200);
    const run = play(resolved, 'recorded');
    for (const f of run.rulesFired.filter((f) => /^V\d$/.test(f.rule))) expect(scenario.summary).toContain(f.rule);
  });
});
