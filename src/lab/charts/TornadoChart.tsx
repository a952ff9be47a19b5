import { scaleBand, scaleLinear } from 'd3';
import type { LabResult } from '../../../machines/lab/run';
import type { RulesData } from '../../../machines/lab/rules';
import { roleLabel } from '../../../machines/format';
import { ChartFrame, shareText } from './frame';

const MAX_ROWS = 16;

/** A label in at most two lines of `n` characters, broken between words; only the second may be cut. */
function twoLines(s: string, n: number): string[] {
  if (s.length <= n) return [s];
  const cut = s.lastIndexOf(' ', n);
  const first = cut > 0 ? s.slice(0, cut) : s.slice(0, n);
  const rest = s.slice(first.length).trim();
  return [first, rest.length > n ? `${rest.slice(0, n - 1)}…` : rest];
}

/** Question 2: a tornado of the rules (switched off: outcome better to the right, worse to the left), then each member's decisive share. */
export function TornadoChart({ result, data, width }: { result: LabResult; data: RulesData; width: number }) {
  const library = !result.scenario;
  const rules = [...data.rules].sort((a, b) => b.changed.share - a.changed.share).slice(0, MAX_ROWS);
  const name = (r: RulesData['rules'][number]) =>
    library ? `${r.scenario.split('-')[0]} ${r.rule}` : `${r.rule} ${r.label}`;
  const labelW = Math.min(width * 0.42, 250);
  const chars = Math.floor(labelW / 7.5);
  // A rule's name longer than its column takes a second line rather than losing its end.
  const wraps = rules.some((r) => name(r).length > chars);
  const rowH = wraps ? 44 : 34;
  const H = Math.max(1, rules.length) * rowH + 36;
  const extent = Math.max(0.05, ...rules.map((r) => Math.max(r.up.high, r.down.high)));
  const x = scaleLinear()
    .domain([-extent, extent])
    .range([labelW + 44, width - 52]);
  const y = scaleBand()
    .domain(rules.map((r) => `${r.scenario}/${r.rule}`))
    .range([20, H - 20])
    .padding(0.2);
  const members = library ? [] : data.members;
  const mH = members.length * rowH + 30;
  const mx = scaleLinear()
    .domain([0, 1])
    .range([labelW, width - 60]);
  const my = scaleBand()
    .domain(members.map((m) => m.member))
    .range([6, mH - 24])
    .padding(0.2);
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return (
    <div className="lab-charts">
      {!rules.length && (
        <p className="lab-stale">
          No committee rule is on, so none can be switched off; only the members’ votes decide.
        </p>
      )}
      {!!rules.length && (
        <ChartFrame
          title={`Switch one rule off: how often the outcome changes${rules.length < data.rules.length ? ` (top ${MAX_ROWS})` : ''}`}
          result={result}
          width={width}
          height={H}
          label={`Rules by how often they decide: ${rules.map((r) => `${name(r)} ${shareText(r.changed)}`).join('; ')}`}
        >
          <text x={x(0) - 6} y={12} className="tick" textAnchor="end">
            ← worse without it
          </text>
          <text x={x(0) + 6} y={12} className="tick">
            better without it →
          </text>
          <line x1={x(0)} x2={x(0)} y1={16} y2={H - 18} className="axis" />
          {rules.map((r) => {
            const at = y(`${r.scenario}/${r.rule}`)!;
            return (
              <g key={`${r.scenario}/${r.rule}`} transform={`translate(0,${at})`}>
                <text x={0} y={y.bandwidth() / 2 + (wraps ? -2 : 5)} className="label">
                  <title>{name(r)}</title>
                  {twoLines(name(r), chars).map((line, i) => (
                    <tspan key={line} x={0} dy={i ? 15 : 0}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <rect
                  x={x(-r.down.share)}
                  width={x(0) - x(-r.down.share)}
                  height={y.bandwidth()}
                  className="bar warn"
                />
                <rect x={x(0)} width={x(r.up.share) - x(0)} height={y.bandwidth()} className="bar" />
                <text
                  x={x(0) + (r.up.share >= r.down.share ? x(r.up.share) - x(0) + 5 : -(x(0) - x(-r.down.share)) - 5)}
                  y={y.bandwidth() / 2 + 5}
                  className="value"
                  textAnchor={r.up.share >= r.down.share ? 'start' : 'end'}
                >
                  {(r.changed.share * 100).toFixed(1)} %
                </text>
              </g>
            );
          })}
          <text x={x(-extent)} y={H - 4} className="tick">
            −{Math.round(extent * 100)} %{width > 520 ? ' worse' : ''}
          </text>
          {width > 520 && (
            <text x={x(0)} y={H - 4} className="tick" textAnchor="middle">
              0
            </text>
          )}
          <text x={x(extent)} y={H - 4} className="tick" textAnchor="end">
            {width > 520 ? 'better ' : ''}+{Math.round(extent * 100)} %
          </text>
        </ChartFrame>
      )}
      {!!members.length && (
        <ChartFrame
          title="Decisive vote: the decision differs without this member"
          result={result}
          width={width}
          height={mH}
          label={`Decisive members: ${members.map((m) => `${m.name} ${shareText(m.decisive)}`).join('; ')}`}
        >
          {members.map((m) => (
            <g key={m.member} transform={`translate(0,${my(m.member)})`}>
              {/* Name and role on two lines: neither is cut at a narrow width. */}
              <text x={0} y={my.bandwidth() / 2 - 2} className="label">
                {clip(m.name, chars)}
              </text>
              <text x={0} y={my.bandwidth() / 2 + 11} className="tick">
                {clip(roleLabel(m.role), chars + 3)}
              </text>
              <rect
                x={labelW}
                width={Math.max(1, mx(m.decisive.share) - labelW)}
                height={my.bandwidth()}
                className="bar"
              />
              <line
                x1={mx(m.decisive.low)}
                x2={mx(m.decisive.high)}
                y1={my.bandwidth() / 2}
                y2={my.bandwidth() / 2}
                className="whisker"
              />
              <text x={mx(m.decisive.share) + 6} y={my.bandwidth() / 2 + 5} className="value">
                {(m.decisive.share * 100).toFixed(1)} %
              </text>
            </g>
          ))}
          <text x={labelW} y={mH - 6} className="tick">
            0 %
          </text>
          <text x={mx(1)} y={mH - 6} className="tick" textAnchor="end">
            100 %
          </text>
        </ChartFrame>
      )}
    </div>
  );
}
