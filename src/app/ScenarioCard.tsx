import type { ScenarioCardData } from '../shared/card';
import { hrefFor } from '../shared/router';

/**
 * One scenario in the library, compact: what it is and teaches, how long it takes, the rules in
 * play by name, and the ways to play it. The rounds, rule IDs and the anecdotes it draws on are
 * for those who ask, behind a disclosure.
 */
export function ScenarioCard({ card }: { card: ScenarioCardData }) {
  const rules = card.rules.filter((id) => Object.hasOwn(card.ruleNames, id));
  const sources = card.sources.filter((x) => !x.endsWith('.txt'));
  return (
    <li className="card">
      <article aria-labelledby={`title-${card.id}`}>
        <p className="meta">
          {/* "Senior Product Manager loop · Senior Product Manager, L5" said the role twice. */}
          <span className="pack">{card.packTitle}</span> ·{' '}
          {card.packTitle.startsWith(card.role) ? card.level : `${card.role}, ${card.level}`}
        </p>
        <h2 id={`title-${card.id}`}>{card.title}</h2>
        <p className="teaches">{card.teaches}</p>
        <p className="facts">
          About {card.minutes} min · {card.questions} question{card.questions === 1 ? '' : 's'} · {card.rounds.length}{' '}
          round{card.rounds.length === 1 ? '' : 's'}
        </p>
        {!!rules.length && (
          <ul className="chips" aria-label="Committee rules in play">
            {rules.map((id) => (
              <li key={id} className="chip">
                {card.ruleNames[id]}
              </li>
            ))}
          </ul>
        )}
        <p className="modes">
          <a
            className="button primary"
            href={hrefFor({ name: 'play', mode: 'candidate', id: card.id, steps: null })}
            aria-label={`Play as the candidate: ${card.title}`}
          >
            Play<span className="wide-only"> as the candidate</span>
          </a>
          <a
            className="button"
            href={hrefFor({ name: 'play', mode: 'committee', id: card.id, steps: null })}
            aria-label={`Sit on the committee: ${card.title}`}
          >
            <span className="wide-only">Sit on the </span>committee
          </a>
          <a
            className="button"
            href={hrefFor({ name: 'play', mode: 'coach', id: card.id, steps: null })}
            aria-label={`Coach: ${card.title}`}
          >
            Coach
          </a>
          <a
            className="button"
            href={hrefFor({ name: 'play', mode: 'present', id: card.id, steps: null })}
            aria-label={`Present to a room: ${card.title}`}
          >
            Present
          </a>
          <a
            className="button"
            href={hrefFor({ name: 'lab', id: card.id, query: '' })}
            aria-label={`Calibration lab: ${card.title}`}
          >
            Lab
          </a>
          <a
            className="button"
            href={hrefFor({ name: 'studio', id: card.id, query: '' })}
            aria-label={`Open in studio (an editable copy): ${card.title}`}
          >
            Open in studio
          </a>
        </p>
        <details className="card-details">
          <summary>
            Rounds, rules and sources<span className="visually-hidden"> of {card.title}</span>
          </summary>
          <p>
            <span className="label">Rounds</span> {card.rounds.join(' → ')}
          </p>
          {!!rules.length && (
            <p>
              <span className="label">Rules</span> {rules.map((id) => `${id} ${card.ruleNames[id]}`).join(' · ')}
            </p>
          )}
          {!!sources.length && (
            <p>
              <span className="label">Draws on</span> {sources.join(', ')}
            </p>
          )}
        </details>
      </article>
    </li>
  );
}
