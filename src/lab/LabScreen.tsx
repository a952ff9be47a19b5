import { useEffect, useMemo, useRef, useState } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import {
  DEFAULT_SETUP,
  parseSetup,
  setupParams,
  type LabSetup,
  type Question,
  type SetupText,
} from '../../machines/lab/setup';
import { bundledLibrary, loadScenario } from '../library/loadBundled';
import { hrefFor, replaceRoute } from '../shared/router';
import { scenarioData, type LabRequest } from './labRequest';
import { useLabRun } from './useLabRun';
import { QuestionTabs, SetupForm } from './SetupForm';
import { ResultView } from './ResultView';
import './lab.css';

const fieldsOf = (query: string): SetupText => Object.fromEntries(new URLSearchParams(query)) as SetupText;
const queryOf = (setup: LabSetup) => new URLSearchParams(setupParams(setup)).toString();
const sameSetup = (a: LabSetup, b: LabSetup) => queryOf(a) === queryOf(b);

/** Every scenario of the bundled library as plain data, for question 2 over the library. */
async function libraryData() {
  const all = await Promise.all(bundledLibrary.cards.map((c) => loadScenario(c.id)));
  return all.filter((r): r is ResolvedScenario => r !== null).map(scenarioData);
}

/**
 * The calibration lab for one scenario: five questions about noise, leniency and rules, each a
 * chart with its table, run in a Web Worker with a progress bar and Cancel. The whole setup lives
 * in the link (`#/lab/<id>?q=…&path=…&n=…&err=…&len=…&off=…&seed=…`), so a shared or projected
 * link gives the same numbers; it runs once on open.
 */
export function LabScreen({ resolved, query }: { resolved: ResolvedScenario; query: string }) {
  const id = resolved.scenario.id;
  const [fields, setFields] = useState<SetupText>(() => fieldsOf(query));
  const parsed = useMemo(() => parseSetup(fields), [fields]);
  const setup = parsed.ok ? parsed.setup : null;
  const { state, start, cancel } = useLabRun();
  const [ran, setRan] = useState<LabSetup | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const written = useRef<string | null>(null);

  const run = async (s: LabSetup) => {
    setLoadError(null);
    setRan(s);
    const request: LabRequest = { target: scenarioData(resolved), setup: s };
    if (s.question === 'rules' && s.scope === 'library') {
      try {
        request.library = await libraryData();
      } catch (err) {
        setLoadError(`The library could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
        return;
      }
    }
    start(request);
  };

  // Run once on open, so a shared link shows its figures without a click.
  useEffect(() => {
    if (setup) void run(setup);
  }, []);

  // Keep the link in step with the setup, without a history entry per keystroke.
  useEffect(() => {
    if (!setup) return;
    const q = queryOf(setup);
    written.current = q;
    replaceRoute({ name: 'lab', id, query: q });
  }, [setup, id]);

  // A lab link pasted over this one: take its setup and run it.
  useEffect(() => {
    if (written.current === null || query === written.current) return;
    const next = fieldsOf(query);
    setFields(next);
    const p = parseSetup(next);
    if (p.ok) void run(p.setup);
  }, [query]);

  const pick = (q: Question) => {
    const next = { ...fields, q };
    setFields(next);
    const p = parseSetup(next);
    if (p.ok) void run(p.setup);
  };

  const running = state.status === 'running';
  return (
    <main className="page lab" id="main">
      <header className="lab-head">
        {/* The same way back as every other screen, and the scenario's other modes as its buttons. */}
        <a href="#/" className="back">
          ← Library
        </a>
        <p className="eyebrow">Calibration lab</p>
        <h1>{resolved.scenario.title}</h1>
        <p className="lede">
          How much of this decision is the candidate, and how much the interviewers’ noise, leniency and the rules?
        </p>
        <nav className="lab-nav" aria-label="This scenario in the other modes">
          <a className="button" href={hrefFor({ name: 'play', mode: 'candidate', id, steps: null })}>
            Play as the candidate
          </a>
          <a className="button" href={hrefFor({ name: 'play', mode: 'coach', id, steps: null })}>
            Coach
          </a>
        </nav>
      </header>
      <QuestionTabs question={setup?.question ?? DEFAULT_SETUP.question} onPick={pick} />
      {/* The result comes first in the page, so a lab link on a phone opens on its figures; wide screens put the setup in a column on the left. */}
      <div className="lab-body">
        <div className="lab-main">
          <div className="lab-status" aria-live="polite">
            {running && (
              <p className="lab-progress">
                <progress max={1} value={state.fraction} aria-label="Simulated committees run" />{' '}
                {/* The bar carries the figure for a screen reader: read out, a hundred updates would drown the page. */}
                <span aria-hidden="true">{Math.round(state.fraction * 100)} %</span>{' '}
                <button type="button" className="button" onClick={cancel}>
                  Cancel
                </button>
              </p>
            )}
            {state.status === 'cancelled' && (
              <p className="lab-stale">Cancelled; nothing was kept from that run. Press Run to start again.</p>
            )}
            {state.status === 'error' && (
              <p className="lab-warning" role="alert">
                The lab could not run this setup: {state.message}
              </p>
            )}
            {loadError && (
              <p className="lab-warning" role="alert">
                {loadError}
              </p>
            )}
          </div>
          {state.status === 'done' && (
            <ResultView result={state.result} stale={!!setup && !!ran && !sameSetup(setup, ran)} />
          )}
        </div>
        <aside className="lab-side">
          <SetupForm
            resolved={resolved}
            fields={fields}
            setup={setup}
            problems={parsed.ok ? [] : parsed.problems}
            running={running}
            onChange={setFields}
            onRun={() => {
              if (!setup) return;
              void run(setup);
              // On one column the progress and the result are above the Run button: bring them up.
              const main = document.querySelector('.lab-main');
              if (main && main.getBoundingClientRect().top < 0) main.scrollIntoView({ block: 'start' });
            }}
          />
        </aside>
      </div>
    </main>
  );
}
