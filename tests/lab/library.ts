import { join } from 'node:path';
import { loadLibrary } from '../../src/content/library';
import type { ResolvedScenario } from '../../machines/content/resolve';

const root = join(import.meta.dirname, '../..');

/** The shipped scenarios, loaded once for the lab's tests. */
export const shipped = loadLibrary([join(root, 'scenarios')]).scenarios;

/** The v2 fixture a v1 pack could not express: a bar-raiser's veto, two disqualifying rounds, a must-pass dimension. */
export const barRaiser = loadLibrary([join(root, 'tests/fixtures/v2')]).scenarios;

/** A shipped scenario by id. */
export function scenario(id: string): ResolvedScenario {
  const found = shipped.find((s) => s.scenario.id === id);
  if (!found) throw new Error(`no shipped scenario ${id}`);
  return found;
}
