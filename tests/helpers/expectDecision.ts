import { expect } from 'vitest';
import type { PlayReport } from '../../machines/engine/report';

/** Assert a run's decision and exactly which rules fired (by domain.md ID). */
export function expectDecision(run: PlayReport, decision: PlayReport['decision'], opts: { fired?: string[] } = {}) {
  expect(run.decision, `decision of path ${run.path}`).toBe(decision);
  if (opts.fired) expect(run.rulesFired.map((f) => f.rule).sort()).toEqual([...opts.fired].sort());
}
