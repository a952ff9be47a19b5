import { useId } from 'react';
import type { AnyStateMachine } from 'xstate';
import { isActive, type ChartNode } from './statechart';
import { FONT, type LaidChart } from './statechartLayout';

export type Snap = { matches: (v: never) => boolean } | undefined;

interface Props {
  title: string;
  machine: AnyStateMachine;
  chart: LaidChart;
  snapshot: Snap;
  selected: ChartNode | null;
  onSelect: (n: ChartNode) => void;
}

const pathOf = (points: Array<{ x: number; y: number }>) =>
  points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');

/**
 * One machine's statechart at its laid-out size (1 unit = 1 px, so labels stay at 14 px and up on
 * a projector; a wide chart scrolls rather than shrinks). States are buttons that show their description.
 */
export function MachineDiagram({ title, chart, snapshot, selected, onSelect }: Props) {
  const arrow = `arrow-${useId().replace(/:/g, '')}`;
  return (
    <figure className="statechart">
      <figcaption>
        <strong>{title}</strong>{' '}
        {snapshot ? <span className="muted">· running</span> : <span className="muted">· not running now</span>}
      </figcaption>
      <div className="statechart-scroll">
        <svg
          width={chart.width}
          height={chart.height}
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          role="group"
          aria-label={`${title} statechart`}
        >
          <defs>
            <marker
              id={arrow}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="9"
              markerHeight="9"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
            </marker>
          </defs>
          {chart.states.map((s) => {
            const active = isActive(snapshot, s.node.path);
            const isSelected = selected?.id === s.node.id;
            return (
              <g
                key={s.node.id}
                className={[
                  'state',
                  s.node.type,
                  s.compound ? 'compound' : 'leaf',
                  `depth-${Math.min(s.depth, 3)}`,
                  active ? 'active' : '',
                  isSelected ? 'selected' : '',
                ].join(' ')}
                role="button"
                tabIndex={0}
                aria-pressed={isSelected}
                aria-label={`${s.node.key}${active ? ' (current)' : ''}`}
                onClick={(e) => {
                  e.stopPropagation();
                  onSelect(s.node);
                }}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  e.stopPropagation();
                  onSelect(s.node);
                }}
              >
                <rect x={s.x} y={s.y} width={s.width} height={s.height} rx={10} />
                {s.node.type === 'final' && (
                  <rect
                    x={s.x + 4}
                    y={s.y + 4}
                    width={s.width - 8}
                    height={s.height - 8}
                    rx={7}
                    className="final-inner"
                  />
                )}
                <text x={s.x + 14} y={s.y + 23} className="state-name" fontSize={FONT.state}>
                  {s.node.key}
                </text>
              </g>
            );
          })}
          {/* The events a state handles in place, drawn apart from its button so its name stays its label;
              clicks fall through them to the state. */}
          <g className="state-lines" aria-hidden="true">
            {chart.states.flatMap((s) =>
              s.lines.map((line, i) => (
                <text
                  key={`${s.node.id}-${i}`}
                  x={s.x + 14}
                  y={s.y + 23 + 20 * (i + 1)}
                  className="state-line"
                  fontSize={FONT.line}
                >
                  {line}
                </text>
              )),
            )}
          </g>
          {chart.initials.map((d, i) => (
            <circle key={i} cx={d.x} cy={d.y} r={d.r} className="initial" />
          ))}
          {chart.edges.map((e) => (
            <g key={e.id} className={e.initial ? 'transition initial-edge' : 'transition'}>
              <path d={pathOf(e.points)} markerEnd={`url(#${arrow})`} />
              {e.labelBox && (
                <>
                  <rect
                    x={e.labelBox.x}
                    y={e.labelBox.y}
                    width={e.labelBox.width}
                    height={e.labelBox.height}
                    rx={4}
                    className="edge-label-bg"
                  />
                  <text x={e.labelBox.x + 4} y={e.labelBox.y + 15} className="edge-label" fontSize={FONT.edge}>
                    {e.label}
                  </text>
                </>
              )}
            </g>
          ))}
        </svg>
      </div>
    </figure>
  );
}
