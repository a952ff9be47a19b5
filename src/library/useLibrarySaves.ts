import { useEffect, useRef, useState } from 'react';
import type { ScenarioCardData } from '../shared/card';
import { listSaves, prepareSaveReads, setAsideOrphans, type Save, type SaveProblem } from '../session/saves';
import { openStore } from '../session/store';
import { readImported } from '../importer/imported';

/**
 * What the library screen reads from storage: the saves, the imported scenarios' cards, and every
 * save that was set aside (unreadable, or for a scenario the library no longer has). Saves are
 * matched to scenarios only once the imports are checked, so an imported scenario's save is kept.
 */
export function useLibrarySaves(bundled: ScenarioCardData[]): LibrarySaves {
  const [state, setState] = useState<LibrarySaves>({ saves: [], problems: [], imported: [] });
  // Once per mount: listing sets bad saves aside, so a second listing (StrictMode runs effects
  // twice) would find nothing to report.
  const loading = useRef<Promise<LibrarySaves> | null>(null);
  useEffect(() => {
    let live = true;
    loading.current ??= loadLibrarySaves(bundled);
    loading.current.then(
      (loaded) => live && setState(loaded),
      (err: unknown) =>
        live &&
        setState({
          saves: [],
          imported: [],
          problems: [
            {
              key: 'library',
              message: `Saved sessions could not be read: ${err instanceof Error ? err.message : String(err)}.`,
            },
          ],
        }),
    );
    return () => {
      live = false;
    };
  }, [bundled]);
  return state;
}

interface LibrarySaves {
  saves: Save[];
  problems: SaveProblem[];
  imported: ScenarioCardData[];
}

async function loadLibrarySaves(bundled: ScenarioCardData[]): Promise<LibrarySaves> {
  await openStore();
  await prepareSaveReads();
  const listed = listSaves();
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
  return { saves, problems: [...listed.problems, ...problems], imported };
}
