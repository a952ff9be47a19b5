import type { ResolvedScenario } from '../content/resolve';
import { runLab } from '../lab/run';
import { DEFAULT_SETUP, setupParams } from '../lab/setup';

/** The lab's fragility figure for a scenario, beside the room's parallel committees: the same question, asked of noise. */
export interface SeatsLabFigure {
  scenario: string;
  /** The lab's setup as its link carries it (#/lab/<scenario>?<query>). */
  query: string;
  n: number;
  decisions: Array<{ decision: string; label: string; share: number }>;
  rules: Array<{ rule: string; label: string; share: number }>;
}

/**
 * Question 1 of the lab on the recorded path at its default setup: the share of noisy committees
 * reaching each decision and firing each rule. Null when the lab cannot run this scenario (the
 * recorded path ends before a committee sits).
 */
export function seatsLabFigure(resolved: ResolvedScenario): SeatsLabFigure | null {
  const setup = { ...DEFAULT_SETUP, question: 'fragility' as const };
  let result: ReturnType<typeof runLab>;
  try {
    result = runLab(resolved, setup);
  } catch {
    return null;
  }
  if (result.question !== 'fragility') return null;
  return {
    scenario: resolved.scenario.id,
    query: new URLSearchParams(setupParams(setup)).toString(),
    n: setup.n,
    decisions: result.data.decisions.map((d) => ({ decision: d.decision, label: d.label, share: d.share.share })),
    rules: result.data.rules.map((r) => ({ rule: r.rule, label: r.label, share: r.share.share })),
  };
}
