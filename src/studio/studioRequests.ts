import { resolveScenario } from '../../machines/content/resolve';
import type { Pack, Scenario } from '../../machines/content/schema';
import { checkDraft, type DraftCheck, type DraftCheckRequest } from './checkDraft';
import { branchCounts, type BranchCounts } from './optionCounts';
import type { MapPrompt } from './mapGraph';
import type { LaidMap } from './mapLayout';

/** What the studio asks its workers: check a draft, or count the paths through each option of a playable one. */
export type StudioRequest =
  | { type: 'check'; request: DraftCheckRequest }
  | { type: 'counts'; scenario: Scenario; pack: Pack }
  | { type: 'layout'; prompts: MapPrompt[] };

export type StudioAnswer<R extends StudioRequest> = R extends { type: 'check' }
  ? DraftCheck
  : R extends { type: 'layout' }
    ? LaidMap
    : BranchCounts | null;

/** The work behind one request, the same inline (tests, bench) as in a worker. */
export function answer(
  request: StudioRequest,
  progress?: (done: number, of: number) => void,
): DraftCheck | BranchCounts | null {
  if (request.type === 'check') return checkDraft(request.request);
  // The map has a worker of its own (map.worker.ts): the checker never loads elkjs.
  if (request.type === 'layout') throw new Error('the map is laid out by its own worker');
  const resolved = resolveScenario(request.scenario, new Map([[request.pack.id, request.pack]]), 'draft');
  return resolved.ok ? branchCounts(resolved.value, progress) : null;
}
