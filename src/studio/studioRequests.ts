import { resolveScenario } from '../../machines/content/resolve';
import type { Pack, Scenario } from '../../machines/content/schema';
import { checkDraft, type DraftCheck, type DraftCheckRequest } from './checkDraft';
import { branchCounts, type BranchCounts } from './optionCounts';
import type { MapPrompt } from './mapGraph';
import { layoutMap, type ElkLike, type LaidMap } from './mapLayout';

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

// The layout engine loads with the first map, in the worker that lays it out.
let elk: Promise<ElkLike> | null = null;

/** The work behind one request, the same inline (tests, bench) as in a worker. */
export function answer(
  request: StudioRequest,
  progress?: (done: number, of: number) => void,
): DraftCheck | BranchCounts | LaidMap | null | Promise<LaidMap> {
  if (request.type === 'check') return checkDraft(request.request);
  if (request.type === 'layout') {
    elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as ElkLike);
    return elk.then((e) => layoutMap(e, request.prompts));
  }
  const resolved = resolveScenario(request.scenario, new Map([[request.pack.id, request.pack]]), 'draft');
  return resolved.ok ? branchCounts(resolved.value, progress) : null;
}
