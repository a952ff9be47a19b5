import { lazy, Suspense, useEffect, useState } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { bundledLibrary, loadScenario } from '../library/loadBundled';
import { useRoute } from '../shared/router';
import { Library } from './Library';
import { ErrorBoundary } from './ErrorBoundary';
import { ScenarioNames } from '../shared/names';

// Modes and their charts load on demand, so the library screen stays small.
const CandidateMode = lazy(() => import('../candidate/CandidateMode').then((m) => ({ default: m.CandidateMode })));
const ImportScreen = lazy(() => import('../importer/ImportScreen').then((m) => ({ default: m.ImportScreen })));
const PresenterView = lazy(() => import('../present/PresenterView').then((m) => ({ default: m.PresenterView })));
const NotesView = lazy(() => import('../present/NotesView').then((m) => ({ default: m.NotesView })));
const CoachMode = lazy(() => import('../coach/CoachMode').then((m) => ({ default: m.CoachMode })));
const RoomScreen = lazy(() => import('../room/RoomScreen').then((m) => ({ default: m.RoomScreen })));
const LabScreen = lazy(() => import('../lab/LabScreen').then((m) => ({ default: m.LabScreen })));
const StudioScreen = lazy(() => import('../studio/StudioScreen').then((m) => ({ default: m.StudioScreen })));
const CommitteeMode = lazy(() => import('../committee/CommitteeMode').then((m) => ({ default: m.CommitteeMode })));

/** A scenario whose module failed to load (a dropped connection, a server restarted mid-load). */
interface LoadFailure {
  failed: string;
}

/**
 * The scenario a route names, loaded on demand: undefined while loading, null when there is none,
 * and a failure, said as such, when its module could not be loaded.
 */
function useScenario(id: string | null) {
  const [state, setState] = useState<{ id: string; resolved: ResolvedScenario | LoadFailure | null } | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    loadScenario(id).then(
      (resolved) => live && setState({ id, resolved }),
      (e: unknown) => live && setState({ id, resolved: { failed: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state && state.id === id ? state.resolved : undefined;
}

const isFailure = (r: unknown): r is LoadFailure => !!r && typeof r === 'object' && 'failed' in r;

function LoadFailed({ id, failure }: { id: string; failure: LoadFailure }) {
  return (
    <section className="page crash" role="alert">
      <h1>The scenario could not be loaded</h1>
      <p>
        “{id}” is in the library, but its part of the app did not arrive: <code>{failure.failed}</code>. This is usually
        a dropped connection or a server that restarted; your saved sessions are safe.
      </p>
      <p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>{' '}
        <a className="button" href="#/">
          Back to the library
        </a>
      </p>
    </section>
  );
}

function Missing({ message }: { message: string }) {
  return (
    <section className="page crash" role="alert">
      <h1>Nothing here</h1>
      <p>{message}</p>
      <p>
        <a className="button" href="#/">
          Back to the library
        </a>
      </p>
    </section>
  );
}

/** Routes: the library, and each scenario in each mode at any position (`#/play/<id>/candidate?steps=…`). */
export function App() {
  const route = useRoute();
  const resolved = useScenario(route.name === 'play' || route.name === 'lab' ? route.id : null);
  if (route.name === 'library') {
    return (
      <ErrorBoundary screen="library">
        <Library library={bundledLibrary} />
      </ErrorBoundary>
    );
  }
  if (route.name === 'import') {
    return (
      <ErrorBoundary screen="import screen">
        <Suspense
          fallback={
            <p className="page" role="status">
              Loading…
            </p>
          }
        >
          <ImportScreen />
        </Suspense>
      </ErrorBoundary>
    );
  }
  if (route.name === 'join') {
    // The phone's page is its own small entry (/j/CODE), so a participant never loads the app.
    window.location.replace(`/j/${route.code}`);
    return (
      <p className="page" role="status">
        Joining the room…
      </p>
    );
  }
  if (route.name === 'room') {
    return (
      <ErrorBoundary screen="room">
        <Suspense
          fallback={
            <p className="page" role="status">
              Loading…
            </p>
          }
        >
          <RoomScreen key={`${route.code}-${route.view}`} code={route.code} view={route.view} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  if (route.name === 'studio') {
    return (
      <ErrorBoundary screen="studio">
        <Suspense
          fallback={
            <p className="page" role="status">
              Loading the studio…
            </p>
          }
        >
          <StudioScreen id={route.id} query={route.query} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  if (route.name === 'lab') {
    if (resolved === undefined)
      return (
        <p className="page" role="status">
          Loading…
        </p>
      );
    if (isFailure(resolved)) return <LoadFailed id={route.id} failure={resolved} />;
    if (resolved === null) return <Missing message={`There is no scenario called “${route.id}” in this library.`} />;
    return (
      <ErrorBoundary screen="lab">
        <Suspense
          fallback={
            <p className="page" role="status">
              Loading…
            </p>
          }
        >
          <ScenarioNames resolved={resolved}>
            <LabScreen key={resolved.scenario.id} resolved={resolved} query={route.query} />
          </ScenarioNames>
        </Suspense>
      </ErrorBoundary>
    );
  }
  if (route.name === 'missing') return <Missing message="This link does not lead to a screen of Debrief." />;
  if (resolved === undefined)
    return (
      <p className="page" role="status">
        Loading the scenario…
      </p>
    );
  if (isFailure(resolved)) return <LoadFailed id={route.id} failure={resolved} />;
  if (resolved === null) return <Missing message={`There is no scenario called “${route.id}” in this library.`} />;
  return (
    <ErrorBoundary screen={`${route.mode} mode`}>
      <ScenarioNames resolved={resolved}>
        <Suspense
          fallback={
            <p className="page" role="status">
              Loading…
            </p>
          }
        >
          {route.mode === 'present' ? (
            <PresenterView key={resolved.scenario.id} resolved={resolved} />
          ) : route.mode === 'notes' ? (
            <NotesView key={resolved.scenario.id} resolved={resolved} />
          ) : (
            // The play screens' one main landmark (the presenter and notes windows have their own).
            <main>
              {route.mode === 'coach' ? (
                <CoachMode key={resolved.scenario.id} resolved={resolved} />
              ) : route.mode === 'candidate' ? (
                <CandidateMode key={resolved.scenario.id} resolved={resolved} steps={route.steps} />
              ) : (
                <CommitteeMode
                  key={`${resolved.scenario.id}-${route.seat ?? ''}`}
                  resolved={resolved}
                  steps={route.steps}
                  seat={route.seat ?? null}
                />
              )}
            </main>
          )}
        </Suspense>
      </ScenarioNames>
    </ErrorBoundary>
  );
}
