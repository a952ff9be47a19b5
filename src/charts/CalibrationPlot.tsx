import { scaleLinear, scalePoint } from 'd3';
import type { CalibratedVote } from '../../machines/rules/types';

const W = 640;
const ROW = 34;
const M = { left: 170, right: 24, top: 26 };

/** Each member's score before and after their leniency history is taken off, against the hire bar. */
export function CalibrationPlot({ votes, bar, seat }: { votes: CalibratedVote[]; bar: number; seat: string | null }) {
  const H = M.top + votes.length * ROW + 10;
  const x = scaleLinear()
    .domain([1, 5])
    .range([M.left, W - M.right]);
  const y = scalePoint<string>()
    .domain(votes.map((v) => v.member))
    .range([M.top + ROW / 2, H - ROW / 2 - 10]);
  return (
    <figure className="calibration-plot">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="calibration-table">
        {[1, 2, 3, 4, 5].map((t) => (
          <g key={t} className="tick">
            <line x1={x(t)} x2={x(t)} y1={M.top - 6} y2={H - 10} />
            <text x={x(t)} y={M.top - 10} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        <line x1={x(bar)} x2={x(bar)} y1={M.top - 6} y2={H - 10} className="hire-bar" />
        {votes.map((v) => (
          <g key={v.member} transform={`translate(0,${y(v.member)})`} className={v.member === seat ? 'row you' : 'row'}>
            <text x={M.left - 12} y={4} textAnchor="end">
              {v.member === seat ? `${v.name} (you)` : v.name}
            </text>
            <line x1={x(v.score)} x2={x(v.calibrated)} y1={0} y2={0} className="shift" />
            <circle cx={x(v.score)} r={5} className="raw" />
            <circle cx={x(v.calibrated)} r={7} className="calibrated" />
          </g>
        ))}
      </svg>
      <table id="calibration-table" className="visually-hidden">
        <caption>Scores before and after calibration; hire bar {bar}</caption>
        <thead>
          <tr>
            <th>Member</th>
            <th>Score</th>
            <th>Leniency</th>
            <th>Calibrated</th>
          </tr>
        </thead>
        <tbody>
          {votes.map((v) => (
            <tr key={v.member}>
              <th scope="row">{v.name}</th>
              <td>{v.score}</td>
              <td>{v.leniency}</td>
              <td>{v.calibrated}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="muted">
        Hollow dot: the member's score. Filled dot: after calibration (their leniency history taken off). Dashed line:
        the hire bar.
      </figcaption>
    </figure>
  );
}
