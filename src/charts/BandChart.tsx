import { scaleLinear } from 'd3';

interface Props {
  label: string;
  range: [number, number];
  value: number;
  /** An ask the player is considering, drawn past the band if it leaves it. */
  asked?: number;
}

const W = 560;
const money = (n: number) => `$${Math.round(n / 1000)}k`;

/** One comp band as a range with the offer marked (K1, K3, K4). */
export function BandChart({ label, range, value, asked }: Props) {
  const [lo, hi] = range;
  // Every band gets the same frame (a quarter of its span below, most of one above) so bands line up
  // and an ask past the top visibly leaves the band; anything further out is pinned to the edge.
  const span = Math.max(hi - lo, 1);
  const x = scaleLinear().domain([lo - span * 0.25, hi + span * 0.75]).range([12, W - 12]).clamp(true);
  const desc = `${label}: band ${money(lo)} to ${money(hi)}, offer ${money(value)}${asked ? `, ask ${money(asked)}${asked > hi ? ', past the band' : ''}` : ''}`;
  return (
    <figure className="band">
      <figcaption>
        <span>{label}</span> <strong>{money(value)}</strong> <span className="muted">band {money(lo)}–{money(hi)}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} 50`} role="img" aria-label={desc}>
        <text x={x(lo)} y={46} textAnchor="middle" className="edge">{money(lo)}</text>
        <text x={x(hi)} y={46} textAnchor="middle" className="edge">{money(hi)}</text>
        <rect x={x(lo)} width={x(hi) - x(lo)} y={10} height={14} rx={7} className="range" />
        {asked !== undefined && asked !== value && <line x1={x(asked)} x2={x(asked)} y1={4} y2={30} className={asked > hi ? 'ask over' : 'ask'} />}
        <circle cx={x(value)} cy={17} r={8} className="value" />
      </svg>
    </figure>
  );
}
