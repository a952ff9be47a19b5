import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
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

/** A status line while something loads. */
const Loading = ({ text = 'Loading…' }: { text?: string }) => (
  <p className="page" role="status">
    {text}
  </p>
);

/** A screen loaded on demand: a crash in it is reported as that screen's, and it says it is loading meanwhile. */
function Screen({ screen, loading, children }: { screen: string; loading?: string; children: ReactNode }) {
  return (
    <ErrorBoundary screen={screen}>
      <Suspense fallback={<Loading text={loading} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** Until a route's scenario is there to show: loading, failed to load, or not in the library; null once it is. */
function notYet(id: string, resolved: ResolvedScenario | LoadFailure | null | undefined, loading?: string) {
  if (resolved === undefined) return <Loading text={loading} />;
  if (isFailure(resolved)) return <LoadFailed id={id} failure={resolved} />;
  if (resolved === null) return <Missing message={`There is no scenario called “${id}” in this library.`} />;
  return null;
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
      <Screen screen="import screen">
        <ImportScreen />
      </Screen>
    );
  }
  if (route.name === 'join') {
    // The phone's page is its own small entry (/j/CODE), so a participant never loads the app.
    window.location.replace(`/j/${route.code}`);
    return <Loading text="Joining the room…" />;
  }
  if (route.name === 'room') {
    return (
      <Screen screen="room">
        <RoomScreen key={`${route.code}-${route.view}`} code={route.code} view={route.view} />
      </Screen>
    );
  }
  if (route.name === 'studio') {
    return (
      <Screen screen="studio" loading="Loading the studio…">
        <StudioScreen id={route.id} query={route.query} />
      </Screen>
    );
  }
  if (route.name === 'missing') return <Missing message="This link does not lead to a screen of Debrief." />;
  const waiting = notYet(route.id, resolved, route.name === 'lab' ? undefined : 'Loading the scenario…');
  // notYet is null only for a loaded scenario: the two checks after it narrow the type, nothing more.
  if (waiting || !resolved || isFailure(resolved)) return waiting;
  if (route.name === 'lab') {
    return (
      <Screen screen="lab">
        <ScenarioNames resolved={resolved}>
          <LabScreen key={resolved.scenario.id} resolved={resolved} query={route.query} />
        </ScenarioNames>
      </Screen>
    );
  }
  return (
    <Screen screen={`${route.mode} mode`}>
      <ScenarioNames resolved={resolved}>
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
      </ScenarioNames>
    </Screen>
  );
}
