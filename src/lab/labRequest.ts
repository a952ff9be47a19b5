import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { Pack, Scenario } from '../../machines/content/schema';
import { runLab, type LabResult } from '../../machines/lab/run';
import type { LabSetup } from '../../machines/lab/setup';

/** A scenario as it crosses into the worker: plain data (a compiled policy holds functions and cannot). */
export interface ScenarioData {
  scenario: Scenario;
  pack: Pack;
  file: string;
}

/** What the page sends the lab worker. */
export interface LabRequest {
  target: ScenarioData | null;
  /** Every scenario, for question 2 over the whole library. */
  library?: ScenarioData[];
  setup: LabSetup;
}

export type LabMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: LabResult }
  | { type: 'error'; message: string };

/** The plain data of a resolved scenario, to send to the worker. */
export const scenarioData = (r: ResolvedScenario): ScenarioData => ({
  scenario: r.scenario,
  pack: r.pack,
  file: r.file,
});

function resolved(data: ScenarioData): ResolvedScenario {
  const r = resolveScenario(data.scenario, new Map([[data.pack.id, data.pack]]), data.file);
  if (!r.ok) throw new Error(`${data.file}: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return r.value;
}

/** The worker's whole job, as a plain function: the same runLab the CLI calls, on the same data. */
export function runLabRequest(request: LabRequest, onProgress?: (fraction: number) => void): LabResult {
  return runLab(request.target ? resolved(request.target) : null, request.setup, {
    library: request.library?.map(resolved),
    onProgress,
  });
}
