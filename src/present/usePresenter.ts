import { reportNotice } from '../session/store';
import { useEffect, useRef, useState } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { PresenterState } from './deck';
import { readPresenterState } from './presenterState';

type Message = { kind: 'state'; state: PresenterState } | { kind: 'notes'; open: boolean } | { kind: 'who' };

const keyOf = (id: string) => `debrief.present.${id}`;

/**
 * The facilitator's session state, shared between the projected window and the notes window and
 * kept across reloads. The channel is opened inside the effect and closed by its cleanup, so
 * React's StrictMode (which runs every effect twice in development) never posts on a closed channel.
 */
export function usePresenter(resolved: ResolvedScenario, role: 'presenter' | 'notes', slides: number) {
  const key = keyOf(resolved.scenario.id);
  // Checked like a save: a corrupt state is set aside with a notice, never crashes the deck.
  const [state, setState] = useState<PresenterState>(() => readPresenterState(key));
  const [notesOpen, setNotesOpen] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const c = new BroadcastChannel(key);
    channel.current = c;
    c.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m.kind === 'state') setState(m.state);
      else if (m.kind === 'notes') setNotesOpen(m.open);
      else if (m.kind === 'who' && role === 'notes') c.postMessage({ kind: 'notes', open: true } satisfies Message);
    };
    // The notes window says it is there (and asks on arrival), so the projected window can hide its controls.
    c.postMessage((role === 'notes' ? { kind: 'notes', open: true } : { kind: 'who' }) satisfies Message);
    const bye = () => role === 'notes' && c.postMessage({ kind: 'notes', open: false } satisfies Message);
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      c.close();
      if (channel.current === c) channel.current = null;
    };
  }, [key, role]);
  const update = (next: PresenterState) => {
    setState(next);
    try {
      localStorage.setItem(key, JSON.stringify(next));
    } catch (err) {
      reportNotice(
        key,
        `Debrief could not store this presentation's place in this browser (${err instanceof Error ? err.message : String(err)}); it carries on, but a reload starts it again.`,
      );
    }
    channel.current?.postMessage({ kind: 'state', state: next } satisfies Message);
  };
  // A stored place past the deck (edited by hand, or from a longer version of it) shows the last slide.
  const shown = state.index < slides ? state : { ...state, index: Math.max(0, slides - 1) };
  return { state: shown, update, notesOpen };
}
