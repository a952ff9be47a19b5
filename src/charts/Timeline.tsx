import { scaleLinear } from 'd3';
import type { ResolvedScenario } from '../../machines/content/resolve';

interface Props {
  resolved: ResolvedScenario;
  day: number;
  /** Rounds finished so far. */
  done: number;
  phase: 'round' | 'debrief' | 'offer' | 'ended';
}

const W = 800;
const H = 86;

/** The loop's calendar: each round, the debrief and the offer on their days, and where the player is. */
export function Timeline({ resolved, day, done, phase }: Props) {
  const { loop } = resolved.pack;
  const last = Math.max(loop.offerDay, loop.holdDay ?? 0, day);
  const x = scaleLinear().domain([0, last]).range([24, W - 24]);
  const stops = [
    { key: 'application', label: 'Application', day: 0, state: 'done' },
    ...resolved.rounds.map((r, i) => ({ key: r.id, label: r.title, day: r.day, state: i < done ? 'done' : i === done && phase === 'round' ? 'now' : 'next' })),
    { key: 'debrief', label: 'Debrief', day: loop.debriefDay, state: phase === 'debrief' ? 'now' : phase === 'offer' || phase === 'ended' ? 'done' : 'next' },
    ...(resolved.scenario.makesOffer ? [{ key: 'offer', label: 'Offer', day: loop.offerDay, state: phase === 'offer' ? 'now' : phase === 'ended' ? 'done' : 'next' }] : []),
  ];
  const summary = `Day ${day} of the loop. ` + stops.map((s) => `${s.label}, day ${s.day}: ${s.state === 'done' ? 'done' : s.state === 'now' ? 'now' : 'to come'}`).join('; ');
  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <line x1={x(0)} x2={x(last)} y1={28} y2={28} className="axis" />
        {loop.holdDay !== undefined && (
          <g className="hold">
            <line x1={x(loop.holdDay)} x2={x(loop.holdDay)} y1={14} y2={42} />
            <text x={x(loop.holdDay)} y={82} textAnchor="end">hold after day {loop.holdDay}</text>
          </g>
        )}
        {stops.map((s, i) => (
          <g key={s.key} className={`stop ${s.state}`} transform={`translate(${x(s.day)},28)`}>
            <circle r={s.state === 'now' ? 9 : 6} />
            <text y={i % 2 ? -14 : 26} textAnchor="middle">{s.label.length > 22 ? `${s.label.slice(0, 21)}…` : s.label}</text>
            <text y={i % 2 ? -26 : 38} textAnchor="middle" className="day">day {s.day}</text>
          </g>
        ))}
        <line x1={x(day)} x2={x(day)} y1={18} y2={38} className="today" />
      </svg>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
