import { useId, useRef, useState } from 'react';
import { useWidth } from '../charts/useWidth';
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

/** The zoom steps a coach can take, as a share of the laid-out size. */
const ZOOMS = [0.5, 0.75, 1, 1.5] as const;

/**
 * One machine's statechart. It opens as wide as the frame allows and never above full size
 * (1 unit = 1 px, labels 14 px and up, readable on a 1366x768 projector), panned by dragging or
 * scrolling; *Whole chart* zooms to fit it all in the window, and the buttons zoom in and out.
 * States are buttons that show their description; each name shows the machine's code name on hover.
 */
export function MachineDiagram({ title, chart, snapshot, selected, onSelect }: Props) {
  const arrow = `arrow-${useId().replace(/:/g, '')}`;
  const [frame, width] = useWidth<HTMLDivElement>(900);
  const [zoom, setZoom] = useState<number | 'width' | 'whole'>('width');
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const tall = typeof window === 'undefined' ? 600 : Math.max(260, window.innerHeight - 160);
  // Opened as wide as the frame, but never so small a label falls under 12 px: past that it pans.
  const fitWidth = Math.min(1, Math.max(0.86, (width - 4) / chart.width));
  const whole = Math.min(1, (width - 4) / chart.width, tall / chart.height);
  const scale = zoom === 'width' ? fitWidth : zoom === 'whole' ? whole : zoom;
  const step = (dir: 1 | -1) => {
    const next = dir > 0 ? ZOOMS.find((z) => z > scale + 0.01) : [...ZOOMS].reverse().find((z) => z < scale - 0.01);
    setZoom(next ?? (dir > 0 ? ZOOMS.at(-1)! : whole));
  };
  const pans = chart.width * scale > width || chart.height * scale > tall;
  return (
    <figure className="statechart">
      <figcaption>
        <strong>{title}</strong>{' '}
        {snapshot ? <span className="muted">· running</span> : <span className="muted">· not running now</span>}
        <span className="zoom" role="group" aria-label={`Zoom the ${title.toLowerCase()} chart`}>
          <button type="button" onClick={() => step(-1)} aria-label="Zoom out" disabled={scale <= whole + 0.001}>
            −
          </button>
          <span className="muted">{Math.round(scale * 100)} %</span>
          <button type="button" onClick={() => step(1)} aria-label="Zoom in" disabled={scale >= ZOOMS.at(-1)!}>
            +
          </button>
          <button type="button" onClick={() => setZoom(zoom === 'whole' ? 'width' : 'whole')}>
            {zoom === 'whole' ? 'Readable size' : 'Whole chart'}
          </button>
        </span>
      </figcaption>
      <div
        ref={frame}
        className={pans ? 'statechart-scroll pans' : 'statechart-scroll'}
        style={{ maxHeight: tall + 8 }}
        onPointerDown={(e) => {
          if (!pans || e.button !== 0 || (e.target as Element).closest('.state, button')) return;
          const el = e.currentTarget;
          drag.current = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop };
          el.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d) return;
          e.currentTarget.scrollLeft = d.left - (e.clientX - d.x);
          e.currentTarget.scrollTop = d.top - (e.clientY - d.y);
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
      >
        <svg
          width={Math.round(chart.width * scale)}
          height={Math.round(chart.height * scale)}
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
                aria-label={`${s.name}${active ? ' (current)' : ''}`}
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
                <title>{`${s.node.key}${s.codeLines.length ? `\n${s.codeLines.join('\n')}` : ''}`}</title>
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
                  {s.name}
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
              {e.code && <title>{e.code}</title>}
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
