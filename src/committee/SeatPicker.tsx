import type { ResolvedScenario } from '../../machines/content/resolve';
import { hrefFor } from '../shared/router';
import { roleLabel } from '../../machines/format';
import { PlayHeader } from '../shared/PlayHeader';

/** Choose whose seat to take on the committee. */
export function SeatPicker({ resolved }: { resolved: ResolvedScenario }) {
  return (
    <div className="play">
      <PlayHeader
        resolved={resolved}
        mode="Committee"
        intro={`The candidate is ${resolved.scenario.candidate.name}. Pick your seat on the committee: you will read the real packet and vote before you hear the others.`}
      />
      <ul className="seats">
        {resolved.committee.map((m) => (
          <li key={m.id}>
            <p>
              <strong>{m.name}</strong> · {roleLabel(m.role)}
            </p>
            <p className="muted">{m.persona}</p>
            <a
              className="button primary"
              href={hrefFor({ name: 'play', mode: 'committee', id: resolved.scenario.id, steps: null, seat: m.id })}
            >
              Sit as {m.name.split(' ')[0]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
