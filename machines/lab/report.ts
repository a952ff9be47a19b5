import type { LabPath } from './path';
import { seededDraws } from './normal';
import { Moments, wilson, type Share } from './stats';
import { fixed, shareCells, type LabTable } from './result';
import { TRUE_SPREAD, type LabSetup } from './setup';
import type { Progress } from './progress';
import { stepRank } from './committee';

interface InterviewerRow {
  person: string;
  name: string;
  role: string;
  /** The rounds this person ran on the path. */
  rounds: string[];
  card: { mean: number; sd: number } | null;
  vote: { mean: number; sd: number } | null;
  /** The scenario's leniency, and this run's truth: the record plus a draw of sd `len`. */
  recordedLeniency: number;
  trueLeniency: number;
  /** Leniency relative to the committee's average: the truth, and as read from the simulated history with its 95 % interval. */
  relative: { truth: number; estimate: number; low: number; high: number } | null;
  decisive: Share | null;
}

export interface ReportData {
  history: number;
  people: InterviewerRow[];
}

/**
 * Question 5: a calibration table as an applicant-tracking system would keep it, from N simulated
 * debriefs of candidates like this one with this run's interviewers (each person's true leniency
 * drawn once). A member's leniency is estimated as the mean gap between their read and the
 * committee's average read, the only thing a real history shows; the gap between that and the
 * truth is what the estimate gets wrong (a member who counts a hard round of their own twice
 * looks harsher than they are).
 */
export function report(lab: LabPath, setup: LabSetup, progress: Progress): { data: ReportData; tables: LabTable[] } {
  const { committee: cm } = lab;
  const policy = cm.policy;
  const draws = seededDraws(setup.seed);
  const floors = cm.floorsFor(policy);
  for (let p = 0; p < cm.people.length; p++) cm.setBias(p, setup.len * draws.normal());
  const cardStats = cm.people.map(() => new Moments());
  const voteStats = cm.votes.map(() => new Moments());
  const relStats = cm.votes.map(() => new Moments());
  const decisive = new Float64Array(cm.votes.length);
  const votes = cm.votes.length;
  for (let i = 0; i < setup.n; i++) {
    const g = TRUE_SPREAD * draws.normal();
    cm.readAll(draws, g, setup.err);
    cm.vote(floors);
    const step = stepRank(cm.decide(policy));
    let mean = 0;
    for (let v = 0; v < votes; v++) mean += cm.raw[v]!;
    mean /= votes;
    for (let v = 0; v < votes; v++) {
      voteStats[v]!.add(cm.score[v]!);
      relStats[v]!.add(cm.raw[v]! - mean);
      if (stepRank(cm.decideWithout(v, policy)) !== step) decisive[v]! += 1;
    }
    for (let c = 0; c < cm.cards.length; c++) cardStats[cm.rater[c]!]!.add(cm.cards[c]!.overall);
    progress.tick(i);
  }
  let meanLeniency = 0;
  for (let v = 0; v < votes; v++) meanLeniency += cm.leniency[cm.voter[v]!]!;
  meanLeniency /= votes || 1;
  const people: InterviewerRow[] = cm.people
    .map((person, p) => {
      const v = [...cm.voter].indexOf(p);
      const rounds = cm.cards.filter((_, c) => cm.rater[c] === p).map((c) => c.roundTitle);
      const rel = v >= 0 ? relStats[v]! : null;
      const half = rel ? (1.959963984540054 * rel.sd) / Math.sqrt(rel.n) : 0;
      return {
        person: person.id,
        name: person.name,
        role: person.role,
        rounds,
        card: rounds.length ? { mean: cardStats[p]!.mean, sd: cardStats[p]!.sd } : null,
        vote: v >= 0 ? { mean: voteStats[v]!.mean, sd: voteStats[v]!.sd } : null,
        recordedLeniency: person.leniency,
        trueLeniency: cm.leniency[p]!,
        relative: rel
          ? { truth: cm.leniency[p]! - meanLeniency, estimate: rel.mean, low: rel.mean - half, high: rel.mean + half }
          : null,
        decisive: v >= 0 ? wilson(decisive[v]!, setup.n) : null,
      };
    })
    .filter((row) => row.card || row.vote);
  const blank = (x: number | undefined) => (x === undefined ? '' : fixed(x));
  const tables: LabTable[] = [
    {
      title: 'Interviewer calibration report',
      fields: [
        'person',
        'name',
        'role',
        'rounds',
        'card mean',
        'card sd',
        'vote mean',
        'vote sd',
        'recorded leniency',
        'true leniency',
        'relative truth',
        'relative estimate',
        'low',
        'high',
        'estimate error',
        'decisive %',
        'low %',
        'high %',
      ],
      rows: people.map((r) => [
        r.person,
        r.name,
        r.role,
        r.rounds.join('; '),
        blank(r.card?.mean),
        blank(r.card?.sd),
        blank(r.vote?.mean),
        blank(r.vote?.sd),
        fixed(r.recordedLeniency),
        fixed(r.trueLeniency),
        blank(r.relative?.truth),
        blank(r.relative?.estimate),
        blank(r.relative?.low),
        blank(r.relative?.high),
        r.relative ? fixed(r.relative.estimate - r.relative.truth) : '',
        ...(r.decisive ? shareCells(r.decisive) : ['', '', '']),
      ]),
    },
  ];
  return { data: { history: setup.n, people }, tables };
}
