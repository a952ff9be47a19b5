import { useEffect, useState } from 'react';
import type { AnyStateMachine } from 'xstate';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { createPlay } from '../../machines/play/driver';
import { now } from '../../machines/play/now';
import { useSelector } from '@xstate/react';
import { loopMachine } from '../../machines/loopMachine';
import { roundMachine } from '../../machines/roundMachine';
import { debriefMachine } from '../../machines/debriefMachine';
import { conversionMachine } from '../../machines/conversionMachine';
import { offerMachine } from '../../machines/offerMachine';
import { roomMachine } from '../../machines/roomMachine';
import { chartOf, type ChartNode } from './statechart';
import { layoutChart, type Elk, type LaidChart } from './statechartLayout';
import { MachineDiagram, type Snap } from './MachineDiagram';

// Layouts depend only on the machine definitions, so each is computed once per page.
const layouts = new Map<string, Promise<LaidChart>>();
let elk: Promise<Elk> | null = null;
function layoutOf(machine: AnyStateMachine): Promise<LaidChart> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as Elk);
  if (!layouts.has(machine.id))
    layouts.set(
      machine.id,
      elk.then((e) => layoutChart(e, chartOf(machine))),
    );
  return layouts.get(machine.id)!;
}

function useLayout(machine: AnyStateMachine) {
  const [state, setState] = useState<{ id: string; chart: LaidChart | null; error: string | null }>({
    id: machine.id,
    chart: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    layoutOf(machine).then(
      (chart) => live && setState({ id: machine.id, chart, error: null }),
      (e: unknown) =>
        live && setState({ id: machine.id, chart: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [machine]);
  return state.id === machine.id ? state : { chart: null, error: null };
}

function Diagram(props: {
  title: string;
  machine: AnyStateMachine;
  snapshot: Snap;
  selected: ChartNode | null;
  onSelect: (n: ChartNode) => void;
}) {
  const { chart, error } = useLayout(props.machine);
  if (error)
    return (
      <p className="notice" role="alert">
        The {props.title.toLowerCase()} chart could not be laid out: {error}
      </p>
    );
  if (!chart)
    return (
      <p className="muted" role="status">
        Laying out the {props.title.toLowerCase()} chart…
      </p>
    );
  return <MachineDiagram {...props} chart={chart} />;
}

/**
 * The statechart the engine runs, drawn from the machine definitions (nested states as boxes,
 * transitions as arrows labelled with their events and guards, laid out by ELK), with the states of
 * a live session highlighted: step through the recorded path and watch the loop, round and committee move.
 */
export function StatechartView({ resolved }: { resolved: ResolvedScenario }) {
  const [play, setPlay] = useState(() => createPlay(resolved));
  const [selected, setSelected] = useState<ChartNode | null>(null);
  const snap = useSelector(play.actor, (s) => s);
  const at = now(snap);
  // The diagrams draw each child machine's own states: the one reader of the children past now().
  const children = snap.children as Record<string, { getSnapshot(): Snap } | undefined>;
  const committeeMachine = resolved.pack.committee.kind === 'conversion' ? conversionMachine : debriefMachine;
  const recorded = resolved.scenario.paths.recorded!.choices;
  const answered = play.events.filter((e) => e.type === 'candidate.answer').length;
  const step = () => {
    if (at.kind === 'prompt') play.send({ type: 'candidate.answer', option: recorded[answered] ?? '' });
    else if (at.kind === 'advance') play.send({ type: 'debrief.advance' });
    else if (at.kind === 'offer')
      play.send(at.stage === 'drafting' ? { type: 'offer.extend' } : { type: 'candidate.accept' });
  };
  const active = snap.status === 'active';
  const diagrams: Array<{ title: string; machine: AnyStateMachine; snapshot: Snap }> = [
    { title: 'Loop', machine: loopMachine, snapshot: snap as Snap },
    { title: 'Round', machine: roundMachine, snapshot: children.round?.getSnapshot() },
    {
      title: committeeMachine === debriefMachine ? 'Debrief' : 'Conversion',
      machine: committeeMachine,
      snapshot: children.committee?.getSnapshot(),
    },
    { title: 'Offer', machine: offerMachine, snapshot: children.offer?.getSnapshot() },
    // A workshop room runs on the facilitator's server, not in this session: drawn, never live here.
    { title: 'Room (a workshop, on the room server)', machine: roomMachine, snapshot: undefined },
  ];
  return (
    <div className="statechart-view">
      <div className="toolbar statechart-toolbar">
        <button type="button" className="primary" onClick={step} disabled={!active}>
          Step the recorded path
        </button>
        <button
          type="button"
          onClick={() => {
            play.stop();
            setPlay(createPlay(resolved));
          }}
        >
          Start again
        </button>
        <span className="muted" aria-live="polite">
          Now: {JSON.stringify(snap.value).replace(/["{}]/g, '').replace(/:/g, ' › ')} · day {snap.context.day}
        </span>
      </div>
      <p className="muted legend">
        Boxes are states, a box inside a box a state within a state; an arrow is a transition, labelled with the event
        that takes it and, in brackets, the guard that must hold. A dot marks where a box starts. Highlighted: where the
        session is now. Choose a state to read what happens there.
      </p>
      <div className="charts">
        {diagrams.map((d) => (
          <Diagram key={d.title} {...d} selected={selected} onSelect={setSelected} />
        ))}
      </div>
      <aside className="state-info" aria-live="polite">
        {selected ? (
          <>
            <h3>
              {selected.key} <span className="muted">({selected.type})</span>
            </h3>
            <p>{selected.description ?? 'A grouping state.'}</p>
            {!!selected.transitions.length && (
              <ul>
                {selected.transitions.map((t, i) => (
                  <li key={i}>
                    <code>{t.event}</code>
                    {t.guard ? (
                      <>
                        {' '}
                        if <code>{t.guard}</code>
                      </>
                    ) : null}
                    {t.targetKeys.length ? ` → ${t.targetKeys.join(' or ')}` : ' (handled here)'}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p className="muted">Choose a state to see what happens there.</p>
        )}
      </aside>
    </div>
  );
}
