import type { LabPath } from './path';
import { seededDraws } from './normal';
import { wilson, type Share } from './stats';
import { fixed, shareCells, type LabTable } from './result';
import { MAX_INTERVIEWERS, OCCASION_SHARE, R1_SCALE, ROUNDING_VARIANCE, TRUE_SPREAD, type LabSetup } from './setup';
import type { Progress } from './progress';
import { stepRank } from './committee';
import { interraterReliability } from './reliability';

interface InterviewersPoint {
  /** Interviewers per round; the loop's total is this times the rounds. */
  k: number;
  separate: Share;
  panel: Share;
  /** The model's correlation of the averaged reading with the true level (Spearman-Brown), for comparison with Bock. */
  predictionSeparate: number;
  predictionPanel: number;
}

export interface InterviewersData {
  rounds: number;
  points: InterviewersPoint[];
  /** The interrater reliability this path's cards give at this error, as the published figures measure it. */
  reliability: { separate: number; panel: number };
  /** The first panel size past which one more interviewer adds less than a point of agreement, per format. */
  flattensAt: { separate: number | null; panel: number | null };
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : Math.min(x, hi));

/** Where a curve flattens: the first k whose next interviewer adds less than one point of agreement. */
function flattening(shares: Share[]): number | null {
  for (let k = 1; k < shares.length; k++) if (shares[k]!.share - shares[k - 1]!.share < 0.01) return k;
  return null;
}

/**
 * Question 3: candidates like this one (every recorded score moved by a normal offset of sd
 * TRUE_SPREAD), each read by k interviewers per round whose scores are averaged into the round's
 * card (mechanical combination). Separate interviews each have their own occasion error; a panel
 * shares one, so only the raters' own error averages away. Agreement is with the decision the
 * same committee and rules reach when every interviewer reads the true level exactly. The same
 * draws serve every k and both formats, so the curves differ by the format, not by luck.
 */
export function interviewers(
  lab: LabPath,
  setup: LabSetup,
  progress: Progress,
): { data: InterviewersData; tables: LabTable[] } {
  const { committee: cm } = lab;
  const policy = cm.policy;
  const draws = seededDraws(setup.seed);
  const floors = cm.floorsFor(policy);
  const K = MAX_INTERVIEWERS;
  const cards = cm.cards.length;
  const occSd = setup.err * Math.sqrt(OCCASION_SHARE);
  const raterSd = setup.err * Math.sqrt(1 - OCCASION_SHARE);
  const offsets = new Float64Array(cards * K * 2);
  const sums = cm.truth.map((t) => new Float64Array(t.length));
  const values = cm.truth.map((t) => new Float64Array(t.length));
  const relSums = new Float64Array(cards);
  const agree = [new Float64Array(K), new Float64Array(K)];
  for (let i = 0; i < setup.n; i++) {
    const g = TRUE_SPREAD * draws.normal();
    cm.recordedPeople();
    for (let c = 0; c < cards; c++) cm.fileTruth(c, g);
    cm.vote(floors);
    const truth = stepRank(cm.decide(policy));
    cm.drawPeople(draws, 0, setup.len);
    for (let c = 0; c < cards; c++) {
      const own = cm.bias[cm.rater[c]!]!;
      let occ0 = 0;
      for (let j = 0; j < K; j++) {
        // The first reader is the round's own interviewer; the others come from the pool.
        const bias = j === 0 ? own : setup.len * draws.normal();
        const occ = occSd * draws.normal();
        if (j === 0) occ0 = occ;
        const rater = raterSd * draws.normal();
        offsets[(c * K + j) * 2] = g + bias + occ + rater;
        offsets[(c * K + j) * 2 + 1] = g + bias + occ0 + rater;
      }
    }
    for (let mode = 0; mode < 2; mode++) {
      for (let c = 0; c < cards; c++) {
        sums[c]!.fill(0);
        relSums[c] = 0;
      }
      for (let k = 1; k <= K; k++) {
        for (let c = 0; c < cards; c++) {
          const off = offsets[(c * K + k - 1) * 2 + mode]!;
          const truthC = cm.truth[c]!;
          const sum = sums[c]!;
          const vals = values[c]!;
          for (let d = 0; d < truthC.length; d++) {
            sum[d]! += clamp(Math.round(truthC[d]! + off), 1, 5);
            vals[d] = sum[d]! / k;
          }
          const rel = cm.relTruth[c]!;
          if (rel !== null) relSums[c]! += clamp(Math.round(rel + off * R1_SCALE), 1, 10);
          cm.file(c, vals, rel === null ? null : relSums[c]! / k);
        }
        cm.vote(floors);
        if (stepRank(cm.decide(policy)) === truth) agree[mode]![k - 1]! += 1;
      }
    }
    progress.tick(i);
  }
  const s2 = TRUE_SPREAD * TRUE_SPREAD;
  const own = setup.err * setup.err * (1 - OCCASION_SHARE) + setup.len * setup.len + ROUNDING_VARIANCE;
  const occ2 = setup.err * setup.err * OCCASION_SHARE;
  const points: InterviewersPoint[] = [];
  for (let k = 1; k <= K; k++) {
    points.push({
      k,
      separate: wilson(agree[0]![k - 1]!, setup.n),
      panel: wilson(agree[1]![k - 1]!, setup.n),
      predictionSeparate: Math.sqrt(s2 / (s2 + (occ2 + own) / k)),
      predictionPanel: Math.sqrt(s2 / (s2 + occ2 + own / k)),
    });
  }
  const r = interraterReliability(lab, {
    err: setup.err,
    len: setup.len,
    seed: setup.seed,
    n: Math.min(setup.n, 20_000),
  });
  const data: InterviewersData = {
    rounds: cards,
    points,
    reliability: { separate: r.separate, panel: r.panel },
    flattensAt: { separate: flattening(points.map((p) => p.separate)), panel: flattening(points.map((p) => p.panel)) },
  };
  const tables: LabTable[] = [
    {
      title: `Agreement with the decision the true level deserves (interrater reliability on these cards: ${fixed(r.separate, 2)} separate, ${fixed(r.panel, 2)} panel)`,
      fields: [
        'per round',
        'interviewers',
        'separate %',
        'low %',
        'high %',
        'panel %',
        'low %',
        'high %',
        'prediction separate',
        'prediction panel',
      ],
      rows: points.map((p) => [
        p.k,
        p.k * cards,
        ...shareCells(p.separate),
        ...shareCells(p.panel),
        fixed(p.predictionSeparate),
        fixed(p.predictionPanel),
      ]),
    },
  ];
  return { data, tables };
}
