import { withPolicyChanges } from '../policy/compile';
import type { LabPath } from './path';
import { seededDraws } from './normal';
import { wilson, type Share } from './stats';
import { shareCells, type LabTable } from './result';
import { HISTORY, POOL_SHIFT, TRUE_SPREAD, type LabSetup } from './setup';
import type { Progress } from './progress';
import { stepRank } from './committee';

export const POOLS = [
  { id: 'harsh', label: 'Harsh pool', shift: -POOL_SHIFT },
  { id: 'neutral', label: 'Neutral pool', shift: 0 },
  { id: 'generous', label: 'Generous pool', shift: POOL_SHIFT },
] as const;

interface CalibrationRow {
  pool: (typeof POOLS)[number]['id'];
  calibrated: boolean;
  /** All the setup's rules, or the one switched off on top of them. */
  rules: string;
  falseHire: Share;
  falseReject: Share;
  wrongLevel: Share;
}

export interface CalibrationData {
  rows: CalibrationRow[];
}

/**
 * Question 4: candidates like this one, read by a harsh, a neutral and a generous pool (every
 * interviewer's leniency moved by ±POOL_SHIFT, spread `len`). Calibrated, each vote has the
 * member's leniency taken off as estimated from HISTORY past debriefs; uncalibrated, the read
 * stands. Calibration corrects the vote, not the scorecards it is read from, as in play. A false
 * hire is an offer where the true level gets none, a false reject the reverse; each rule set is
 * held to its own true-level decision. The same draws serve every pool, rule set and calibration.
 */
export function calibration(
  lab: LabPath,
  setup: LabSetup,
  progress: Progress,
): { data: CalibrationData; tables: LabTable[] } {
  const { committee: cm } = lab;
  const policy = cm.policy;
  const draws = seededDraws(setup.seed);
  const variants = [
    { id: 'all rules', policy, floors: cm.floorsFor(policy) },
    ...[...policy.committeeRules, ...policy.rankRules].map((r) => {
      const without = withPolicyChanges(policy, { off: [r.id] });
      return { id: `without ${r.id}`, policy: without, floors: cm.floorsFor(without) };
    }),
  ];
  const base = variants[0]!.floors;
  const people = cm.people.length;
  const cards = cm.cards.length;
  const personZ = new Float64Array(people);
  const estimateZ = new Float64Array(people);
  const cardZ = new Float64Array(cards);
  const truth = new Float64Array(variants.length);
  const estimateSd = setup.err / Math.sqrt(HISTORY);
  // counts[((pool * 2 + calibrated) * variants + v) * 3 + kind], kind 0 false hire, 1 false reject, 2 wrong level
  const counts = new Float64Array(POOLS.length * 2 * variants.length * 3);
  for (let i = 0; i < setup.n; i++) {
    const g = TRUE_SPREAD * draws.normal();
    for (let p = 0; p < people; p++) {
      personZ[p] = draws.normal();
      estimateZ[p] = draws.normal();
    }
    for (let c = 0; c < cards; c++) cardZ[c] = draws.normal();
    cm.recordedPeople();
    for (let c = 0; c < cards; c++) cm.fileTruth(c, g);
    cm.vote(base);
    for (let v = 0; v < variants.length; v++) {
      cm.refloor(variants[v]!.floors);
      truth[v] = stepRank(cm.decide(variants[v]!.policy));
    }
    for (let pool = 0; pool < POOLS.length; pool++) {
      for (let p = 0; p < people; p++) cm.setBias(p, POOLS[pool]!.shift + setup.len * personZ[p]!);
      for (let c = 0; c < cards; c++) cm.readCard(c, g + cm.bias[cm.rater[c]!]! + setup.err * cardZ[c]!);
      for (let calibrated = 0; calibrated < 2; calibrated++) {
        if (calibrated) for (let p = 0; p < people; p++) cm.known[p] = cm.leniency[p]! + estimateSd * estimateZ[p]!;
        cm.vote(base, calibrated === 1);
        for (let v = 0; v < variants.length; v++) {
          cm.refloor(variants[v]!.floors);
          const step = stepRank(cm.decide(variants[v]!.policy));
          const t = truth[v]!;
          const at = ((pool * 2 + calibrated) * variants.length + v) * 3;
          if (step !== -3 && t === -3) counts[at]! += 1;
          else if (step === -3 && t !== -3) counts[at + 1]! += 1;
          else if (step !== t) counts[at + 2]! += 1;
        }
      }
    }
    progress.tick(i);
  }
  const rows: CalibrationRow[] = [];
  POOLS.forEach((pool, pi) => {
    for (let calibrated = 1; calibrated >= 0; calibrated--) {
      variants.forEach((v, vi) => {
        const at = ((pi * 2 + calibrated) * variants.length + vi) * 3;
        rows.push({
          pool: pool.id,
          calibrated: calibrated === 1,
          rules: v.id,
          falseHire: wilson(counts[at]!, setup.n),
          falseReject: wilson(counts[at + 1]!, setup.n),
          wrongLevel: wilson(counts[at + 2]!, setup.n),
        });
      });
    }
  });
  const tables: LabTable[] = [
    {
      title: 'False hires and false rejects, with and without calibration',
      fields: [
        'pool',
        'calibration',
        'rules',
        'false hire %',
        'low %',
        'high %',
        'false reject %',
        'low %',
        'high %',
        'wrong level %',
        'low %',
        'high %',
      ],
      rows: rows.map((r) => [
        r.pool,
        r.calibrated ? 'on' : 'off',
        r.rules,
        ...shareCells(r.falseHire),
        ...shareCells(r.falseReject),
        ...shareCells(r.wrongLevel),
      ]),
    },
  ];
  return { data: { rows }, tables };
}
