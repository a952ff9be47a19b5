import type { ReactNode } from 'react';
import type { RoomView } from './protocol';
import { SeatsResults } from './SeatsResults';
import './seats.css';

const HEADINGS = {
  private: "Take a member's seat",
  voting: 'The packet is open: every seat votes, sealed',
  revising: 'Revision round: revise or hold, with a reason',
  decided: 'The decision',
} as const;

const WHAT_NEXT = {
  private:
    "On your phone, choose a member's seat (or wait to be dealt one). You see that member's own scorecard first, alone.",
  voting: 'Read the whole packet on your phone and vote. Nobody sees a vote before the revision round.',
  revising: 'Each committee now sees its own sealed votes, seat by seat. Hold or revise, and say why.',
  decided: '',
} as const;

/** The big screen in a seated room: the seats and the count in each phase; the committees' decisions at the end. */
export function SeatsProjector({ view, aside }: { view: RoomView; aside: ReactNode }) {
  const seats = view.seats!;
  const phase = seats.phase;
  if (phase === 'decided')
    return (
      <section className="projector-slide seats-decided" aria-live="polite">
        <p className="eyebrow">
          Seated committee{seats.committees > 1 ? `s · ${seats.committees} in parallel` : ''} · decided by the
          scenario's rules
        </p>
        <SeatsResults seats={seats} />
      </section>
    );
  return (
    <div className="projector-body">
      <section className="projector-slide" aria-live="polite">
        <p className="eyebrow">
          {seats.committees > 1 ? `${seats.committees} committees in parallel` : 'Seated committee'} ·{' '}
          {seats.seats.length} seats
        </p>
        <h1>{HEADINGS[phase]}</h1>
        <p className="seats-next">{WHAT_NEXT[phase]}</p>
        <ul className="seats-list">
          {seats.seats.map((s) => (
            <li key={s.member}>
              <strong>{s.name}</strong>, {s.role}
              <span className="seats-muted"> · {s.round ? `interviewed: ${s.round}` : 'did not interview'}</span>
            </li>
          ))}
        </ul>
      </section>
      {aside}
    </div>
  );
}
