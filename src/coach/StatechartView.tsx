import { useMemo, useState, useSyncExternalStore } from 'react';
import { hierarchy, tree } from 'd3';
import type { AnyStateMachine } from 'xstate';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { Session } from '../../machines/engine/session';
import { loopMachine } from '../../machines/loopMachine';
import { roundMachine } from '../../machines/roundMachine';
import { debriefMachine } from '../../machines/debriefMachine';
import { conversionMachine } from '../../machines/conversionMachine';
import { offerMachine } from '../../machines/offerMachine';
import { chartOf, isActive, type ChartNode } from './statechart';

type Snap = { matches: (v: never) => boolean } | undefined;

/** One machine's state tree laid out with d3.tree, the active states highlighted. */
function MachineDiagram({ title, machine, snapshot, selected, onSelect }: { title: string; machine: AnyStateMachine; snapshot: Snap; selected: ChartNode | null; onSelect: (n: ChartNode) => void }) {
  const root = useMemo(() => hierarchy(chartOf(machine)), [machine]);
  const leaves = root.leaves().length;
  const rowH = 30;
  const W = 640;
  const H = Math.max(60, leaves * rowH);
  const layout = tree<ChartNode>().size([H - 20, W - 220])(root);
  const nodes = layout.descendants();
  return (
    <figure className="statechart">
      <figcaption><strong>{title}</strong> {snapshot ? <span className="muted">· running</span> : <span className="muted">· not running now</span>}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`${title} states`}>
        {layout.links().map((l) => (
          <path key={`${l.source.data.id}-${l.target.data.id}`} className="edge" d={`M${l.source.y + 20},${l.source.x + 10} C${(l.source.y + l.target.y) / 2 + 20},${l.source.x + 10} ${(l.source.y + l.target.y) / 2 + 20},${l.target.x + 10} ${l.target.y + 20},${l.target.x + 10}`} />
        ))}
        {nodes.map((n) => {
          const active = isActive(snapshot, n.data.path);
          return (
            <g
              key={n.data.id}
              transform={`translate(${n.y + 20},${n.x + 10})`}
              className={['node', n.data.type, active ? 'active' : '', selected?.id === n.data.id ? 'selected' : ''].join(' ')}
              role="button"
              tabIndex={0}
              aria-pressed={selected?.id === n.data.id}
              aria-label={`${n.data.key}${active ? ' (current)' : ''}`}
              onClick={() => onSelect(n.data)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onSelect(n.data))}
            >
              <circle r={active ? 8 : 6} />
              <text x={12} y={4}>{n.data.key}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/**
 * The statechart the engine runs, drawn from the machine definitions, with the states of a live
 * session highlighted: step through the recorded path and watch the loop, round and committee move.
 */
export function StatechartView({ resolved }: { resolved: ResolvedScenario }) {
  const [session, setSession] = useState(() => new Session(resolved));
  const [selected, setSelected] = useState<ChartNode | null>(null);
  useSyncExternalStore(session.subscribe, session.getVersion);
  const snap = session.snapshot;
  const children = snap.children as Record<string, { getSnapshot(): Snap } | undefined>;
  const committeeMachine = resolved.pack.committee.kind === 'conversion' ? conversionMachine : debriefMachine;
  const recorded = resolved.scenario.paths.recorded!.choices;
  const answered = session.events.filter((e) => e.type === 'candidate.answer').length;
  const step = () => {
    if (snap.matches({ undecided: 'interviewing' })) session.send({ type: 'candidate.answer', option: recorded[answered] ?? '' });
    else if (children.committee) session.send({ type: 'debrief.advance' });
    else if (children.offer) session.send(snap.children.offer && session.events.some((e) => e.type === 'offer.extend') ? { type: 'candidate.accept' } : { type: 'offer.extend' });
  };
  const active = snap.status === 'active';
  return (
    <div className="statechart-view">
      <div className="toolbar">
        <button type="button" className="primary" onClick={step} disabled={!active}>Step the recorded path</button>
        <button type="button" onClick={() => { session.stop(); setSession(new Session(resolved)); }}>Start again</button>
        <span className="muted" aria-live="polite">Now: {JSON.stringify(snap.value).replace(/["{}]/g, '').replace(/:/g, ' › ')} · day {snap.context.day}</span>
      </div>
      <div className="charts">
        <MachineDiagram title="Loop" machine={loopMachine} snapshot={snap as Snap} selected={selected} onSelect={setSelected} />
        <MachineDiagram title="Round" machine={roundMachine} snapshot={children.round?.getSnapshot()} selected={selected} onSelect={setSelected} />
        <MachineDiagram title={committeeMachine === debriefMachine ? 'Debrief' : 'Conversion'} machine={committeeMachine} snapshot={children.committee?.getSnapshot()} selected={selected} onSelect={setSelected} />
        <MachineDiagram title="Offer" machine={offerMachine} snapshot={children.offer?.getSnapshot()} selected={selected} onSelect={setSelected} />
      </div>
      <aside className="state-info" aria-live="polite">
        {selected ? (
          <>
            <h3>{selected.key} <span className="muted">({selected.type})</span></h3>
            <p>{selected.description ?? 'A grouping state.'}</p>
            {!!selected.transitions.length && (
              <ul>{selected.transitions.map((t, i) => <li key={i}><code>{t.event}</code>{t.targets.length ? ` → ${t.targets.join(' or ')}` : ' (handled here)'}</li>)}</ul>
            )}
          </>
        ) : (
          <p className="muted">Choose a state to see what happens there.</p>
        )}
      </aside>
    </div>
  );
}
