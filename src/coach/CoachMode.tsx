import { useMemo, useState } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { playPath } from '../../machines/engine/playPath';
import { readSave } from '../session/saves';
import { decodeSteps } from '../session/steps';
import { SideBySide } from './SideBySide';
import { WhatIfPanel } from './WhatIfPanel';
import { StatechartView } from './StatechartView';
import { PlayHeader } from '../app/PlayHeader';

type Tab = 'compare' | 'what-if' | 'statechart';

/** Coach mode: two paths side by side, what-if switches, and the statechart the engine runs. */
export function CoachMode({ resolved }: { resolved: ResolvedScenario }) {
  const named = Object.keys(resolved.scenario.paths);
  const played = useMemo(() => {
    const save = readSave(resolved.scenario.id, 'candidate');
    const answers = save ? decodeSteps(save.steps).flatMap((e) => (e.type === 'candidate.answer' ? [e.option] : [])) : [];
    return answers.length ? answers : null;
  }, [resolved]);
  const options = [...named, ...(played ? ['your-play'] : [])];
  const [tab, setTab] = useState<Tab>('compare');
  const [left, setLeft] = useState('recorded');
  const [right, setRight] = useState(named.includes('best') ? 'best' : named[1]!);
  const [base, setBase] = useState('recorded');
  const report = (name: string) => {
    const p = resolved.scenario.paths[name];
    try {
      return playPath(resolved, { name, choices: p ? p.choices : played!, negotiation: p?.negotiation ?? [] });
    } catch {
      return playPath(resolved, { name: 'recorded', choices: resolved.scenario.paths.recorded!.choices, negotiation: [] });
    }
  };
  const [l, r] = useMemo(() => [report(left), report(right)], [resolved, left, right]);
  const label = (n: string) => (n === 'your-play' ? 'your last play' : n.replace(/-/g, ' '));
  return (
    <div className="play coach-mode">
      <PlayHeader resolved={resolved} mode="Coach" intro={resolved.scenario.teaches} />
      <div role="tablist" aria-label="Coach views" className="tabs">
        {(['compare', 'what-if', 'statechart'] as const).map((t) => (
          <button key={t} role="tab" type="button" aria-selected={tab === t} className={tab === t ? 'tab active' : 'tab'} onClick={() => setTab(t)}>
            {t === 'compare' ? 'Side by side' : t === 'what-if' ? 'What-if' : 'Statechart'}
          </button>
        ))}
      </div>
      {tab === 'compare' && (
        <section role="tabpanel" aria-label="Side by side">
          <div className="toolbar">
            <label>Left <select value={left} onChange={(e) => setLeft(e.target.value)}>{options.map((n) => <option key={n} value={n}>{label(n)}</option>)}</select></label>
            <label>Right <select value={right} onChange={(e) => setRight(e.target.value)}>{options.map((n) => <option key={n} value={n}>{label(n)}</option>)}</select></label>
          </div>
          <SideBySide resolved={resolved} left={{ name: left, report: l }} right={{ name: right, report: r }} />
        </section>
      )}
      {tab === 'what-if' && (
        <section role="tabpanel" aria-label="What-if">
          <div className="toolbar">
            <label>Start from <select value={base} onChange={(e) => setBase(e.target.value)}>{named.map((n) => <option key={n} value={n}>{label(n)}</option>)}</select></label>
          </div>
          <WhatIfPanel key={base} resolved={resolved} pathName={base} />
        </section>
      )}
      {tab === 'statechart' && (
        <section role="tabpanel" aria-label="Statechart">
          <StatechartView resolved={resolved} />
        </section>
      )}
    </div>
  );
}
