import type { Scorecard } from '../../machines/rules/types';
import { recommendationLabel } from '../../machines/format';
import { useName } from './names';

/** The interviewers' scorecards as the committee reads them. */
export function Packet({ cards }: { cards: Scorecard[] }) {
  const name = useName();
  return (
    <div className="packet">
      {cards.map((c) => (
        <article key={c.round} className="scorecard" aria-label={`${c.roundTitle} scorecard`}>
          <header>
            <h3>{c.roundTitle}</h3>
            <p className="muted">{c.interviewerName}</p>
            <p className={`rec ${c.recommendation}`}>
              {recommendationLabel(c.recommendation)} · {c.overall}
            </p>
          </header>
          <dl className="dims">
            {Object.entries(c.scores).map(([dim, score]) => (
              <div key={dim} className={score < 3 ? 'low' : undefined}>
                <dt>{name(dim)}</dt>
                <dd>{score}</dd>
              </div>
            ))}
            {c.reliability !== null && (
              <div className={c.reliability < 5 ? 'low' : undefined}>
                <dt>reliability (R1)</dt>
                <dd>{c.reliability}/10</dd>
              </div>
            )}
          </dl>
          <ul className="notes">
            {c.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          {!!c.flags.length && <p className="flags">Flags: {c.flags.map(name).join(', ')}</p>}
        </article>
      ))}
    </div>
  );
}
