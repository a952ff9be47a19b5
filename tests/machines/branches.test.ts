import { describe, expect, it } from 'vitest';
import { branchProblems, enumerateBranches } from '../../machines/engine/branches';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { playPath } from '../../machines/engine/playPath';
import type { Scenario } from '../../machines/content/schema';
import { golden } from '../helpers/golden';

const technical = (s: Scenario) => s.rounds[1]!;

describe('the branch check', () => {
  it('counts every way through the golden loop and how each ends', () => {
    const report = enumerateBranches(golden());
    // screen 3 answers × technical (t1-strong → 2 probes, or 2 others) × t2 2 × panel 3.
    expect(report.paths).toBe(3 * ((1 * 2 + 2) * 2) * 3);
    const total = Object.values(report.decisions).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.paths);
    // Asking to move the loop back nine days pushes the debrief past day 26, whatever follows.
    expect(report.decisions.hold).toBe(1 * 8 * 3);
    expect(report.unreachable).toEqual([]);
    expect(report.deadEnds).toBe(0);
  });

  it('agrees with the machines: each decision example, played through the loop, reaches that decision', () => {
    const resolved = golden();
    const report = enumerateBranches(resolved);
    expect(Object.keys(report.examples).length).toBeGreaterThanOrEqual(3);
    for (const [decision, choices] of Object.entries(report.examples)) {
      expect(
        playPath(resolved, { name: 'example', choices: choices!, negotiation: [] }).decision,
        choices!.join(','),
      ).toBe(decision);
    }
  });

  it('names a probe no option leads to', () => {
    const report = enumerateBranches(
      golden({
        scenario: (s) => {
          const t = technical(s);
          t.prompts[0]!.options[0] = { ...t.prompts[0]!.options[0]!, followUp: undefined };
          return s;
        },
      }),
    );
    expect(report.unreachable).toEqual([
      {
        path: 'rounds[1].prompts[1]',
        message: 'no path reaches prompt "t1-probe": no option\'s followUp names this probe',
      },
    ]);
  });

  it('finds a follow-up that leads back into itself, a round that never ends', () => {
    const report = enumerateBranches(
      golden({
        scenario: (s) => {
          const probe = technical(s).prompts[1]!;
          probe.options[1] = { ...probe.options[1]!, followUp: 't1-probe' };
          return s;
        },
      }),
    );
    // One answer sequence in the technical round loops; every screen answer can lead into it.
    expect(report.deadEnds).toBe(3);
    expect(report.deadEndProblems[0]).toMatchObject({ path: 'rounds[1].prompts[1].options[1].followUp' });
    expect(report.deadEndProblems[0]!.message).toContain('never ends');
  });

  it("validate's check, which decides no packet, finds exactly the problems the full count does", () => {
    const unreachable = golden({
      scenario: (s) => {
        const t = technical(s);
        t.prompts[0]!.options[0] = { ...t.prompts[0]!.options[0]!, followUp: undefined };
        return s;
      },
    });
    const endless = golden({
      scenario: (s) => {
        const probe = technical(s).prompts[1]!;
        probe.options[1] = { ...probe.options[1]!, followUp: 't1-probe' };
        return s;
      },
    });
    const cases = [unreachable, endless, ...loadLibrary([REPO_SCENARIOS]).scenarios];
    for (const resolved of cases) {
      const full = enumerateBranches(resolved);
      expect(branchProblems(resolved), resolved.scenario.id).toEqual({
        unreachable: full.unreachable,
        deadEndProblems: full.deadEndProblems,
      });
    }
    expect(branchProblems(unreachable).unreachable).toHaveLength(1);
    expect(branchProblems(endless).deadEndProblems).toHaveLength(1);
  });
});
