import { cards, issues, loaders } from 'virtual:debrief-index';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { Pack, Scenario } from '../../machines/content/schema';
import type { ContentIssue } from '../../machines/content/issues';
import { openStore } from '../session/store';
import { prepareSaveReads } from '../session/saves';
import type { ScenarioCardData } from '../shared/card';

export interface BundledLibrary {
  cards: ScenarioCardData[];
  issues: ContentIssue[];
}

/** The library index, checked at build time: every scenario's card, and every file's problems. */
export const bundledLibrary: BundledLibrary = { cards, issues };

/**
 * One scenario, loaded on demand and joined with its pack; null when the id is not in the library.
 * Saves are read from storage first, so the mode that opens finds its save in memory.
 */
export async function loadScenario(id: string): Promise<ResolvedScenario | null> {
  await openStore();
  await prepareSaveReads();
  // An id from a link is looked up as an own key: `constructor` must not find Object's.
  const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!loader) return importedScenario(id);
  // The resolver (and the rule registry behind it) loads with the first scenario, not with the library screen.
  const [module, { resolveScenario }] = await Promise.all([loader(), import('../../machines/content/resolve')]);
  const body = module.default as { scenario: Scenario; pack: Pack; file: string } | null;
  if (!body) return null;
  const r = resolveScenario(body.scenario, new Map([[body.pack.id, body.pack]]), body.file);
  return r.ok ? r.value : null;
}

/** A scenario the player imported into this browser, checked on demand in the import worker. */
async function importedScenario(id: string): Promise<ResolvedScenario | null> {
  const { readImported } = await import('../importer/imported');
  const files = await readImported();
  if (!files.length) return null;
  const { checkInWorker, importContext } = await import('../importer/checkInWorker');
  const { checked } = await checkInWorker(files);
  // Only a scenario that passed every check plays; it is then joined with its pack here.
  if (!checked.scenarios.some((s) => s.id === id)) return null;
  const { resolveImported } = await import('../importer/check');
  return resolveImported(files, id, importContext());
}
