import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { LabResult } from '../../machines/lab/run';
import type { LabMessage, LabRequest } from './labRequest';

export type LabRunState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number }
  | { status: 'done'; result: LabResult }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * A lab run in a Web Worker, so the page never freezes: progress as it goes, Cancel terminates the
 * worker outright (a synchronous loop cannot be asked to stop), and a new run replaces the old.
 */
export function useLabRun() {
  const [state, setState] = useState<LabRunState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const start = useCallback((request: LabRequest) => {
    stop();
    setState({ status: 'running', fraction: 0 });
    const w = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    let latest = 0;
    let painting = false;
    w.onmessage = (e: MessageEvent<LabMessage>) => {
      if (worker.current !== w) return;
      const m = e.data;
      if (m.type === 'progress') {
        // At most one progress paint a frame, however fast the worker reports.
        latest = m.fraction;
        if (!painting) {
          painting = true;
          requestAnimationFrame(() => {
            painting = false;
            if (worker.current === w) setState({ status: 'running', fraction: latest });
          });
        }
      } else {
        stop();
        // The result's charts and tables render as a transition, in slices, so the page keeps its frames.
        startTransition(() =>
          setState(m.type === 'done' ? { status: 'done', result: m.result } : { status: 'error', message: m.message }),
        );
      }
    };
    w.onerror = (e) => {
      if (worker.current !== w) return;
      stop();
      setState({ status: 'error', message: e.message || 'the lab’s worker stopped' });
    };
    w.postMessage(request);
  }, []);

  const cancel = useCallback(() => {
    if (!worker.current) return;
    stop();
    setState({ status: 'cancelled' });
  }, []);

  useEffect(() => stop, []);
  return { state, start, cancel };
}
