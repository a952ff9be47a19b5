import './tally.css';

const LETTERS = 'ABCDEFGH';

/** The room's votes as plain bars (no chart library: the phone's page stays small); the real answer marked. */
export function TallyBars({
  options,
  tally,
  recorded,
  names,
}: {
  options: Array<{ id: string; text: string }>;
  tally: Array<{ id: string; votes: number }>;
  recorded: string | null;
  names?: boolean;
}) {
  const total = tally.reduce((n, t) => n + t.votes, 0);
  const max = Math.max(1, ...tally.map((t) => t.votes));
  return (
    <ol
      className="tally-bars"
      aria-label={`Room votes: ${tally.map((t, i) => `${names ? options[i]?.text : LETTERS[i]} ${t.votes}`).join(', ')}`}
    >
      {options.map((o, i) => {
        const n = tally.find((t) => t.id === o.id)?.votes ?? 0;
        return (
          <li key={o.id} className={o.id === recorded ? 'tally-recorded' : undefined}>
            <span className="tally-label">
              {names ? o.text : LETTERS[i]}
              {o.id === recorded ? ' · what happened' : ''}
            </span>
            <span className="tally-track">
              <span className="tally-fill" style={{ width: `${(n / max) * 100}%` }} />
            </span>
            <span className="tally-count">
              {n}
              {total ? ` (${Math.round((n / total) * 100)}%)` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
