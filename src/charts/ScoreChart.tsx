import { scaleBand, scaleLinear } from 'd3';
import type { Scorecard } from '../../machines/rules/types';

interface Props {
  cards: Scorecard[];
  bar: number;
}

const W = 640;
const H = 220;
const M = { top: 12, right: 12, bottom: 46, left: 30 };

/** Each round's overall score against the committee's hire bar. */
export function ScoreChart({ cards, bar }: Props) {
  const x = scaleBand().domain(cards.map((c) => c.round)).range([M.left, W - M.right]).padding(0.35);
  const y = scaleLinear().domain([1, 5]).range([H - M.bottom, M.top]);
  return (
    <figure className="scores">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="score-table">
        {[1, 2, 3, 4, 5].map((t) => (
          <g key={t} className="tick">
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text x={M.left - 8} y={y(t) + 4} textAnchor="end">{t}</text>
          </g>
        ))}
        {cards.map((c) => (
          <g key={c.round}>
            <rect x={x(c.round)} width={x.bandwidth()} y={y(c.overall)} height={y(1) - y(c.overall)} rx={4} className={c.overall >= bar ? 'bar above' : 'bar below'} />
            <text x={x(c.round)! + x.bandwidth() / 2} y={y(c.overall) - 6} textAnchor="middle" className="value">{c.overall}</text>
            <text x={x(c.round)! + x.bandwidth() / 2} y={H - M.bottom + 18} textAnchor="middle" className="round">
              {c.roundTitle.length > 20 ? `${c.roundTitle.slice(0, 19)}…` : c.roundTitle}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={W - M.right} y1={y(bar)} y2={y(bar)} className="hire-bar" />
        <text x={W - M.right} y={y(bar) - 6} textAnchor="end" className="hire-bar-label">hire bar {bar}</text>
      </svg>
      <table id="score-table" className="visually-hidden">
        <caption>Overall score per round against the hire bar of {bar}</caption>
        <tbody>
          {cards.map((c) => (
            <tr key={c.round}><th scope="row">{c.roundTitle}</th><td>{c.overall} ({c.recommendation})</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
