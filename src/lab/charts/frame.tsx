import type { ReactNode } from 'react';
import type { LabResult } from '../../../machines/lab/run';
import type { Share } from '../../../machines/lab/stats';

/** "N = 10000 · seed 1 · error 0.69 · leniency 0.25": on every chart, so a screenshot says what produced it. */
export const runLine = (r: LabResult) =>
  `N = ${r.setup.n} · seed ${r.setup.seed} · error ${r.setup.err} · leniency ${r.setup.len}${r.setup.off.length ? ` · off: ${r.setup.off.join(', ')}` : ''}`;

/** A share as a label: 32.3 % (31.3-33.2). */
export const shareText = (s: Share) =>
  `${(s.share * 100).toFixed(1)} % (${(s.low * 100).toFixed(1)}–${(s.high * 100).toFixed(1)})`;

/** A chart with its title, the run line and a text alternative. */
export function ChartFrame({
  title,
  result,
  label,
  width,
  height,
  children,
}: {
  title: string;
  result: LabResult;
  label: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <figure className="lab-chart">
      <figcaption>
        <strong>{title}</strong>
        <span className="muted"> · {runLine(result)}</span>
      </figcaption>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {children}
      </svg>
    </figure>
  );
}
