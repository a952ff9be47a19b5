import { scaleBand, scaleLinear } from 'd3';
import type { LabResult } from '../../../machines/lab/run';
import type { FragilityData } from '../../../machines/lab/fragility';
import { ChartFrame, shareText } from './frame';

/** Question 1: the share of each decision with its interval, and the consensus against the bars. */
export function FragilityChart({ result, data, width }: { result: LabResult; data: FragilityData; width: number }) {
  const recorded = result.recorded?.decision;
  const labelW = 130;
  const rowH = 34;
  const H = data.decisions.length * rowH + 30;
  const x = scaleLinear()
    .domain([0, 1])
    .range([labelW, width - 20]);
  const y = scaleBand()
    .domain(data.decisions.map((d) => d.decision))
    .range([4, H - 26])
    .padding(0.25);
  const hist = data.consensus;
  const HH = 190;
  const maxCount = Math.max(1, ...hist.counts);
  const cx = scaleLinear()
    .domain([1, 5])
    .range([40, width - 20]);
  const cy = scaleLinear()
    .domain([0, maxCount])
    .range([HH - 28, 30]);
  const bw = Math.max(1, cx(1 + hist.width) - cx(1) - 1);
  return (
    <div className="lab-charts">
      <ChartFrame
        title="Decision in N noisy replays"
        result={result}
        width={width}
        height={H}
        label={`Decisions: ${data.decisions.map((d) => `${d.label} ${shareText(d.share)}`).join('; ')}`}
      >
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={H - 24} className="grid" />
            <text x={x(t)} y={H - 8} className="tick" textAnchor="middle">
              {t * 100} %
            </text>
          </g>
        ))}
        {data.decisions.map((d) => (
          <g
            key={d.decision}
            transform={`translate(0,${y(d.decision)})`}
            className={d.decision === recorded ? 'recorded' : undefined}
          >
            <text x={0} y={y.bandwidth() / 2 + 5} className="label">
              {d.label}
            </text>
            <rect
              x={labelW}
              width={Math.max(1, x(d.share.share) - labelW)}
              height={y.bandwidth()}
              rx={3}
              className="bar"
            />
            <line
              x1={x(d.share.low)}
              x2={x(d.share.high)}
              y1={y.bandwidth() / 2}
              y2={y.bandwidth() / 2}
              className="whisker"
            />
            <text x={Math.min(x(d.share.share) + 6, width - 150)} y={y.bandwidth() / 2 + 5} className="value">
              {(d.share.share * 100).toFixed(1)} %{d.decision === recorded ? ' · recorded' : ''}
            </text>
          </g>
        ))}
      </ChartFrame>
      <ChartFrame
        title="Calibrated consensus against the bars"
        result={result}
        width={width}
        height={HH}
        label={`Consensus histogram, mean ${hist.mean.toFixed(2)}; bars: ${hist.bars.map((b) => `${b.label} ${b.bar}`).join(', ')}`}
      >
        {hist.counts.map((n, i) =>
          n ? (
            <rect
              key={i}
              x={cx(hist.from + i * hist.width)}
              y={cy(n)}
              width={bw}
              height={cy(0) - cy(n)}
              className="bar soft"
            />
          ) : null,
        )}
        {[1, 2, 3, 4, 5].map((t) => (
          <text key={t} x={cx(t)} y={HH - 10} className="tick" textAnchor="middle">
            {t}
          </text>
        ))}
        <line x1={cx(1)} x2={cx(5)} y1={cy(0)} y2={cy(0)} className="axis" />
        {hist.bars.map((b, i) => (
          <g key={b.label}>
            <line x1={cx(b.bar)} x2={cx(b.bar)} y1={22} y2={cy(0)} className="threshold" />
            <text x={cx(b.bar) + 4} y={14 + i * 13} className="tick">
              {b.label} {b.bar}
            </text>
          </g>
        ))}
        {result.recorded?.consensus != null && (
          <g>
            <line
              x1={cx(result.recorded.consensus)}
              x2={cx(result.recorded.consensus)}
              y1={cy(0)}
              y2={cy(0) + 6}
              className="marker"
            />
            {/* The arrow sits over the recorded consensus itself; its words go beside it, never centred
                under it (centred, the arrow pointed half a label to the left, at the hire bar). */}
            <text x={cx(result.recorded.consensus)} y={cy(0) - 4} className="tick marker-text" textAnchor="middle">
              ▼
            </text>
            <text
              x={cx(result.recorded.consensus) + (cx(result.recorded.consensus) > cx(4) ? -8 : 8)}
              y={cy(0) - 4}
              className="tick marker-text"
              textAnchor={cx(result.recorded.consensus) > cx(4) ? 'end' : 'start'}
            >
              recorded {result.recorded.consensus}
            </text>
          </g>
        )}
      </ChartFrame>
    </div>
  );
}
