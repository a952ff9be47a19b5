import { area, line, scaleLinear } from 'd3';
import type { LabResult } from '../../../machines/lab/run';
import type { InterviewersData } from '../../../machines/lab/interviewers';
import { ChartFrame } from './frame';

/** Question 3: agreement with the true level's decision against interviewers per round, separate and panel, with intervals. */
export function InterviewersChart({
  result,
  data,
  width,
}: {
  result: LabResult;
  data: InterviewersData;
  width: number;
}) {
  const H = 300;
  const pts = data.points;
  const lo = Math.max(0, Math.floor(Math.min(...pts.map((p) => Math.min(p.separate.low, p.panel.low))) * 10) / 10);
  const x = scaleLinear()
    .domain([1, pts.length])
    .range([52, width - 110]);
  const y = scaleLinear()
    .domain([lo, 1])
    .range([H - 40, 14]);
  const series = [
    {
      id: 'separate',
      label: 'separate',
      get: (p: InterviewersData['points'][number]) => p.separate,
      flat: data.flattensAt.separate,
    },
    {
      id: 'panel',
      label: 'panel',
      get: (p: InterviewersData['points'][number]) => p.panel,
      flat: data.flattensAt.panel,
    },
  ];
  const ticks = y.ticks(5);
  return (
    <ChartFrame
      title={`Agreement with the decision the true level deserves (${data.rounds} round${data.rounds > 1 ? 's' : ''})`}
      result={result}
      width={width}
      height={H}
      label={series
        .map(
          (s) =>
            `${s.label}: ${pts.map((p) => `${p.k} per round ${(s.get(p).share * 100).toFixed(1)} %`).join(', ')}${s.flat ? `; flattens after ${s.flat}` : ''}`,
        )
        .join('. ')}
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(1)} x2={x(pts.length)} y1={y(t)} y2={y(t)} className="grid" />
          <text x={x(1) - 6} y={y(t) + 4} className="tick" textAnchor="end">
            {Math.round(t * 100)} %
          </text>
        </g>
      ))}
      {pts.map((p) => (
        <text key={p.k} x={x(p.k)} y={H - 22} className="tick" textAnchor="middle">
          {p.k}
        </text>
      ))}
      <text x={(x(1) + x(pts.length)) / 2} y={H - 4} className="tick" textAnchor="middle">
        interviewers per round (total = × {data.rounds})
      </text>
      {series.map((s) => {
        const band = area<InterviewersData['points'][number]>()
          .x((p) => x(p.k))
          .y0((p) => y(s.get(p).low))
          .y1((p) => y(s.get(p).high));
        const path = line<InterviewersData['points'][number]>()
          .x((p) => x(p.k))
          .y((p) => y(s.get(p).share));
        const last = pts[pts.length - 1]!;
        return (
          <g key={s.id} className={`series ${s.id}`}>
            <path d={band(pts) ?? ''} className="band" />
            <path d={path(pts) ?? ''} className="curve" />
            {pts.map((p) => (
              <circle key={p.k} cx={x(p.k)} cy={y(s.get(p).share)} r={3.5} />
            ))}
            <text x={x(last.k) + 8} y={y(s.get(last).share) + 4} className="value">
              {s.label} {(s.get(last).share * 100).toFixed(1)} %
            </text>
            {s.flat && (
              <g>
                <line
                  x1={x(s.flat)}
                  x2={x(s.flat)}
                  y1={y(s.get(pts[s.flat - 1]!).share) - 18}
                  y2={y(s.get(pts[s.flat - 1]!).share) - 6}
                  className="marker"
                />
                <text
                  x={x(s.flat)}
                  y={y(s.get(pts[s.flat - 1]!).share) - 22}
                  className="tick marker-text"
                  textAnchor="middle"
                >
                  flat after {s.flat}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
