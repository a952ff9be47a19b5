import { scaleBand, scaleLinear } from 'd3';
import type { LabResult } from '../../../machines/lab/run';
import { POOLS, type CalibrationData } from '../../../machines/lab/calibration';
import { ChartFrame, shareText } from './frame';

const METRICS = [
  { id: 'falseHire', label: 'False hire' },
  { id: 'falseReject', label: 'False reject' },
] as const;

/** Question 4: false hires and false rejects per pool, calibrated beside uncalibrated, with all the setup's rules. */
export function CalibrationChart({ result, data, width }: { result: LabResult; data: CalibrationData; width: number }) {
  const rows = data.rows.filter((r) => r.rules === 'all rules');
  const H = 280;
  const groups = POOLS.flatMap((p) => METRICS.map((m) => `${p.id}/${m.id}`));
  const max = Math.max(0.05, ...rows.flatMap((r) => [r.falseHire.high, r.falseReject.high]));
  const x0 = scaleBand()
    .domain(groups)
    .range([44, width - 10])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const x1 = scaleBand().domain(['on', 'off']).range([0, x0.bandwidth()]).padding(0.08);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([H - 62, 26]);
  const at = (pool: string, calibrated: boolean) => rows.find((r) => r.pool === pool && r.calibrated === calibrated)!;
  return (
    <ChartFrame
      title="False hires and false rejects: calibrated (dark) and not (light)"
      result={result}
      width={width}
      height={H}
      label={rows
        .map(
          (r) =>
            `${r.pool} pool, calibration ${r.calibrated ? 'on' : 'off'}: false hire ${shareText(r.falseHire)}, false reject ${shareText(r.falseReject)}`,
        )
        .join('; ')}
    >
      {y.ticks(4).map((t) => (
        <g key={t}>
          <line x1={40} x2={width - 10} y1={y(t)} y2={y(t)} className="grid" />
          <text x={36} y={y(t) + 4} className="tick" textAnchor="end">
            {Math.round(t * 100)} %
          </text>
        </g>
      ))}
      {POOLS.map((p) =>
        METRICS.map((m) => {
          const g = `${p.id}/${m.id}`;
          return (
            <g key={g} transform={`translate(${x0(g)},0)`}>
              {([true, false] as const).map((on) => {
                const s = at(p.id, on)[m.id];
                const bx = x1(on ? 'on' : 'off')!;
                return (
                  <g key={String(on)}>
                    <rect
                      x={bx}
                      y={y(s.share)}
                      width={x1.bandwidth()}
                      height={y(0) - y(s.share)}
                      className={on ? 'bar' : 'bar soft'}
                    />
                    <line
                      x1={bx + x1.bandwidth() / 2}
                      x2={bx + x1.bandwidth() / 2}
                      y1={y(s.low)}
                      y2={y(s.high)}
                      className="whisker"
                    />
                    <text x={bx + x1.bandwidth() / 2} y={y(s.high) - 4} className="value small" textAnchor="middle">
                      {(s.share * 100).toFixed(0)}
                    </text>
                  </g>
                );
              })}
              <text x={x0.bandwidth() / 2} y={H - 44} className="tick" textAnchor="middle">
                {m.label}
              </text>
            </g>
          );
        }),
      )}
      {POOLS.map((p) => {
        const first = x0(`${p.id}/falseHire`)!;
        const last = x0(`${p.id}/falseReject`)! + x0.bandwidth();
        return (
          <text key={p.id} x={(first + last) / 2} y={H - 24} className="label" textAnchor="middle">
            {p.label}
          </text>
        );
      })}
    </ChartFrame>
  );
}
