import type { PassIccView } from './exerciseProtocol';

const KEYS = [
  ['icc1', 'ICC(1,1)', 'one-way'],
  ['icc2', 'ICC(2,1)', 'agreement'],
  ['icc3', 'ICC(3,1)', 'consistency'],
] as const;
const fixed = (x: number) => x.toFixed(2);

/**
 * The room's interrater reliability, pass by pass: each ICC as a point with its 95 % interval,
 * the literature's separate-interview and panel figures drawn as lines, so "before and after"
 * reads at a glance. Plain SVG: no chart library for three rows.
 */
export function IccChart({ icc, literature }: { icc: PassIccView[]; literature: { separate: number; panel: number } }) {
  const lows = icc.flatMap((p) => KEYS.map(([k]) => p[k]?.low ?? 0));
  const min = Math.min(-0.2, Math.floor(Math.min(...lows) * 5) / 5);
  const width = 560;
  const left = 130;
  const right = 16;
  const rowH = 26 * icc.length + 16;
  const height = 28 + rowH * KEYS.length + 24;
  const x = (v: number) => left + ((Math.max(min, Math.min(1, v)) - min) / (1 - min)) * (width - left - right);
  const ticks = [min, 0, 0.25, 0.5, 0.75, 1].filter((t, i, a) => a.indexOf(t) === i && t >= min);
  return (
    <figure className="icc-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={iccSummary(icc)}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={20} y2={height - 22} className="icc-grid" />
            <text x={x(t)} y={height - 6} className="icc-tick" textAnchor="middle">
              {fixed(t)}
            </text>
          </g>
        ))}
        {(
          [
            [literature.separate, 'separate interviews'],
            [literature.panel, 'panels'],
          ] as const
        ).map(([v, label]) => (
          <g key={label}>
            <line x1={x(v)} x2={x(v)} y1={14} y2={height - 22} className="icc-literature" />
            <text
              x={x(v) + (label === 'panels' ? 3 : -3)}
              y={11}
              className="icc-literature-label"
              textAnchor={label === 'panels' ? 'start' : 'end'}
            >
              {label} {fixed(v)}
            </text>
          </g>
        ))}
        {KEYS.map(([key, label, meaning], row) => {
          const top = 28 + row * rowH;
          return (
            <g key={key}>
              <text x={4} y={top + 14} className="icc-label">
                {label}
              </text>
              <text x={4} y={top + 30} className="icc-tick">
                {meaning}
              </text>
              {icc.map((p, j) => {
                const v = p[key];
                const y = top + 14 + j * 26;
                if (!v) return null;
                return (
                  <g key={p.pass} className={`icc-pass icc-pass-${p.pass}`}>
                    <line x1={x(v.low)} x2={x(v.high)} y1={y} y2={y} className="icc-interval" />
                    <circle cx={x(v.value)} cy={y} r={6} />
                    <text x={x(v.value)} y={y - 8} className="icc-value" textAnchor="middle">
                      {fixed(v.value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {icc.map((p) => (
          <span key={p.pass} className={`icc-key icc-pass-${p.pass}`}>
            ● Pass {p.pass}
            {p.pass === 1 ? ' (before discussion)' : ' (after)'}: {p.raters} raters × {p.targets} scores
            {p.partial ? ` (${p.partial} who missed an answer left out)` : ''}
            {p.problem ? `: ${p.problem}` : ''}
          </span>
        ))}
        <span className="muted">95 % intervals (Shrout &amp; Fleiss 1979); lines: Huffcutt et al. (2013)</span>
      </figcaption>
    </figure>
  );
}

/** The chart in words, for a screen reader and for the table beside it. */
export function iccSummary(icc: PassIccView[]): string {
  return icc
    .map(
      (p) =>
        `Pass ${p.pass}: ${KEYS.map(([k, label]) => {
          const v = p[k];
          return v ? `${label} ${fixed(v.value)} [${fixed(v.low)}, ${fixed(v.high)}]` : `${label} —`;
        }).join(', ')}`,
    )
    .join('. ');
}
