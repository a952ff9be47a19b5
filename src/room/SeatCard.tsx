import type { SeatCard as Card } from './seatsProtocol';

/** One scorecard as a seat reads it: the round, who wrote it, the recommendation, the scores and the notes. */
export function SeatCard({ card, label, mine }: { card: Card; label: (id: string) => string; mine?: boolean }) {
  return (
    <article className={mine ? 'seat-card mine' : 'seat-card'} aria-label={`${card.roundTitle} scorecard`}>
      <h3>
        {card.roundTitle} · {card.interviewerName}
        {mine ? ' (your round)' : ''}
      </h3>
      <p className="seat-card-rec">
        {label(card.recommendation)} · overall {card.overall.toFixed(1)} of 5
      </p>
      <ul className="seat-card-scores">
        {card.scores.map((s) => (
          <li key={s.label}>
            {s.label} <strong>{s.score}</strong>
          </li>
        ))}
      </ul>
      {card.notes.length > 0 && (
        <ul className="seat-card-notes">
          {card.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
