import { cards, issues, loaders } from 'virtual:debrief-index';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { ContentIssue } from '../../machines/content/issues';
import type { ScenarioCardData } from './card';

export interface BundledLibrary {
  cards: ScenarioCardData[];
  issues: ContentIssue[];
}

/** The library index, checked at build time: every scenario's card, and every file's problems. */
export const bundledLibrary: BundledLibrary = { cards, issues };

/** One scenario, loaded on demand and joined with its pack; null when the id is not in the library. */
export async function loadScenario(id: string): Promise<ResolvedScenario | null> {
  const loader = (loaders as Record<string, (() => Promise<{ default: unknown }>) | undefined>)[id];
  if (!loader) return importedScenario(id);
  const body = (await loader()).default as { scenario: Parameters<typeof resolveScenario>[0]; pack: Parameters<typeof resolveScenario>[1] extends ReadonlyMap<string, infer P> ? P : never; file: string } | null;
  if (!body) return null;
  const r = resolveScenario(body.scenario, new Map([[body.pack.id, body.pack]]), body.file);
  return r.ok ? r.value : null;
}

/** A scenario the player imported into this browser, checked on demand (the checker loads lazily). */
async function importedScenario(id: string): Promise<ResolvedScenario | null> {
  const { readImported } = await import('../importer/imported');
  const files = readImported();
  if (!files.length) return null;
  const { checkImports } = await import('../importer/check');
  return checkImports(files).scenarios.find((s) => s.resolved.scenario.id === id)?.resolved ?? null;
}
