import { scaleBand, scaleLinear } from 'd3';

interface Props {
  choices: Array<{ id: string; label: string }>;
  counts: Record<string, number>;
  /** The choice that really happened, drawn apart. */
  actual: string;
}

const ROW = 44;

/** How the room voted, one bar per choice, beside what the real candidate or committee did. */
export function TallyChart({ choices, counts, actual }: Props) {
  const H = choices.length * ROW + 10;
  // Room for the longest label, and a bar area as wide again, so the chart reads at any scale.
  const labelW = Math.min(380, 24 + Math.max(...choices.map((c) => c.label.length)) * 13);
  const W = labelW + 320;
  const max = Math.max(1, ...choices.map((c) => counts[c.id] ?? 0));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, W - labelW - 150]);
  const y = scaleBand()
    .domain(choices.map((c) => c.id))
    .range([0, H - 10])
    .padding(0.25);
  const total = choices.reduce((n, c) => n + (counts[c.id] ?? 0), 0);
  return (
    <figure className="tally">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Room votes: ${choices.map((c) => `${c.label}: ${counts[c.id] ?? 0}${c.id === actual ? ' (what happened)' : ''}`).join('; ')}`}
      >
        {choices.map((c) => (
          <g key={c.id} transform={`translate(0,${y(c.id)})`} className={c.id === actual ? 'actual' : undefined}>
            <text x={0} y={y.bandwidth() / 2 + 5} className="label">
              {c.label.length > 32 ? `${c.label.slice(0, 31)}…` : c.label}
            </text>
            <rect x={labelW} width={Math.max(2, x(counts[c.id] ?? 0))} height={y.bandwidth()} rx={4} />
            <text x={labelW + 6 + x(counts[c.id] ?? 0)} y={y.bandwidth() / 2 + 5} className="count">
              {counts[c.id] ?? 0}
              {c.id === actual ? '  ← what happened' : ''}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted">
        {total} vote{total === 1 ? '' : 's'} in the room
      </figcaption>
    </figure>
  );
}
