import { lazy, Suspense, useMemo } from 'react';
import { loadBundled } from '../library/loadBundled';
import { useRoute } from './router';
import { Library } from './Library';
import { ErrorBoundary } from './ErrorBoundary';

// Modes and their charts load on demand, so the library screen stays small.
const CandidateMode = lazy(() => import('../candidate/CandidateMode').then((m) => ({ default: m.CandidateMode })));
const CommitteeMode = lazy(() => import('../committee/CommitteeMode').then((m) => ({ default: m.CommitteeMode })));

/** Routes: the library, and each scenario in each mode at any position (`#/play/<id>/candidate?steps=…`). */
export function App() {
  const library = useMemo(() => loadBundled(), []);
  const route = useRoute();
  if (route.name === 'library') {
    return (
      <ErrorBoundary screen="library">
        <Library library={library} />
      </ErrorBoundary>
    );
  }
  const resolved = route.name === 'play' ? library.scenarios.find((s) => s.scenario.id === route.id) : undefined;
  if (route.name !== 'play' || !resolved) {
    return (
      <section className="page crash" role="alert">
        <h1>Nothing here</h1>
        <p>{route.name === 'play' && !resolved ? `There is no scenario called “${route.id}” in this library.` : 'This link does not lead to a screen of Debrief.'}</p>
        <p><a className="button" href="#/">Back to the library</a></p>
      </section>
    );
  }
  return (
    <ErrorBoundary screen={`${route.mode} mode`}>
      <Suspense fallback={<p className="page" role="status">Loading…</p>}>
        {route.mode === 'candidate' ? (
          <CandidateMode key={resolved.scenario.id} resolved={resolved} steps={route.steps} />
        ) : (
          <CommitteeMode key={`${resolved.scenario.id}-${route.seat ?? ''}`} resolved={resolved} steps={route.steps} seat={route.seat ?? null} />
        )}
      </Suspense>
    </ErrorBoundary>
  );
}
