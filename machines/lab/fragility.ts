import type { CompiledRule } from '../policy/compile';
import { decisionLabel, decisionOfStep, ladderOf } from '../policy/ladder';
import type { Decision } from '../content/schema';
import type { LabPath } from './path';
import { seededDraws } from './normal';
import { wilson, type Share } from './stats';
import { shareCells, type LabTable } from './result';
import type { LabSetup } from './setup';
import type { Progress } from './progress';

/** The steps in the order the lab lists them: up, at level, down one, down two, no hire. */
const STEPS: ReadonlyArray<number | null> = [1, 0, -1, -2, null];
const stepIndex = (step: number | null) => (step === null ? 4 : 1 - step);

/** Consensus histogram: 0.1-point bins over the 1-5 scale. */
const BIN = 0.1;
const BINS = 40;

export interface FragilityData {
  decisions: Array<{ decision: Exclude<Decision, 'hold'>; label: string; share: Share }>;
  consensus: {
    from: number;
    width: number;
    counts: number[];
    bars: Array<{ label: string; bar: number }>;
    mean: number;
  };
  rules: Array<{ rule: string; label: string; share: Share }>;
}

/**
 * Question 1: N noisy replays of the path's packet. Each draw every interviewer re-reads the
 * recorded scores with a leniency of sd `len` off their record and an error of sd `err`, the cards
 * are filed, the votes derived and calibrated as in play, and the kernel decides.
 */
export function fragility(
  lab: LabPath,
  setup: LabSetup,
  progress: Progress,
): { data: FragilityData; tables: LabTable[] } {
  const { committee } = lab;
  const policy = committee.policy;
  const draws = seededDraws(setup.seed);
  const floors = committee.floorsFor(policy);
  const counts = new Float64Array(STEPS.length);
  const hist = new Float64Array(BINS);
  const rules = [...policy.committeeRules, ...policy.rankRules];
  const index = new Map<CompiledRule, number>(rules.map((r, i) => [r, i]));
  const fires = new Float64Array(rules.length);
  // The kernel pushes each rule that fires; a sink that counts them spares clearing an array per draw.
  const fired = { push: (r: CompiledRule) => (fires[index.get(r)!]! += 1) } as unknown as CompiledRule[];
  let sum = 0;
  for (let i = 0; i < setup.n; i++) {
    committee.drawPeople(draws, 0, setup.len);
    committee.readAll(draws, 0, setup.err);
    committee.vote(floors);
    const step = committee.decide(policy, fired);
    counts[stepIndex(step)]! += 1;
    const c = committee.packet.consensus;
    sum += c;
    hist[Math.min(BINS - 1, Math.max(0, Math.floor((c - 1) / BIN + 1e-9)))]! += 1;
    progress.tick(i);
  }
  const scenario = lab.resolved.scenario;
  const reachable = new Set<number | null>([null, ...ladderOf(policy).map((l) => l.step)]);
  const decisions = STEPS.map((step, i) => ({ step, count: counts[i]! }))
    .filter((d) => reachable.has(d.step) || d.count > 0)
    .map((d) => ({
      decision: decisionOfStep(d.step),
      label: decisionLabel(decisionOfStep(d.step), scenario),
      share: wilson(d.count, setup.n),
    }));
  const data: FragilityData = {
    decisions,
    consensus: {
      from: 1,
      width: BIN,
      counts: [...hist],
      bars: ladderOf(policy).map((l) => ({ label: `${decisionLabel(l.decision, scenario)} bar`, bar: l.bar })),
      mean: sum / setup.n,
    },
    rules: rules.map((r, i) => ({ rule: r.id, label: r.label, share: wilson(fires[i]!, setup.n) })),
  };
  const tables: LabTable[] = [
    {
      title: 'Decisions',
      fields: ['decision', 'draws', 'share %', 'low %', 'high %'],
      rows: decisions.map((d) => [d.label, d.share.count, ...shareCells(d.share)]),
    },
    {
      title: 'Rules fired',
      fields: ['rule', 'label', 'draws', 'share %', 'low %', 'high %'],
      rows: data.rules.map((r) => [r.rule, r.label, r.share.count, ...shareCells(r.share)]),
    },
    {
      title: 'Consensus',
      fields: ['from', 'to', 'draws'],
      rows: data.consensus.counts
        .map((n, i) => [Math.round((1 + i * BIN) * 10) / 10, Math.round((1 + (i + 1) * BIN) * 10) / 10, n])
        .filter((r) => r[2] !== 0),
    },
  ];
  return { data, tables };
}
