import { useId, useState } from 'react';
import { scaleBand, scaleLinear } from 'd3';
import type { LabResult } from '../../../machines/lab/run';
import { POOLS, type CalibrationData } from '../../../machines/lab/calibration';
import { ChartFrame, shareText } from './frame';

const METRICS = [
  { id: 'falseHire', label: 'False hire' },
  { id: 'falseReject', label: 'False reject' },
] as const;

type Row = CalibrationData['rows'][number];

/** Where calibration moves a share the most: the rule set, pool and measure, with the two shares. */
function biggestDifference(rows: ReadonlyArray<Row>) {
  let best: { rules: string; pool: string; metric: (typeof METRICS)[number]; on: number; off: number } | null = null;
  for (const on of rows.filter((r) => r.calibrated)) {
    const off = rows.find((r) => !r.calibrated && r.pool === on.pool && r.rules === on.rules);
    if (!off) continue;
    for (const m of METRICS) {
      const gap = Math.abs(on[m.id].share - off[m.id].share);
      if (!best || gap > Math.abs(best.on - best.off))
        best = { rules: on.rules, pool: on.pool, metric: m, on: on[m.id].share, off: off[m.id].share };
    }
  }
  return best;
}

/**
 * Question 4: false hires and false rejects per pool, calibrated beside uncalibrated, for a chosen
 * set of rules (all of them, or with one switched off), and where calibration makes the most difference.
 */
export function CalibrationChart({ result, data, width }: { result: LabResult; data: CalibrationData; width: number }) {
  const sets = [...new Set(data.rows.map((r) => r.rules))];
  const best = biggestDifference(data.rows);
  const [chosen, setChosen] = useState(sets[0] ?? 'all rules');
  const pick = useId();
  const ruleSet = sets.includes(chosen) ? chosen : sets[0]!;
  const rows = data.rows.filter((r) => r.rules === ruleSet);
  const H = 280;
  // On a phone a bar pair is about 50 px wide: "False hire" takes two lines and a pool drops its "pool".
  const narrow = width < 560;
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
  const pool = (id: string) => POOLS.find((p) => p.id === id)?.label.toLowerCase() ?? id;
  return (
    <>
      {sets.length > 1 && (
        <p className="lab-pick">
          <label htmlFor={pick}>Rules in the chart </label>
          <select id={pick} value={ruleSet} onChange={(e) => setChosen(e.target.value)}>
            {sets.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          {best && best.on !== best.off && (
            <>
              {' '}
              Calibration moves {best.metric.label.toLowerCase()}s most{' '}
              {best.rules === 'all rules' ? 'with all rules' : best.rules}, in the {pool(best.pool)}:{' '}
              {(best.off * 100).toFixed(1)} % → {(best.on * 100).toFixed(1)} %.{' '}
              {best.rules !== ruleSet && (
                <button type="button" onClick={() => setChosen(best.rules)}>
                  Show it
                </button>
              )}
            </>
          )}
        </p>
      )}
      <ChartFrame
        title={`False hires and false rejects, ${ruleSet}: calibrated (dark) and not (light)`}
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
                  {narrow
                    ? m.label.split(' ').map((word, i) => (
                        <tspan key={word} x={x0.bandwidth() / 2} dy={i ? 13 : 0}>
                          {word}
                        </tspan>
                      ))
                    : m.label}
                </text>
              </g>
            );
          }),
        )}
        {POOLS.map((p) => {
          const first = x0(`${p.id}/falseHire`)!;
          const last = x0(`${p.id}/falseReject`)! + x0.bandwidth();
          return (
            <text key={p.id} x={(first + last) / 2} y={H - 18} className="label" textAnchor="middle">
              {narrow ? p.label.replace(/ pool$/i, '') : p.label}
            </text>
          );
        })}
      </ChartFrame>
    </>
  );
}
