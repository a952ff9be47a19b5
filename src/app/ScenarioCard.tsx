import type { ScenarioCardData } from '../library/card';
import { hrefFor } from './router';

export const RULE_NAMES: Record<string, string> = {
  V1: 'Hiring-manager veto',
  V2: "Engineer's vote",
  V3: 'Technical disqualifier',
  V4: 'Indecision flag',
  V5: 'Ranked against slots',
};

/** One scenario in the library: what it is, the rounds it covers, the rules in play, what it teaches. */
export function ScenarioCard({ card }: { card: ScenarioCardData }) {
  const rules = card.rules.filter((id) => RULE_NAMES[id]);
  return (
    <li className="card">
      <article aria-labelledby={`title-${card.id}`}>
        <p className="meta">
          <span className="pack">{card.packTitle}</span> · {card.role}, {card.level}
        </p>
        <h2 id={`title-${card.id}`}>{card.title}</h2>
        <p className="teaches">{card.teaches}</p>
        <p className="rounds">
          <span className="label">Rounds</span> {card.rounds.join(' → ')}
        </p>
        <ul className="chips" aria-label="Committee rules in play">
          {rules.map((id) => (
            <li key={id} className="chip">{id} · {RULE_NAMES[id]}</li>
          ))}
        </ul>
        <p className="sources">
          <span className="label">Draws on</span> {card.sources.filter((x) => !x.endsWith('.txt')).join(', ')}
        </p>
        <p className="modes">
          <a className="button primary" href={hrefFor({ name: 'play', mode: 'candidate', id: card.id, steps: null })} aria-label={`Play as the candidate: ${card.title}`}>
            Play as the candidate
          </a>
          <a className="button" href={hrefFor({ name: 'play', mode: 'committee', id: card.id, steps: null })} aria-label={`Sit on the committee: ${card.title}`}>
            Sit on the committee
          </a>
          <a className="button" href={hrefFor({ name: 'play', mode: 'coach', id: card.id, steps: null })} aria-label={`Coach: ${card.title}`}>
            Coach
          </a>
          <a className="button" href={hrefFor({ name: 'play', mode: 'present', id: card.id, steps: null })} aria-label={`Present to a room: ${card.title}`}>
            Present
          </a>
        </p>
      </article>
    </li>
  );
}
