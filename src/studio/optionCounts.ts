import type { ResolvedScenario } from '../../machines/content/resolve';
import type { Decision } from '../../machines/content/schema';
import { enumerateBranches, type BranchReport } from '../../machines/engine/branches';

/** How the paths through one option end: a count per decision, and those that never end. */
export interface Ends {
  decisions: Partial<Record<Decision, number>>;
  deadEnds: number;
}

/** The branch check's counts for the whole scenario and for the paths through each option. */
export interface BranchCounts {
  paths: number;
  decisions: Partial<Record<Decision, number>>;
  deadEnds: number;
  /** Field paths (as `validate` prints them) of prompts no path reaches and follow-ups that never end. */
  unreachable: string[];
  endless: string[];
  byOption: Record<string, Ends>;
}

const minus = (all: BranchReport, without: BranchReport): Ends => {
  const decisions: Ends['decisions'] = {};
  for (const [d, n] of Object.entries(all.decisions) as Array<[Decision, number]>) {
    const through = n - (without.decisions[d] ?? 0);
    if (through > 0) decisions[d] = through;
  }
  return { decisions, deadEnds: all.deadEnds - without.deadEnds };
};

/**
 * The branch check's counts through each option. Taking an option away removes exactly the paths
 * through it and leaves every other path as it was, so the paths through it are the whole count
 * less the count without it: one branch check per option, each with its own rounds (the
 * scorecard's per-round cache is keyed by the round).
 */
export function branchCounts(resolved: ResolvedScenario, onOption?: (done: number, of: number) => void): BranchCounts {
  const all = enumerateBranches(resolved);
  const byOption: BranchCounts['byOption'] = Object.create(null);
  const total = resolved.rounds.reduce((n, r) => n + r.prompts.reduce((m, p) => m + p.options.length, 0), 0);
  let done = 0;
  resolved.rounds.forEach((round, ri) => {
    round.prompts.forEach((prompt, pi) => {
      for (const option of prompt.options) {
        const prompts = round.prompts.map((p, i) =>
          i === pi ? { ...p, options: p.options.filter((o) => o !== option) } : p,
        );
        const rounds = resolved.rounds.map((r, i) => (i === ri ? { ...r, prompts } : r));
        byOption[option.id] = minus(all, enumerateBranches({ ...resolved, rounds }));
        onOption?.(++done, total);
      }
    });
  });
  return {
    paths: all.paths,
    decisions: all.decisions,
    deadEnds: all.deadEnds,
    unreachable: all.unreachable.map((u) => u.path),
    endless: all.deadEndProblems.map((d) => d.path),
    byOption,
  };
}
