import { describe, expect, it } from 'vitest';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { playPath } from '../../machines/engine/playPath';
import { expectDecision } from '../helpers/expectDecision';

const library = loadLibrary([REPO_SCENARIOS]);
const byId = (id: string) => {
  const found = library.scenarios.find((s) => s.scenario.id === id);
  if (!found) throw new Error(`scenario ${id} is missing from scenarios/`);
  return found;
};
const playNamed = (id: string, path: string) => {
  const r = byId(id);
  const p = r.scenario.paths[path]!;
  return playPath(r, { name: path, choices: p.choices, negotiation: p.negotiation });
};

describe('the shipped scenario library', () => {
  it('every file validates', () => {
    expect(library.issues).toEqual([]);
    expect(library.scenarios.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(library.scenarios.map((s) => [s.scenario.id, s] as const))('%s', (_id, resolved) => {
    it('names recorded, best and worst paths', () => {
      expect(Object.keys(resolved.scenario.paths)).toEqual(expect.arrayContaining(['recorded', 'best', 'worst']));
    });
    it.each(Object.entries(resolved.scenario.paths))('path %s reaches the decision it declares', (name, path) => {
      const run = playPath(resolved, { name, choices: path.choices, negotiation: path.negotiation });
      expect(run.decision).toBe(path.decision);
    });
    it('cites domain IDs', () => {
      expect(resolved.scenario.sources.some((s) => /^[A-Z]\d{2}$/.test(s))).toBe(true);
    });
  });

  it('no two prompts share a text (a copy-paste guard)', () => {
    const seen = new Map<string, string>();
    for (const r of library.scenarios) {
      for (const round of r.rounds) {
        for (const p of round.prompts) {
          const key = p.text.trim().toLowerCase();
          expect(seen.get(key), `"${p.text}" in ${r.scenario.id} repeats ${seen.get(key)}`).toBeUndefined();
          seen.set(key, `${r.scenario.id}/${p.id}`);
        }
      }
    }
  });
});

describe('the anecdotes the engine issue promises', () => {
  it('A06: recorded path is a no hire, the hiring manager vetoing a stellar technical score', () => {
    const run = playNamed('a06-latency-veto', 'recorded');
    expectDecision(run, 'no_hire', { fired: ['V1'] });
    expect(run.scorecards.some((c) => c.reliability === 4)).toBe(true);
    expect(Math.max(...run.scorecards.map((c) => c.overall))).toBeGreaterThanOrEqual(4.2);
  });

  it('A06 best path with A08: base capped at the band, the milestone bonus offered and accepted', () => {
    const run = playNamed('a06-latency-veto', 'best');
    expectDecision(run, 'hire');
    expect(run.offer?.accepted).toBe(true);
    expect(run.offer?.extras.map((e) => e.kind)).toContain('milestone-bonus');
    expect(run.rulesFired.map((f) => f.rule)).toContain('K3');
  });

  it("D08: recorded path ends without an offer, the engineer's vote having fired", () => {
    const run = playNamed('d08-engineers-vote', 'recorded');
    expectDecision(run, 'no_hire');
    expect(run.rulesFired.map((f) => f.rule)).toContain('V2');
    expect(run.offer).toBeNull();
  });

  it('C07: the precision-recall answer and "add more reviewers" end differently', () => {
    const recorded = playNamed('c07-false-negatives', 'recorded');
    const best = playNamed('c07-false-negatives', 'best');
    expect(recorded.decision).not.toBe(best.decision);
    expect(recorded.rulesFired.map((f) => f.rule)).toContain('V3');
    expect(best.decision).toBe('hire');
  });
});
