import type { Decision } from '../../machines/content/schema';
import { formatCount } from '../../machines/format';
import { DEBRIEF, type MapPrompt } from './mapGraph';
import { MAP, type LaidMap } from './mapLayout';
import type { BranchCounts, Ends } from './optionCounts';
import { formatFieldPath } from './yamlPath';

/** Decisions in the order the bars draw them, each with its colour class and its words. */
const ENDS: Array<[Decision, string, string]> = [
  ['up_level', 'up', 'up-level'],
  ['hire', 'hire', 'hire'],
  ['down_level', 'down', 'down-level'],
  ['down_two', 'down', 'down two'],
  ['no_hire', 'no', 'no hire'],
  ['hold', 'hold', 'hold'],
];

/** "120 paths: 80 hire, 40 no hire", the words a bar's title and the summary use. */
export function endsText(ends: Pick<Ends, 'decisions' | 'deadEnds'>): string {
  const parts = ENDS.filter(([d]) => ends.decisions[d]).map(([d, , w]) => `${formatCount(ends.decisions[d]!)} ${w}`);
  if (ends.deadEnds) parts.push(`${formatCount(ends.deadEnds)} never end`);
  return parts.join(', ') || 'no path';
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function Bar({ ends, x, y, width }: { ends: Ends | undefined; x: number; y: number; width: number }) {
  if (!ends) return <rect x={x} y={y} width={width} height={8} className="map-bar-pending" />;
  const total = Object.values(ends.decisions).reduce((a, b) => a + (b ?? 0), 0) + ends.deadEnds;
  if (!total) return <rect x={x} y={y} width={width} height={8} className="map-bar-none" />;
  let at = x;
  const parts = [...ENDS.map(([d, c]) => [ends.decisions[d] ?? 0, c] as const), [ends.deadEnds, 'endless'] as const];
  return (
    <g>
      {parts
        .filter(([n]) => n > 0)
        .map(([n, c], i) => {
          const w = (n / total) * width;
          const r = <rect key={i} x={at} y={y} width={Math.max(w, 1)} height={8} className={`map-bar-${c}`} />;
          at += w;
          return r;
        })}
    </g>
  );
}

/**
 * The branch map: every prompt a box, its options as rows coloured by how the paths through them
 * end (the branch check's counts), arrows to what each answer leads to. A prompt no path reaches
 * is dashed, a follow-up that never ends is marked; a row or a box jumps to its line, ▶ plays from
 * that answer, and the box and row at the cursor's line are highlighted.
 */
export function BranchMap({
  prompts,
  layout,
  counts,
  active,
  onJump,
  onPlayFrom,
}: {
  prompts: MapPrompt[];
  layout: LaidMap | null;
  counts: BranchCounts | null;
  active: { prompt: string; option: string | null } | null;
  onJump: (path: MapPrompt['path']) => void;
  onPlayFrom: (option: string) => void;
}) {
  if (!layout) return <p role="status">Laying out the map…</p>;
  const byId = new Map(prompts.map((p) => [p.id, p]));
  const unreachable = new Set(counts?.unreachable ?? []);
  const endless = new Set(counts?.endless ?? []);
  const key = (e: React.KeyboardEvent, run: () => void) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      run();
    }
  };
  return (
    <div className="studio-map-scroll">
      <p className="map-legend" aria-hidden="true">
        {[
          ['hire', 'hire or up'],
          ['down', 'a level down'],
          ['no', 'no hire'],
          ['hold', 'hold'],
          ['endless', 'never ends'],
        ].map(([c, w]) => (
          <span key={c}>
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" className={`map-bar-${c}`} />
            </svg>{' '}
            {w}
          </span>
        ))}
        <span>· dashed: no path reaches it · ▶ play from that answer</span>
      </p>
      <svg
        className="studio-map"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label="Branch map"
      >
        <defs>
          <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" className="map-arrowhead" />
          </marker>
        </defs>
        {layout.edges.map((e) => (
          <polyline
            key={e.id}
            className={active?.option === e.option ? 'map-edge active' : 'map-edge'}
            points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
            markerEnd="url(#map-arrow)"
          />
        ))}
        {layout.nodes.map((n) => {
          if (n.id === DEBRIEF)
            return (
              <g key={n.id} transform={`translate(${n.x},${n.y})`} className="map-debrief">
                <rect width={n.width} height={n.height} rx={20} />
                <text x={n.width / 2} y={25} textAnchor="middle">
                  Debrief
                </text>
              </g>
            );
          const p = byId.get(n.id);
          if (!p) return null;
          const lost = unreachable.has(formatFieldPath(p.path));
          const first = prompts.find((q) => q.round === p.round) === p;
          // The id is the button's visible text, so it starts the name a screen reader says.
          const eyebrow = `${first ? `${clip(p.roundTitle, 26)} · ` : ''}${p.probe ? 'follow-up' : 'prompt'}${lost ? ' · no path reaches it' : ''}`;
          return (
            <g
              key={n.id}
              transform={`translate(${n.x},${n.y})`}
              className={`map-prompt${p.probe ? ' probe' : ''}${lost ? ' unreachable' : ''}${active?.prompt === p.id ? ' active' : ''}`}
              data-prompt={p.id}
            >
              <rect width={n.width} height={MAP.head + p.options.length * MAP.row} rx={6} className="map-box" />
              <rect width={n.width} height={MAP.head} rx={6} className="map-head-bg" />
              <text x={10} y={16} className="map-eyebrow">
                {eyebrow}
              </text>
              <g
                role="button"
                tabIndex={0}
                aria-label={`${clip(p.id, 34)}, ${eyebrow}: go to its line`}
                onClick={() => onJump(p.path)}
                onKeyDown={(e) => key(e, () => onJump(p.path))}
                className="map-head"
              >
                <rect y={20} width={n.width} height={MAP.head - 20} className="map-head-hit" />
                <text x={10} y={34} className="map-id">
                  {clip(p.id, 34)}
                </text>
              </g>
              {p.options.map((o, i) => {
                const y = MAP.head + i * MAP.row;
                const ends = counts?.byOption[o.id];
                const loops = endless.has(`${formatFieldPath(o.path)}.followUp`);
                const shown = `${loops ? '⟲ ' : ''}${clip(o.id, 23)}`;
                return (
                  <g
                    key={o.id}
                    className={`map-option${active?.option === o.id ? ' active' : ''}${loops ? ' endless' : ''}`}
                    data-option={o.id}
                  >
                    <g
                      role="button"
                      tabIndex={0}
                      aria-label={`${shown}: ${ends ? endsText(ends) : 'counting'}; go to its line`}
                      onClick={() => onJump(o.path)}
                      onKeyDown={(e) => key(e, () => onJump(o.path))}
                    >
                      <title>{`${o.id}: ${ends ? endsText(ends) : 'counting the paths…'}${loops ? ' · this follow-up never ends' : ''}`}</title>
                      <rect y={y} width={n.width - 26} height={MAP.row} className="map-row" />
                      <text x={10} y={y + 15} className="map-option-id">
                        {shown}
                      </text>
                      <Bar ends={ends} x={n.width - 96} y={y + 7} width={66} />
                    </g>
                    <g
                      role="button"
                      tabIndex={0}
                      aria-label={`Play from ${o.id}`}
                      className="map-play"
                      onClick={() => onPlayFrom(o.id)}
                      onKeyDown={(e) => key(e, () => onPlayFrom(o.id))}
                    >
                      <rect x={n.width - 24} y={y + 2} width={20} height={MAP.row - 4} rx={3} />
                      <path d={`M${n.width - 18},${y + 6} L${n.width - 9},${y + 11} L${n.width - 18},${y + 16} z`} />
                    </g>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
