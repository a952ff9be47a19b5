import type { ResolvedScenario } from '../../machines/content/resolve';
import { hrefFor } from '../app/router';

/** Choose whose seat to take on the committee. */
export function SeatPicker({ resolved }: { resolved: ResolvedScenario }) {
  return (
    <div className="play">
      <header className="play-head">
        <a href="#/" className="back">← Library</a>
        <div>
          <p className="eyebrow">Committee · {resolved.scenario.role}, {resolved.scenario.level}</p>
          <h1>{resolved.scenario.title}</h1>
          <p className="muted">The candidate is {resolved.scenario.candidate.name}. Pick your seat on the committee: you will read the real packet and vote before you hear the others.</p>
        </div>
      </header>
      <ul className="seats">
        {resolved.committee.map((m) => (
          <li key={m.id}>
            <p><strong>{m.name}</strong> · {m.role.replace(/-/g, ' ')}</p>
            <p className="muted">{m.persona}</p>
            <a className="button primary" href={hrefFor({ name: 'play', mode: 'committee', id: resolved.scenario.id, steps: null, seat: m.id })}>Sit as {m.name.split(' ')[0]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
