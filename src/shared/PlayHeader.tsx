import type { ReactNode } from 'react';
import { displayName } from '../../machines/displayName';
import type { ResolvedScenario } from '../../machines/content/resolve';

interface Props {
  resolved: ResolvedScenario;
  mode: string;
  /** The line under the title: who the player is, or what the scenario teaches. */
  intro: ReactNode;
  /** Controls on the right, such as the answer timer. */
  aside?: ReactNode;
}

/** The header every play screen shares: back to the library, the mode, the scenario, the player's place in it. */
export function PlayHeader({ resolved, mode, intro, aside }: Props) {
  return (
    <header className="play-head">
      <a href="#/" className="back">
        ← Library
      </a>
      <div>
        <p className="eyebrow">
          {mode} · {resolved.scenario.role}, {displayName(resolved.scenario.level)}
        </p>
        <h1>{resolved.scenario.title}</h1>
        <p className="muted">{intro}</p>
      </div>
      {aside}
    </header>
  );
}
