import { useEffect, useState } from 'react';

export type Mode = 'candidate' | 'committee' | 'coach' | 'present' | 'notes';
const MODES = new Set(['candidate', 'committee', 'coach', 'present', 'notes']);

export type Route =
  | { name: 'library' }
  | { name: 'import' }
  | { name: 'play'; mode: Mode; id: string; steps: string | null; seat?: string | null }
  | { name: 'room'; code: string; view: 'projector' | 'facilitator' }
  | { name: 'join'; code: string }
  | { name: 'lab'; id: string; query: string }
  | { name: 'studio'; id: string | null; query: string }
  | { name: 'missing'; hash: string };

/** A percent-decoded link part, or null for a bad escape such as `%` (a link to nowhere, not a crash). */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Read a hash such as `#/play/a06-latency-veto/candidate?steps=a06-x.a06-y`. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (!parts.length) return { name: 'library' };
  if (parts[0] === 'import' && parts.length === 1) return { name: 'import' };
  // Room mode: the projector (#/room/CODE), the facilitator's controls (#/room/CODE/facilitator), a phone (#/join/CODE).
  if (
    parts[0] === 'room' &&
    parts[1] &&
    /^[A-Za-z0-9-]+$/.test(parts[1]) &&
    (parts.length === 2 || (parts.length === 3 && parts[2] === 'facilitator'))
  ) {
    return { name: 'room', code: parts[1], view: parts[2] === 'facilitator' ? 'facilitator' : 'projector' };
  }
  if (parts[0] === 'join' && parts.length <= 2 && /^[A-Za-z0-9-]*$/.test(parts[1] ?? ''))
    return { name: 'join', code: parts[1] ?? '' };
  // The calibration lab: its whole setup lives in the query (#/lab/<id>?q=fragility&n=…&seed=…).
  if (parts[0] === 'lab' && parts[1] && parts.length === 2) {
    const id = decoded(parts[1]);
    if (id !== null) return { name: 'lab', id, query };
  }
  // The authoring studio: a draft (?draft=…), a shared one (?d=…), or a copy of a bundled file (#/studio/<id>).
  if (parts[0] === 'studio' && parts.length <= 2) {
    const id = parts[1] === undefined ? null : decoded(parts[1]);
    if (id !== null || parts.length === 1) return { name: 'studio', id, query };
  }
  if (parts[0] === 'play' && parts[1] && MODES.has(parts[2] ?? '') && parts.length === 3) {
    const params = new URLSearchParams(query);
    const id = decoded(parts[1]);
    if (id !== null)
      return { name: 'play', mode: parts[2] as Mode, id, steps: params.get('steps'), seat: params.get('seat') };
  }
  return { name: 'missing', hash };
}

/** The link for a route; every scenario, mode and position has one. */
export function hrefFor(route: Route): string {
  if (route.name === 'play') {
    const params = [
      route.seat ? `seat=${encodeURIComponent(route.seat)}` : '',
      route.steps ? `steps=${route.steps}` : '',
    ].filter(Boolean);
    return `#/play/${encodeURIComponent(route.id)}/${route.mode}${params.length ? `?${params.join('&')}` : ''}`;
  }
  if (route.name === 'lab') return `#/lab/${encodeURIComponent(route.id)}${route.query ? `?${route.query}` : ''}`;
  if (route.name === 'studio')
    return `#/studio${route.id ? `/${encodeURIComponent(route.id)}` : ''}${route.query ? `?${route.query}` : ''}`;
  return route.name === 'import' ? '#/import' : '#/';
}

/** The current route, following the hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Record the position in the address bar without adding a history entry per answer. */
export function replaceRoute(route: Route) {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.history.replaceState(null, '', href);
}
