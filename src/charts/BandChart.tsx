import { scaleLinear } from 'd3';
import { formatMoney } from '../../machines/format';
import { useWidth } from './useWidth';

interface Props {
  label: string;
  range: [number, number];
  value: number;
  /** An ask the player is considering, drawn past the band if it leaves it. */
  asked?: number;
  /** The pack's currency; dollars when left out. */
  currency?: string;
}

const H = 78;

/** Text anchored at x but kept inside the chart. */
const anchorAt = (x: number, w: number): 'start' | 'middle' | 'end' =>
  x < 70 ? 'start' : x > w - 70 ? 'end' : 'middle';

/**
 * One comp band as a range with the offer marked (K1, K3, K4). A picture, not a control: the offer
 * is a flat tick with its figure beside it rather than a knob, so nobody tries to drag it; asks are
 * made in the form below.
 */
export function BandChart({ label, range, value, asked, currency }: Props) {
  const money = (n: number) => formatMoney(n, currency);
  const [ref, W] = useWidth<HTMLElement>(560);
  const [lo, hi] = range;
  // Every band gets the same frame (a quarter of its span below, most of one above) so bands line up
  // and an ask past the top visibly leaves the band; anything further out is pinned to the edge.
  const span = Math.max(hi - lo, 1);
  const x = scaleLinear()
    .domain([lo - span * 0.25, hi + span * 0.75])
    .range([8, W - 8])
    .clamp(true);
  const showAsk = asked !== undefined && asked !== value;
  const desc = `${label}: band ${money(lo)} to ${money(hi)}, offer ${money(value)}${asked ? `, ask ${money(asked)}${asked > hi ? ', past the band' : ''}` : ''}`;
  return (
    <figure className="band" ref={ref}>
      <figcaption>
        <span>{label}</span> <strong>{money(value)}</strong>{' '}
        <span className="muted">
          band {money(lo)} to {money(hi)}
        </span>
      </figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={desc}>
        <text x={x(value)} y={13} textAnchor={anchorAt(x(value), W)} className="offer-label">
          offer {money(value)}
        </text>
        <rect x={x(lo)} width={x(hi) - x(lo)} y={22} height={12} rx={2} className="range" />
        <rect x={x(value) - 2} width={4} y={17} height={22} className="value" />
        <text x={x(lo)} y={52} textAnchor="middle" className="edge">
          {money(lo)}
        </text>
        <text x={x(hi)} y={52} textAnchor="middle" className="edge">
          {money(hi)}
        </text>
        {showAsk && (
          <g className={asked! > hi ? 'ask-mark over' : 'ask-mark'}>
            <line x1={x(asked!)} x2={x(asked!)} y1={17} y2={60} />
            <text x={x(asked!)} y={73} textAnchor={anchorAt(x(asked!), W)}>
              your ask {money(asked!)}
              {asked! > hi ? ', past the band' : ''}
            </text>
          </g>
        )}
      </svg>
    </figure>
  );
}
