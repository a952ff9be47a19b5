import { scaleLinear, scalePoint } from 'd3';
import type { CalibratedVote } from '../../machines/rules/types';
import { useWidth } from './useWidth';

const ROW = 34;
const TOP = 26;
const RIGHT = 24;

/**
 * Each member's score before and after their leniency history is taken off, against the hire bar.
 * Drawn in real pixels at the frame's width (a 640-unit viewBox on a phone made the names 4 px); on
 * a narrow frame each name sits above its row instead of beside it.
 */
export function CalibrationPlot({ votes, bar, seat }: { votes: CalibratedVote[]; bar: number; seat: string | null }) {
  const [frame, width] = useWidth<HTMLElement>(640);
  const W = Math.min(width, 720);
  const narrow = W < 440;
  const left = narrow ? 14 : 170;
  const row = narrow ? ROW + 16 : ROW;
  const H = TOP + votes.length * row + 10;
  const x = scaleLinear()
    .domain([1, 5])
    .range([left, W - RIGHT]);
  const y = scalePoint<string>()
    .domain(votes.map((v) => v.member))
    .range([TOP + row / 2 + (narrow ? 8 : 0), H - row / 2 - 10 + (narrow ? 8 : 0)]);
  return (
    <figure className="calibration-plot" ref={frame}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="calibration-table">
        {[1, 2, 3, 4, 5].map((t) => (
          <g key={t} className="tick">
            <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={H - 10} />
            <text x={x(t)} y={TOP - 10} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        <line x1={x(bar)} x2={x(bar)} y1={TOP - 6} y2={H - 10} className="hire-bar" />
        {votes.map((v) => (
          <g key={v.member} transform={`translate(0,${y(v.member)})`} className={v.member === seat ? 'row you' : 'row'}>
            <text x={narrow ? 0 : left - 12} y={narrow ? -14 : 4} textAnchor={narrow ? 'start' : 'end'}>
              {v.member === seat ? `${v.name} (you)` : v.name}
            </text>
            <line x1={x(v.score)} x2={x(v.calibrated)} y1={0} y2={0} className="shift" />
            <circle cx={x(v.score)} r={5} className="raw" />
            <circle cx={x(v.calibrated)} r={7} className="calibrated" />
          </g>
        ))}
      </svg>
      {/* A table ignores a 1 px width: hidden in a wrapper, it never widens a phone's page. */}
      <div className="visually-hidden">
        <table id="calibration-table">
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
      </div>
      <figcaption className="muted">
        Hollow dot: the member's score. Filled dot: after calibration (their leniency history taken off). Dashed line:
        the hire bar.
      </figcaption>
    </figure>
  );
}
