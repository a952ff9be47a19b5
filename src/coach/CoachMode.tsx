import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { displayProse } from '../../machines/displayName';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { WhatIf } from '../../machines/engine/whatIf';
import { playPath } from '../../machines/engine/playPath';
import { readSave } from '../session/saves';
import { decodeSteps } from '../session/steps';
import { SideBySide } from './SideBySide';
import { WhatIfPanel } from './WhatIfPanel';
import { PlayHeader } from '../shared/PlayHeader';
import { decodeSetup, encodeSetup, type CoachSetup, type CoachTab } from './coachLink';
import { pathLine, pathTitle } from './pathNames';
import { ShareLink } from './ShareLink';
import { hrefFor } from '../shared/router';

// The statechart view and its laid-out charts (data, laid out at build time) load when its tab is opened.
const StatechartView = lazy(() => import('./StatechartView').then((m) => ({ default: m.StatechartView })));

const TAB_NAMES: Record<CoachTab, string> = { compare: 'Side by side', 'what-if': 'What-if', statechart: 'Statechart' };

/** The query part of the address bar's hash (`#/play/x/coach?view=what-if` gives `view=what-if`). */
const hashQuery = () => window.location.hash.split('?')[1] ?? '';

/** Coach mode: two paths side by side, what-if switches, and the statechart the engine runs. */
export function CoachMode({ resolved }: { resolved: ResolvedScenario }) {
  const named = Object.keys(resolved.scenario.paths);
  const played = useMemo(() => {
    const save = readSave(resolved.scenario.id, 'candidate');
    const answers = save
      ? decodeSteps(save.steps).flatMap((e) => (e.type === 'candidate.answer' ? [e.option] : []))
      : [];
    return answers.length ? answers : null;
  }, [resolved]);
  const options = [...named, ...(played ? ['your-play'] : [])];
  const [setup, setSetup] = useState<CoachSetup>(() =>
    decodeSetup(
      hashQuery(),
      resolved,
      { tab: 'compare', left: 'recorded', right: named.includes('best') ? 'best' : named[1]!, base: 'recorded' },
      played ? ['your-play'] : [],
    ),
  );
  const update = (change: Partial<CoachSetup>) => setSetup((s) => ({ ...s, ...change }));
  const onWhatIf = useCallback((whatIf: WhatIf) => setSetup((s) => (s.whatIf === whatIf ? s : { ...s, whatIf })), []);
  const link = `#/play/${encodeURIComponent(resolved.scenario.id)}/coach?${encodeSetup(setup)}`;
  useEffect(() => {
    // The setup lives in the address bar, so a reload keeps it and a copied link restores it.
    if (window.location.hash !== link) window.history.replaceState(null, '', link);
  }, [link]);

  const report = (name: string) => {
    const p = Object.hasOwn(resolved.scenario.paths, name) ? resolved.scenario.paths[name] : undefined;
    try {
      return playPath(resolved, { name, choices: p ? p.choices : played!, negotiation: p?.negotiation ?? [] });
    } catch {
      return playPath(resolved, {
        name: 'recorded',
        choices: resolved.scenario.paths.recorded!.choices,
        negotiation: [],
      });
    }
  };
  const { tab, left, right, base } = setup;
  const [l, r] = useMemo(() => [report(left), report(right)], [resolved, left, right]);
  const pathSelect = (label: string, value: string, onPick: (v: string) => void, names: string[], withLine = false) => (
    <label className="path-pick">
      <span>{label}</span>
      <select value={value} onChange={(e) => onPick(e.target.value)}>
        {names.map((n) => (
          <option key={n} value={n}>
            {pathTitle(n)}
          </option>
        ))}
      </select>
      {withLine && <span className="muted path-line">{pathLine(resolved, value)}</span>}
    </label>
  );
  return (
    <div className="play coach-mode">
      <PlayHeader resolved={resolved} mode="Coach" intro={displayProse(resolved.scenario.teaches)} />
      <div className="tabs-row">
        <div role="tablist" aria-label="Coach views" className="tabs">
          {(['compare', 'what-if', 'statechart'] as const).map((t) => (
            <button
              key={t}
              role="tab"
              type="button"
              aria-selected={tab === t}
              className={tab === t ? 'tab active' : 'tab'}
              onClick={() => update({ tab: t })}
            >
              {TAB_NAMES[t]}
            </button>
          ))}
        </div>
        <ShareLink href={link} />
        <a
          className="button"
          href={hrefFor({
            name: 'lab',
            id: resolved.scenario.id,
            query: Object.hasOwn(resolved.scenario.paths, left) ? `path=${encodeURIComponent(left)}` : '',
          })}
        >
          Lab: how fragile is this decision?
        </a>
      </div>
      {tab === 'compare' && (
        <section role="tabpanel" aria-label="Side by side">
          <div className="toolbar path-picks">
            {pathSelect('Left', left, (v) => update({ left: v }), options)}
            {pathSelect('Right', right, (v) => update({ right: v }), options)}
          </div>
          <SideBySide resolved={resolved} left={{ name: left, report: l }} right={{ name: right, report: r }} />
        </section>
      )}
      {tab === 'what-if' && (
        <section role="tabpanel" aria-label="What-if">
          <div className="toolbar path-picks">
            {pathSelect('Start from', base, (v) => update({ base: v }), named, true)}
          </div>
          <WhatIfPanel key={base} resolved={resolved} pathName={base} initial={setup.whatIf} onChange={onWhatIf} />
        </section>
      )}
      {tab === 'statechart' && (
        <section role="tabpanel" aria-label="Statechart">
          <Suspense fallback={<p role="status">Drawing the statechart…</p>}>
            <StatechartView resolved={resolved} />
          </Suspense>
        </section>
      )}
    </div>
  );
}
