import type { ResolvedScenario } from '../content/resolve';
import { labPath, LabError } from './path';
import { fragility, type FragilityData } from './fragility';
import { ruleSwings, ruleTables, type RulesData } from './rules';
import { interviewers, type InterviewersData } from './interviewers';
import { calibration, type CalibrationData } from './calibration';
import { report, type ReportData } from './report';
import { Progress } from './progress';
import { widthWarning, type Share } from './stats';
import { fixed, type LabResultBase } from './result';
import {
  impliedReliability,
  PUBLISHED,
  QUESTION_TITLES,
  TRUE_SPREAD,
  POOL_SHIFT,
  HISTORY,
  type LabSetup,
} from './setup';

export { LabError };

export type LabResult = LabResultBase &
  (
    | { question: 'fragility'; data: FragilityData }
    | { question: 'rules'; data: RulesData }
    | { question: 'interviewers'; data: InterviewersData }
    | { question: 'calibration'; data: CalibrationData }
    | { question: 'report'; data: ReportData }
  );

/** A seed per scenario that does not depend on the library's order: the run's seed mixed with the id. */
function seedFor(seed: number, id: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Every share a result reports, for the width warning. */
function sharesOf(result: LabResult): Share[] {
  switch (result.question) {
    case 'fragility':
      return [...result.data.decisions.map((d) => d.share), ...result.data.rules.map((r) => r.share)];
    case 'rules':
      return [...result.data.rules.map((r) => r.changed), ...result.data.members.map((m) => m.decisive)];
    case 'interviewers':
      return result.data.points.flatMap((p) => [p.separate, p.panel]);
    case 'calibration':
      return result.data.rows.flatMap((r) => [r.falseHire, r.falseReject, r.wrongLevel]);
    case 'report':
      return result.data.people.flatMap((p) => (p.decisive ? [p.decisive] : []));
  }
}

/** The model's assumptions and the sources of its defaults, as every result states them. */
function notesFor(setup: LabSetup): string[] {
  const r = impliedReliability(setup.err, setup.len);
  const population = setup.question !== 'fragility' && setup.question !== 'rules';
  return [
    `N = ${setup.n} simulated committees per figure, seed ${setup.seed}; every share with its 95 % Wilson interval.`,
    population
      ? `Candidates like this one: every recorded score moved together by a normal offset of sd ${TRUE_SPREAD} points (the lab's assumption).`
      : 'The truth is the path’s own scorecards: with zero error and leniency every draw is the recorded decision.',
    `Each interviewer re-reads in whole points with a leniency off their record (sd ${setup.len}) and a reading error (sd ${setup.err}); R1 ratings move with the same reading on their 1-10 scale; flags stay as answered; votes, calibration and rules as in play.`,
    `At these settings the model's interrater reliability is ${fixed(r.separate, 2)} for separate interviews and ${fixed(r.panel, 2)} for panels; the defaults are set from ${PUBLISHED.separate.value} and ${PUBLISHED.panel.value}, ${PUBLISHED.separate.source}.`,
    ...(setup.question === 'interviewers'
      ? [
          `A round's readings are averaged into its card: ${PUBLISHED.mechanical.source} found mechanical combination beats a subjective one.`,
          `Prediction columns: the averaged reading's correlation with the true level; ${PUBLISHED.bock.source}: four interviews gave ${PUBLISHED.bock.value * 100} % of the attainable prediction, each further one about 1 %.`,
        ]
      : []),
    ...(setup.question === 'calibration'
      ? [
          `Harsh and generous pools read ${POOL_SHIFT} points below or above the record; calibration takes off each member's leniency as estimated from ${HISTORY} past debriefs, and corrects the vote, not the scorecards.`,
        ]
      : []),
  ];
}

/**
 * Run one lab question: the pure function the Web Worker and `debrief lab` both call, so the same
 * setup gives the same numbers on the screen and in the terminal. `library` is every scenario,
 * for question 2 over the whole library (each scenario's recorded path).
 */
export function runLab(
  resolved: ResolvedScenario | null,
  setup: LabSetup,
  opts: { library?: ResolvedScenario[]; onProgress?: (fraction: number) => void } = {},
): LabResult {
  const base = {
    title: QUESTION_TITLES[setup.question],
    setup,
    notes: notesFor(setup),
  };
  if (setup.question === 'rules' && setup.scope === 'library') {
    const library = [...(opts.library ?? [])].sort((a, b) =>
      a.scenario.id < b.scenario.id ? -1 : a.scenario.id > b.scenario.id ? 1 : 0,
    );
    if (!library.length) throw new LabError('scope: library needs the library’s scenarios');
    const progress = new Progress(setup.n * library.length, opts.onProgress);
    const data: RulesData = { rules: [], members: [] };
    for (const s of library) {
      const ids = new Set(s.policy.rules.map((r) => r.id));
      const lab = labPath(s, { path: 'recorded', off: setup.off.filter((id) => ids.has(id)) });
      const one = ruleSwings(lab, setup, progress, seedFor(setup.seed, s.scenario.id));
      data.rules.push(...one.rules);
      data.members.push(...one.members);
    }
    const result = {
      ...base,
      question: 'rules' as const,
      scenario: null,
      path: 'recorded',
      recorded: null,
      data,
      tables: ruleTables(data),
      warning: null,
    };
    return { ...result, warning: widthWarning(sharesOf(result)) };
  }
  if (!resolved) throw new LabError('a scenario is needed for this question');
  const lab = labPath(resolved, setup);
  const progress = new Progress(setup.n, opts.onProgress);
  const head = {
    ...base,
    scenario: { id: resolved.scenario.id, title: resolved.scenario.title },
    path: setup.path,
    recorded: { decision: lab.report.decision, label: lab.report.decisionLabel, consensus: lab.report.consensus },
  };
  let result: LabResult;
  switch (setup.question) {
    case 'fragility':
      result = { ...head, question: 'fragility', ...fragility(lab, setup, progress), warning: null };
      break;
    case 'rules': {
      const data = ruleSwings(lab, setup, progress);
      result = { ...head, question: 'rules', data, tables: ruleTables(data), warning: null };
      break;
    }
    case 'interviewers':
      result = { ...head, question: 'interviewers', ...interviewers(lab, setup, progress), warning: null };
      break;
    case 'calibration':
      result = { ...head, question: 'calibration', ...calibration(lab, setup, progress), warning: null };
      break;
    case 'report':
      result = { ...head, question: 'report', ...report(lab, setup, progress), warning: null };
      break;
  }
  result.warning = widthWarning(sharesOf(result));
  return result;
}
