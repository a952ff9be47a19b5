import type { ScenarioCardData } from '../shared/card';
import { hrefFor, type Mode } from '../shared/router';

/** One first scenario per kind of visitor: short, with a clear rule at work, and a mode that shows what Debrief is for. */
const PICKS: Array<{ who: string; id: string; mode: Mode; action: string; why: string }> = [
  {
    who: 'Candidates',
    id: 'a06-latency-veto',
    mode: 'candidate',
    action: 'Start as a candidate',
    why: 'Sit two rounds, then watch a strong technical score meet the hiring manager’s veto.',
  },
  {
    who: 'Committee members',
    id: 'd08-engineers-vote',
    mode: 'committee',
    action: 'Start on the committee',
    why: 'Take the manager’s seat, vote before the room, and see how the engineers’ vote decides.',
  },
  {
    who: 'Coaches',
    id: 'c07-false-negatives',
    mode: 'coach',
    action: 'Start coaching',
    why: 'Put the recorded path beside the strongest answers and switch rules off to show what changes.',
  },
];

/** Where a first-time visitor begins: a pick for each of candidates, committee members and coaches. */
export function StartHere({ cards }: { cards: ScenarioCardData[] }) {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const picks = PICKS.flatMap((p) => {
    const card = byId.get(p.id);
    return card ? [{ ...p, card }] : [];
  });
  if (!picks.length) return null;
  return (
    <section className="start-here" aria-labelledby="start-title">
      <h2 id="start-title">Start here</h2>
      <ul>
        {picks.map((p) => (
          <li key={p.who}>
            <p className="who">{p.who}</p>
            <p className="pick">
              <strong>{p.card.title}</strong> <span className="muted">· about {p.card.minutes} min</span>
            </p>
            <p className="why">{p.why}</p>
            <a
              className="button primary"
              href={hrefFor({ name: 'play', mode: p.mode, id: p.card.id, steps: null })}
              aria-label={`${p.action}: ${p.card.title}`}
            >
              {p.action}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
