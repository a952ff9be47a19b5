import { useEffect, useRef, useState } from 'react';
import type { ClientMessage, RoomView, ServerMessage } from './protocol';
import type { SeatsView, SeatsYou } from './seatsProtocol';
import { SeatCard } from './SeatCard';
import { SeatRevision } from './SeatRevision';
import './seats.css';

type You = Extract<ServerMessage, { t: 'you' }>;
type Send = (msg: ClientMessage) => boolean;

/**
 * The phone in a seated committee: choose a member's seat (or be dealt one), read that member's own
 * scorecard alone, then the whole packet once it is unsealed, vote sealed, revise or hold with a
 * reason, and see the decision the kernel reached on this committee's votes.
 */
export function SeatPhone({
  view,
  you,
  send,
  acked,
  welcomed,
}: {
  view: RoomView;
  you: You | null;
  send: Send;
  acked: { id: number; refused: string | null } | null;
  /** Counts the server's welcomes: each one after the first means the room is back after a drop. */
  welcomed: number;
}) {
  const seats = view.seats!;
  const mine = you?.seats ?? null;
  const seq = useRef(Date.now() % 1_000_000);
  const [sent, setSent] = useState<number | null>(null);
  const [offline, setOffline] = useState(false);
  // The last seat, vote or revision not yet acknowledged: kept on the phone and sent again when the
  // room is back, so a tap made during a drop is never lost.
  const queued = useRef<ClientMessage | null>(null);
  const post = (msg: Omit<Extract<ClientMessage, { t: 'seat' }>, 'id'>) => {
    const id = ++seq.current;
    setSent(id);
    queued.current = { ...msg, id };
    setOffline(!send(queued.current));
  };
  useEffect(() => {
    if (acked && queued.current && 'id' in queued.current && acked.id === queued.current.id) queued.current = null;
  }, [acked]);
  const sendNow = useRef(send);
  sendNow.current = send;
  useEffect(() => {
    if (welcomed > 0 && queued.current) setOffline(!sendNow.current(queued.current));
  }, [welcomed]);
  const refused = offline
    ? 'Offline: your choice is kept on this phone and goes to the room when it is back.'
    : acked?.refused && acked.id === sent
      ? acked.refused
      : null;
  const label = (id: string | null) => seats.recommendations.find((r) => r.id === id)?.text ?? '—';
  const seat = seats.seats.find((s) => s.member === mine?.seat);
  if (!mine?.seat || !seat)
    return seats.phase === 'private' ? (
      <>
        <SeatChooser seats={seats} onSit={(member) => post({ t: 'seat', action: 'sit', seat: member })} />
        {refused && (
          <p className="join-note" role="alert">
            {refused}
          </p>
        )}
      </>
    ) : (
      <p className="join-wait">The seats were taken before you had one: follow the committee on the projector.</p>
    );

  return (
    <section className="seat-phone" aria-label="Your seat">
      <p className="join-heading">
        {seats.committees > 1 ? `Committee ${mine.committee! + 1} · your seat` : 'Your seat'}
      </p>
      <h1>
        You sit as {seat.name}, {seat.role}
      </h1>
      {seats.phase === 'private' && (
        <>
          {mine.own ? (
            <SeatCard card={mine.own} label={label} mine />
          ) : (
            <p>{seat.name} did not interview the candidate: you read the packet when it opens.</p>
          )}
          <p className="join-note" role="status">
            {refused ?? 'Only you see this. The full packet opens when the facilitator unseals it.'}
          </p>
          <details className="seat-change">
            <summary>Take another seat</summary>
            <SeatChooser seats={seats} onSit={(member) => post({ t: 'seat', action: 'sit', seat: member })} />
          </details>
        </>
      )}
      {seats.phase === 'voting' && (
        <>
          <fieldset className="join-recommend" aria-label="Your sealed vote">
            <legend>Your sealed vote</legend>
            {seats.recommendations.map((r) => (
              <button
                key={r.id}
                type="button"
                aria-pressed={mine.vote === r.id}
                onClick={() => post({ t: 'seat', action: 'vote', recommendation: r.id })}
              >
                {r.text}
              </button>
            ))}
          </fieldset>
          <p className="join-note" role="status">
            {refused ??
              (mine.vote
                ? `Sealed: ${label(mine.vote)}. Nobody sees it before the revision round; you can change it until then.`
                : 'Read the packet, then vote. Nobody sees your vote before the revision round.')}
          </p>
          <Packet seats={seats} mine={mine} label={label} />
        </>
      )}
      {seats.phase === 'revising' && (
        <SeatRevision seats={seats} mine={mine} label={label} refused={refused} post={post} />
      )}
      {seats.phase === 'decided' && <Decided seats={seats} mine={mine} />}
    </section>
  );
}

function SeatChooser({ seats, onSit }: { seats: SeatsView; onSit: (member: string) => void }) {
  return (
    <div className="seat-chooser">
      <h1>Take a member's seat</h1>
      <p>You will see that member's own scorecard first, alone. Several people may share a seat.</p>
      <div className="join-options" role="group" aria-label="Seats">
        {seats.seats.map((s) => (
          <button key={s.member} type="button" className="join-option" onClick={() => onSit(s.member)}>
            <span>
              <strong>{s.name}</strong>, {s.role}
              <br />
              <span className="seat-muted">{s.round ? `interviewed: ${s.round}` : 'did not interview'}</span>
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}

/** The whole packet once unsealed, this seat's own card first. */
function Packet({ seats, mine, label }: { seats: SeatsView; mine: SeatsYou; label: (id: string) => string }) {
  const cards = [...(seats.packet ?? [])].sort(
    (a, b) => Number(b.interviewer === mine.seat) - Number(a.interviewer === mine.seat),
  );
  return (
    <details className="seat-packet" open={!mine.vote}>
      <summary>The packet: {cards.length} scorecards</summary>
      {cards.map((c) => (
        <SeatCard key={c.round} card={c} label={label} mine={c.interviewer === mine.seat} />
      ))}
    </details>
  );
}

function Decided({ seats, mine }: { seats: SeatsView; mine: SeatsYou }) {
  const r = seats.results!;
  const c = r.committees[mine.committee ?? 0];
  if (!c) return null;
  return (
    <div className="seat-decided" role="status">
      <h2>
        {seats.committees > 1 ? `Committee ${c.committee + 1}` : 'Your committee'} decided: <strong>{c.label}</strong>
      </h2>
      {c.rules.length ? (
        <ul>
          {c.rules.map((f) => (
            <li key={f.rule}>
              {f.label}: {f.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p>No rule fired: the calibrated votes decided.</p>
      )}
      <p>
        The real committee decided <strong>{r.recorded.label}</strong>.
      </p>
    </div>
  );
}
