import { useState } from 'react';
import type { BundledLibrary } from '../library/loadBundled';
import { useLibrarySaves } from '../library/useLibrarySaves';
import { ContinueList } from './ContinueList';
import { StartHere } from './StartHere';
import { ScenarioCard } from './ScenarioCard';
import { ContentProblems } from './ContentProblems';

/**
 * The home screen: continue a saved session, or pick a scenario by pack, role, round, rule or text.
 * `firstScreen` limits the cards to what the first screen shows: the build prerenders that much
 * into index.html, so the first paint lays out a screenful, and the app renders the rest on mount.
 */
export function Library({ library, firstScreen }: { library: BundledLibrary; firstScreen?: number }) {
  const [query, setQuery] = useState('');
  const [pack, setPack] = useState('');
  const [rule, setRule] = useState('');
  const [role, setRole] = useState('');
  const [round, setRound] = useState('');
  const { saves, problems, imported } = useLibrarySaves(library.cards);
  const allCards = [...library.cards, ...imported.filter((c) => !library.cards.some((b) => b.id === c.id))];
  const packs = [...new Map(allCards.map((c) => [c.pack, c.packTitle])).entries()];
  const ruleNames = new Map(allCards.flatMap((c) => c.rules.map((id) => [id, c.ruleNames[id] ?? id] as const)));
  const ruleIds = [...ruleNames.keys()].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  const roles = [...new Set(allCards.map((c) => c.role))].sort();
  const rounds = [...new Set(allCards.flatMap((c) => c.rounds))].sort();
  const q = query.trim().toLowerCase();
  const shown = allCards.filter((c) => {
    if (pack && c.pack !== pack) return false;
    if (rule && !c.rules.includes(rule)) return false;
    if (role && c.role !== role) return false;
    if (round && !c.rounds.includes(round)) return false;
    return [
      c.title,
      c.role,
      c.level,
      c.packTitle,
      c.teaches,
      ...c.sources,
      ...c.rounds,
      ...c.rules,
      ...Object.values(c.ruleNames),
    ]
      .join(' ')
      .toLowerCase()
      .includes(q);
  });
  const titles = new Map(allCards.map((c) => [c.id, c.title]));
  // A save with no step taken is only an opened scenario, nothing to continue.
  const open = saves.filter((s) => titles.has(s.scenarioId) && !!s.steps);
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
        {problems.map((p) => (
          <p key={p.key} className="notice" role="alert">
            {p.message}
          </p>
        ))}
        <ContinueList saves={open} titles={titles} />
        <StartHere cards={allCards} />
        <div className="toolbar library-filters">
          <label htmlFor="search">Search scenarios</label>
          <input
            id="search"
            type="search"
            placeholder="Title, role, round, rule or ID (V1, C07…)"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <FilterSelect id="pack-filter" label="Pack" any="All loops" value={pack} onChange={setPack} options={packs} />
          <FilterSelect
            id="rule-filter"
            label="Rule"
            any="Any rule"
            value={rule}
            onChange={setRule}
            options={ruleIds.map((id) => [id, `${ruleNames.get(id)} (${id})`])}
          />
          <FilterSelect
            id="role-filter"
            label="Role"
            any="Any role"
            value={role}
            onChange={setRole}
            options={roles.map((r) => [r, r])}
          />
          <FilterSelect
            id="round-filter"
            label="Round"
            any="Any round"
            value={round}
            onChange={setRound}
            options={rounds.map((r) => [r, r])}
          />
          <a className="button" href="#/import">
            Import a scenario
          </a>
          <a className="button" href="#/studio">
            Write one in the studio
          </a>
          <span className="count" aria-live="polite">
            {shown.length} of {allCards.length} scenarios
          </span>
        </div>
        <ContentProblems issues={library.issues} />
        <ul className="cards">
          {(firstScreen === undefined ? shown : shown.slice(0, firstScreen)).map((c) => (
            <ScenarioCard key={c.id} card={c} />
          ))}
        </ul>
        {!shown.length && (
          <p className="empty">
            {library.cards.length
              ? `No scenario matches “${query}”.`
              : 'No scenarios found under scenarios/. Add one, then run npx debrief validate.'}
          </p>
        )}
      </main>
      <footer className="footer">
        Every scenario also plays in a terminal: <code>npx debrief play &lt;id&gt;</code>.
      </footer>
    </div>
  );
}

/** One of the library's filters: a select whose label only a screen reader needs, with "any" first. */
function FilterSelect(props: {
  id: string;
  label: string;
  any: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<readonly [string, string]>;
}) {
  return (
    <>
      <label className="visually-hidden" htmlFor={props.id}>
        {props.label}
      </label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.any}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
}
