import { scaleBand, scaleLinear } from 'd3';
import type { LabResult } from '../../../machines/lab/run';
import type { ReportData } from '../../../machines/lab/report';
import { ChartFrame } from './frame';

/** Question 5: each member's leniency relative to the committee, the truth (ring) against the history's estimate (dot and interval). */
export function ReportChart({ result, data, width }: { result: LabResult; data: ReportData; width: number }) {
  const people = data.people.filter((p) => p.relative);
  const labelW = Math.min(width * 0.4, 210);
  const rowH = 34;
  const H = people.length * rowH + 50;
  const ext =
    Math.max(
      0.3,
      ...people.flatMap((p) => [Math.abs(p.relative!.truth), Math.abs(p.relative!.low), Math.abs(p.relative!.high)]),
    ) * 1.1;
  const x = scaleLinear()
    .domain([-ext, ext])
    .range([labelW, width - 16]);
  const y = scaleBand()
    .domain(people.map((p) => p.person))
    .range([24, H - 26])
    .padding(0.2);
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return (
    <ChartFrame
      title="Leniency against the committee's average: true (ring) and estimated from history (dot)"
      result={result}
      width={width}
      height={H}
      label={people
        .map((p) => `${p.name}: true ${p.relative!.truth.toFixed(2)}, estimated ${p.relative!.estimate.toFixed(2)}`)
        .join('; ')}
    >
      <text x={x(0) - 6} y={14} className="tick" textAnchor="end">
        ← harsher
      </text>
      <text x={x(0) + 6} y={14} className="tick">
        more generous →
      </text>
      <line x1={x(0)} x2={x(0)} y1={18} y2={H - 22} className="axis" />
      {people.map((p) => {
        const r = p.relative!;
        const cy = y(p.person)! + y.bandwidth() / 2;
        return (
          <g key={p.person}>
            <text x={0} y={cy + 5} className="label">
              {clip(p.name, Math.floor(labelW / 7.5))}
            </text>
            <line x1={x(r.truth)} x2={x(r.estimate)} y1={cy} y2={cy} className="gap" />
            <line x1={x(r.low)} x2={x(r.high)} y1={cy} y2={cy} className="whisker" />
            <circle cx={x(r.truth)} cy={cy} r={6} className="truth" />
            <circle cx={x(r.estimate)} cy={cy} r={4} className="estimate" />
          </g>
        );
      })}
      <text x={x(-ext)} y={H - 6} className="tick">
        {(-ext).toFixed(2)}
      </text>
      <text x={x(ext)} y={H - 6} className="tick" textAnchor="end">
        +{ext.toFixed(2)} points
      </text>
    </ChartFrame>
  );
}
