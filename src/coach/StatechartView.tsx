import { useState } from 'react';
import charts from 'virtual:debrief-statecharts';
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
import type { ChartNode } from './statechart';
import { eventWords, guardWords, stateName } from './plainNames';
import { MachineDiagram, type Snap } from './MachineDiagram';

function Diagram(props: {
  title: string;
  machine: AnyStateMachine;
  snapshot: Snap;
  selected: ChartNode | null;
  onSelect: (n: ChartNode) => void;
}) {
  const chart = charts[props.machine.id];
  if (!chart)
    return (
      <p className="notice" role="alert">
        The {props.title.toLowerCase()} chart was not laid out when the app was built: rebuild it.
      </p>
    );
  return <MachineDiagram {...props} chart={chart} />;
}

/**
 * The statechart the engine runs, drawn from the machine definitions (nested states as boxes,
 * transitions as arrows labelled with their events and guards, laid out by ELK when the app is built), with the states of
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
          Now: {valuePath(snap.value).map(stateName).join(' › ')} · day {snap.context.day}
        </span>
      </div>
      <p className="muted legend">
        Boxes are states, a box inside a box a state within a state; an arrow is a transition, labelled with what
        happens and, after "if", what must hold. A dot marks where a box starts. Highlighted: where the session is now.
        Hover a name for the machine's code name; choose a state to read what happens there. Each chart opens at a
        readable size: drag it to pan, or zoom out to see it whole.
      </p>
      <div className="statechart-body">
        <div className="charts">
          {diagrams.map((d) => (
            <Diagram key={d.title} {...d} selected={selected} onSelect={setSelected} />
          ))}
        </div>
        <aside className="state-info" aria-live="polite">
          {selected ? (
            <>
              <h3>
                {stateName(selected.key)}{' '}
                <span className="muted">
                  (<code>{selected.key}</code>, {selected.type})
                </span>
              </h3>
              <p>{selected.description ?? 'A grouping state.'}</p>
              {!!selected.transitions.length && (
                <ul>
                  {selected.transitions.map((t, i) => (
                    <li key={i}>
                      <span title={t.event}>{eventWords(t.event)}</span>
                      {t.guard ? (
                        <>
                          , if <span title={t.guard}>{guardWords(t.guard)}</span>
                        </>
                      ) : null}
                      {t.targetKeys.length ? ` → ${t.targetKeys.map(stateName).join(' or ')}` : ' (handled here)'}
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
    </div>
  );
}

/** A snapshot's value as the path of state keys it names (`{ undecided: 'interviewing' }` gives both keys). */
const valuePath = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...valuePath(v)])
      : [];
