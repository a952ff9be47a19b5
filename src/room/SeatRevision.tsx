import { useState } from 'react';
import type { ClientMessage } from './protocol';
import type { SeatsView, SeatsYou } from './seatsProtocol';

/**
 * The revision round on a phone: this committee's sealed votes by seat (never who cast them),
 * then hold or revise, with a reason; changeable until the facilitator has the kernel decide.
 */
export function SeatRevision({
  seats,
  mine,
  label,
  refused,
  post,
}: {
  seats: SeatsView;
  mine: SeatsYou;
  label: (id: string | null) => string;
  refused: string | null;
  post: (msg: Omit<Extract<ClientMessage, { t: 'seat' }>, 'id'>) => void;
}) {
  const [choice, setChoice] = useState<string | null>(mine.revision?.recommendation ?? null);
  const [reason, setReason] = useState(mine.revision?.reason ?? '');
  if (!mine.vote) return <p className="join-wait">You did not vote, so you have nothing to revise: watch the room.</p>;
  const revise = choice !== null && choice !== mine.vote;
  return (
    <>
      <h2 className="seat-h2">Your committee's sealed votes</h2>
      <table className="seat-table">
        <tbody>
          {(mine.table ?? []).map((t) => (
            <tr key={t.member} className={t.member === mine.seat ? 'mine' : undefined}>
              <th scope="row">
                {t.name}
                {t.member === mine.seat ? ' (you)' : ''}
                {t.people > 1 ? ` · ${t.people} people` : ''}
              </th>
              <td>{t.people ? label(t.vote) : 'empty seat'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="join-recommend" aria-label="Revise or hold">
        <legend>You voted {label(mine.vote)}. Revise or hold?</legend>
        {seats.recommendations.map((r) => (
          <button
            key={r.id}
            type="button"
            aria-pressed={(choice ?? mine.vote) === r.id}
            onClick={() => setChoice(r.id === mine.vote ? null : r.id)}
          >
            {r.id === mine.vote ? `Hold: ${r.text}` : r.text}
          </button>
        ))}
      </fieldset>
      <label className="seat-reason">
        Your reason (the committee reads it)
        <textarea value={reason} maxLength={500} rows={3} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button
        type="button"
        className="join-primary"
        disabled={!reason.trim()}
        onClick={() => post({ t: 'seat', action: 'revise', recommendation: revise ? choice : null, reason })}
      >
        {revise ? `Revise to ${label(choice)}` : 'Hold my vote'}
      </button>
      <p className="join-note" role="status">
        {refused ??
          (mine.revision
            ? `Sent: ${mine.revision.recommendation ? `revised to ${label(mine.revision.recommendation)}` : 'you hold'}. You can change it until the committee decides.`
            : 'Give a reason, then hold or revise.')}
      </p>
    </>
  );
}
