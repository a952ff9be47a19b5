import { scaleLinear } from 'd3';
import type { Scorecard } from '../../machines/rules/types';
import { recommendationLabel } from '../../machines/format';
import { useWidth } from './useWidth';

interface Props {
  cards: Scorecard[];
  bar: number;
}

const ROW = 46;
const TOP = 24;
const AXIS = 22;
const M = { left: 4, right: 40 };

/** A bar's figure beside its end, moved past the hire bar's line when that line would run through it. */
const valueX = (end: number, barLine: number) => (barLine > end && barLine < end + 6 + 34 ? barLine + 5 : end + 6);

/**
 * Each round's overall score against the committee's hire bar, one row per round: the round's
 * whole title sits above its bar (never cut), and the bar's label has a row of its own above the
 * first bar, so neither overlaps a bar at any width.
 */
export function ScoreChart({ cards, bar }: Props) {
  const [ref, W] = useWidth<HTMLElement>(640);
  const H = TOP + cards.length * ROW + AXIS;
  const x = scaleLinear()
    .domain([1, 5])
    .range([M.left, W - M.right]);
  const barAnchor = x(bar) > W * 0.75 ? 'end' : x(bar) < W * 0.25 ? 'start' : 'middle';
  return (
    <figure className="scores" ref={ref}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="score-table">
        {[1, 2, 3, 4, 5].map((t) => (
          <g key={t} className="tick">
            <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={H - AXIS + 2} />
            <text x={x(t)} y={H - 6} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        <line x1={x(bar)} x2={x(bar)} y1={TOP - 4} y2={H - AXIS + 2} className="hire-bar" />
        {cards.map((c, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={c.round} transform={`translate(0,${y})`}>
              <text x={M.left} y={15} className="round">
                {c.roundTitle}
              </text>
              <rect
                x={x(1)}
                width={Math.max(2, x(c.overall) - x(1))}
                y={21}
                height={16}
                rx={4}
                className={c.overall >= bar ? 'bar above' : 'bar below'}
              />
              <text x={valueX(x(c.overall), x(bar))} y={34} className="value">
                {c.overall}
              </text>
            </g>
          );
        })}
        <text x={x(bar)} y={14} textAnchor={barAnchor} className="hire-bar-label">
          hire bar {bar}
        </text>
      </svg>
      {/* A table ignores a 1 px width: hidden in a wrapper, it never widens a phone's page. */}
      <div className="visually-hidden">
        <table id="score-table">
          <caption>Overall score per round against the hire bar of {bar}</caption>
          <tbody>
            {cards.map((c) => (
              <tr key={c.round}>
                <th scope="row">{c.roundTitle}</th>
                <td>
                  {c.overall} ({recommendationLabel(c.recommendation)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
