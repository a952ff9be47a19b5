import { useEffect, useMemo, useRef, useState } from 'react';
import type { Pack, Scenario } from '../../machines/content/schema';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { DraftCheck } from './checkDraft';
import { mapGraph, type MapPrompt } from './mapGraph';
import type { LaidMap } from './mapLayout';
import type { BranchCounts } from './optionCounts';
import { bundledPacks, bundledScenarioFiles } from './sources';
import { StudioLane, Superseded } from './studioWorker';

/** Quiet time after a keystroke before the check starts: short, so problems show within 150 ms of the last key. */
const CHECK_DEBOUNCE_MS = 40;
/** The branch counts and the map wait a little longer: they cost more and change less often. */
const MAP_DEBOUNCE_MS = 250;

export interface StudioChecks {
  check: DraftCheck | null;
  /** The text the shown problems were found in. */
  checkedText: string | null;
  checking: boolean;
  failure: string | null;
  /** The last version of the draft that resolved: what the play pane and the map show while the text is broken. */
  playable: { scenario: Scenario; pack: Pack; resolved: ResolvedScenario } | null;
  prompts: MapPrompt[];
  layout: LaidMap | null;
  counts: BranchCounts | null;
  countProgress: { done: number; of: number } | null;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The draft's checks, each in a worker: the validator after every pause in typing, then the
 * map's layout and the branch counts for the version that resolved. A newer text supersedes an
 * older check; an older answer never overwrites a newer one.
 */
export function useStudioChecks(name: string, text: string, mapShown: boolean): StudioChecks {
  const [check, setCheck] = useState<{ result: DraftCheck; text: string } | null>(null);
  const [checking, setChecking] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const [playableData, setPlayableData] = useState<{ scenario: Scenario; pack: Pack } | null>(null);
  const [layout, setLayout] = useState<LaidMap | null>(null);
  const [counts, setCounts] = useState<BranchCounts | null>(null);
  const [countProgress, setCountProgress] = useState<{ done: number; of: number } | null>(null);
  const playableKey = useRef<string | null>(null);
  const lanes = useRef<{ check: StudioLane; counts: StudioLane; layout: StudioLane } | null>(null);
  lanes.current ??= {
    check: new StudioLane(false),
    counts: new StudioLane(true, (done, of) => setCountProgress({ done, of })),
    layout: new StudioLane(
      false,
      undefined,
      () => new Worker(new URL('./map.worker.ts', import.meta.url), { type: 'module' }),
    ),
  };
  useEffect(() => {
    const l = lanes.current!;
    return () => {
      l.check.stop();
      l.counts.stop();
      l.layout.stop();
    };
  }, []);

  useEffect(() => {
    setChecking(true);
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const kind = /^kind:\s*["']?pack\b/m.test(text) ? 'pack' : 'scenario';
        const scenarios = kind === 'pack' ? await bundledScenarioFiles() : [];
        const result = await lanes.current!.check.run({
          type: 'check',
          request: { name, text, packs: bundledPacks, scenarios },
        });
        if (!live) return;
        setCheck({ result, text });
        setFailure(null);
        // Prose edits leave the playable data as it was: the map and the counts need not start again.
        const key = result.playable ? JSON.stringify(result.playable) : null;
        if (key && key !== playableKey.current) {
          playableKey.current = key;
          setPlayableData(result.playable);
        }
      } catch (err) {
        if (live && !(err instanceof Superseded)) setFailure(messageOf(err));
      } finally {
        if (live) setChecking(false);
      }
    }, CHECK_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [name, text]);

  const playable = useMemo(() => {
    if (!playableData) return null;
    const r = resolveScenario(playableData.scenario, new Map([[playableData.pack.id, playableData.pack]]), name);
    return r.ok ? { ...playableData, resolved: r.value } : null;
  }, [playableData, name]);
  const prompts = useMemo(() => (playable ? mapGraph(playable.scenario, playable.pack) : []), [playable]);

  useEffect(() => {
    if (!playableData) return;
    let live = true;
    setCountProgress(null);
    const timer = setTimeout(() => {
      const l = lanes.current!;
      l.counts.run({ type: 'counts', ...playableData }).then(
        (c) => {
          if (!live) return;
          setCounts(c);
          setCountProgress(null);
        },
        (err: unknown) =>
          live && !(err instanceof Superseded) && setFailure(`The paths could not be counted: ${messageOf(err)}`),
      );
    }, MAP_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [playableData]);

  // The layout engine loads with the first map shown, not with the studio.
  useEffect(() => {
    if (!playableData || !mapShown) return;
    let live = true;
    const timer = setTimeout(() => {
      lanes.current!.layout.run({ type: 'layout', prompts: mapGraph(playableData.scenario, playableData.pack) }).then(
        (laid) => live && setLayout(laid),
        (err: unknown) =>
          live && !(err instanceof Superseded) && setFailure(`The map could not be laid out: ${messageOf(err)}`),
      );
    }, MAP_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [playableData, mapShown]);

  return {
    check: check?.result ?? null,
    checkedText: check?.text ?? null,
    checking,
    failure,
    playable,
    prompts,
    layout,
    counts,
    countProgress,
  };
}
