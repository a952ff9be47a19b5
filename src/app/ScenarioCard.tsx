import type { ResolvedScenario } from '../../machines/content/resolve';
import { hrefFor } from './router';

const RULES: Record<string, string> = {
  V1: 'Hiring-manager veto',
  V2: "Engineer's vote",
  V3: 'Technical disqualifier',
  V4: 'Indecision flag',
  V5: 'Ranked against slots',
};

/** One scenario in the library: what it is, the rounds it covers, the rules in play, what it teaches. */
export function ScenarioCard({ resolved }: { resolved: ResolvedScenario }) {
  const s = resolved.scenario;
  const rules = Object.entries(resolved.rules).filter(([id, cfg]) => cfg && RULES[id]).map(([id]) => id);
  return (
    <li className="card">
      <article aria-labelledby={`title-${s.id}`}>
        <p className="meta">
          <span className="pack">{resolved.pack.title}</span> · {s.role}, {s.level}
        </p>
        <h2 id={`title-${s.id}`}>{s.title}</h2>
        <p className="teaches">{s.teaches}</p>
        <p className="rounds">
          <span className="label">Rounds</span> {resolved.rounds.map((r) => r.title).join(' → ')}
        </p>
        <ul className="chips" aria-label="Committee rules in play">
          {rules.map((id) => (
            <li key={id} className="chip" title={RULES[id]}>
              {id} · {RULES[id]}
            </li>
          ))}
        </ul>
        <p className="sources">
          <span className="label">Draws on</span> {s.sources.filter((x) => !x.endsWith('.txt')).join(', ')}
        </p>
        <p className="modes">
          <a className="button primary" href={hrefFor({ name: 'play', mode: 'candidate', id: s.id, steps: null })} aria-label={`Play ${s.title} as the candidate`}>
            Play as the candidate
          </a>
          <a className="button" href={hrefFor({ name: 'play', mode: 'committee', id: s.id, steps: null })} aria-label={`Sit on the committee for ${s.title}`}>
            Sit on the committee
          </a>
        </p>
      </article>
    </li>
  );
}
