import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, kept up to date. Charts draw in real pixels at that width
 * (a fixed viewBox scaled to a phone shrinks 12 px labels to 6 px); `fallback` is the width
 * before the first measure and in server rendering.
 */
export function useWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const read = () => setWidth(Math.max(200, Math.round(el.getBoundingClientRect().width)));
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
