import { useEffect, useState } from 'react';
import type { ScenarioCardData } from '../library/card';
import { listSaves, setAsideOrphans, type Save, type SaveProblem } from './saves';
import { openStore } from './store';

/**
 * What the library screen reads from storage: the saves, the imported scenarios' cards, and every
 * save that was set aside (unreadable, or for a scenario the library no longer has). Saves are
 * matched to scenarios only once the imports are checked, so an imported scenario's save is kept.
 */
export function useLibrarySaves(bundled: ScenarioCardData[]): { saves: Save[]; problems: SaveProblem[]; imported: ScenarioCardData[] } {
  const [state, setState] = useState<{ saves: Save[]; problems: SaveProblem[]; imported: ScenarioCardData[] }>({ saves: [], problems: [], imported: [] });
  useEffect(() => {
    let live = true;
    void (async () => {
      await openStore();
      const listed = listSaves();
      const { readImported } = await import('../importer/imported');
      const files = await readImported();
      let imported: ScenarioCardData[] = [];
      let checked = true;
      if (files.length) {
        // The checker (YAML parser, schema, engine) loads only for players who imported something.
        try {
          const { checkInWorker } = await import('../importer/checkInWorker');
          imported = (await checkInWorker(files)).checked.scenarios.map((s) => s.card);
        } catch {
          checked = false;
        }
      }
      // Without a finished check no save is called an orphan: a slow check must not set saves aside.
      const known = new Set([...bundled, ...imported].map((c) => c.id));
      const { saves, problems } = checked ? setAsideOrphans(listed.saves, known) : { saves: listed.saves, problems: [] };
      if (live) setState({ saves, problems: [...listed.problems, ...problems], imported });
    })();
    return () => {
      live = false;
    };
  }, [bundled]);
  return state;
}
