import { useMemo, useState } from 'react';
import { loadBundled } from '../library/loadBundled';
import { ScenarioCard } from './ScenarioCard';
import { ContentProblems } from './ContentProblems';

/** The first screen: every bundled scenario, searchable, with any broken file reported beside them. */
export function App() {
  const library = useMemo(() => loadBundled(), []);
  const [query, setQuery] = useState('');
  const shown = library.scenarios.filter(({ scenario: s }) =>
    [s.title, s.role, s.pack, s.teaches, ...s.sources].join(' ').toLowerCase().includes(query.trim().toLowerCase()),
  );
  return (
    <div className="page">
      <header className="masthead">
        <p className="eyebrow">Debrief</p>
        <h1>Sit the loop. Then sit on the committee.</h1>
        <p className="lede">
          Real hiring-committee debriefs, replayable: answer each round, watch the committee apply its rules, and see
          which answer cost what.
        </p>
      </header>
      <main>
        <div className="toolbar">
          <label htmlFor="search">Search scenarios</label>
          <input id="search" type="search" placeholder="Title, role, rule or anecdote ID (V1, C07…)" value={query} onChange={(e) => setQuery(e.target.value)} />
          <span className="count" aria-live="polite">
            {shown.length} of {library.scenarios.length} scenarios
          </span>
        </div>
        <ContentProblems issues={library.issues} />
        <ul className="cards">
          {shown.map((r) => (
            <ScenarioCard key={r.scenario.id} resolved={r} />
          ))}
        </ul>
        {!shown.length && (
          <p className="empty">
            {library.scenarios.length ? `No scenario matches “${query}”.` : 'No scenarios found under scenarios/. Add one, then run npx debrief validate.'}
          </p>
        )}
      </main>
      <footer className="footer">
        Play any scenario from the terminal today: <code>npx debrief play &lt;id&gt;</code>. Candidate and committee modes come next.
      </footer>
    </div>
  );
}
