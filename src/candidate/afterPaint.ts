import { useEffect, useRef } from 'react';

/** Why deferred work runs: its frame was painted, the page is going away, or the screen is. */
export type AfterPaintReason = 'painted' | 'pagehide' | 'unmount';

/**
 * Run `work` once the frame showing the current render has been painted and the page is idle (a
 * frame, then an idle callback, at most half a second late; a task where there is none, as in Safari).
 */
function schedule(work: () => void): () => void {
  let cancelLater = () => {};
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(work, { timeout: 500 });
      cancelLater = () => cancelIdleCallback(idle);
    } else {
      const timer = window.setTimeout(work, 0);
      cancelLater = () => window.clearTimeout(timer);
    }
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelLater();
  };
}

/**
 * Keep `work` (a useCallback, so it changes only when there is something new to do) for after the
 * next paint, so a key press shows its next prompt first. Only the newest work runs (each
 * supersedes the last); it runs at once when the page is hidden (a closed tab, a reload) or the
 * screen goes away, told which, so nothing it stores is lost.
 */
export function useAfterPaint(work: (reason: AfterPaintReason) => void) {
  const pending = useRef<((reason: AfterPaintReason) => void) | null>(null);
  useEffect(() => {
    const flush = (reason: AfterPaintReason) => {
      const run = pending.current;
      pending.current = null;
      run?.(reason);
    };
    const onHide = () => flush('pagehide');
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      flush('unmount');
    };
  }, []);
  useEffect(() => {
    pending.current = work;
    return schedule(() => {
      if (pending.current !== work) return;
      pending.current = null;
      work('painted');
    });
  }, [work]);
}
