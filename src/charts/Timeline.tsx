import type { ResolvedScenario } from '../../machines/content/resolve';

interface Props {
  resolved: ResolvedScenario;
  day: number;
  /** Rounds finished so far. */
  done: number;
  phase: 'round' | 'debrief' | 'offer' | 'ended';
  /**
   * Whether the loop got to the debrief and to an offer, once it has ended: a no-hire or a
   * withdrawal never reaches the offer, and the timeline must not call that step done.
   */
  reached?: { debrief: boolean; offer: boolean };
}

type StopState = 'done' | 'now' | 'next' | 'skipped';

const STATE_WORDS: Record<StopState, string> = { done: 'done', now: 'now', next: 'to come', skipped: 'not reached' };

/**
 * The loop's calendar: each round, the debrief and the offer on their days, and where the player is.
 * Plain HTML rather than a scaled SVG, so labels wrap instead of being cut and stay at text size on a
 * phone (a 800-unit SVG shrunk to 390 px drew them at 5 px).
 */
export function Timeline({ resolved, day, done, phase, reached }: Props) {
  const { loop } = resolved.pack;
  const ended = phase === 'ended';
  const after = (step: 'debrief' | 'offer', isNow: boolean, passed: boolean): StopState =>
    isNow ? 'now' : passed ? (!ended || !reached || reached[step] ? 'done' : 'skipped') : 'next';
  const stops: Array<{ key: string; label: string; day: number; state: StopState }> = [
    { key: 'application', label: 'Application', day: 0, state: 'done' },
    ...resolved.rounds.map((r, i) => ({
      key: r.id,
      label: r.title,
      day: r.day,
      state: (i < done ? 'done' : i === done && phase === 'round' ? 'now' : ended ? 'skipped' : 'next') as StopState,
    })),
    {
      key: 'debrief',
      label: 'Debrief',
      day: loop.debriefDay,
      state: after('debrief', phase === 'debrief', phase === 'offer' || ended),
    },
    ...(resolved.scenario.makesOffer
      ? [{ key: 'offer', label: 'Offer', day: loop.offerDay, state: after('offer', phase === 'offer', ended) }]
      : []),
  ];
  const summary = `Day ${day} of the loop. ${stops.map((s) => `${s.label}, day ${s.day}: ${STATE_WORDS[s.state]}`).join('; ')}`;
  return (
    <figure className="timeline">
      <p className="timeline-today">
        Day {day}
        {loop.holdDay !== undefined ? <span className="hold"> · a hold is called after day {loop.holdDay}</span> : null}
      </p>
      <ol>
        {stops.map((s) => (
          <li key={s.key} className={`stop ${s.state}`} aria-current={s.state === 'now' ? 'step' : undefined}>
            <span className="dot" aria-hidden="true" />
            <span className="stop-label">{s.label}</span>
            <span className="stop-day">
              day {s.day}
              {s.state === 'skipped' ? ' · not reached' : ''}
            </span>
          </li>
        ))}
      </ol>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
