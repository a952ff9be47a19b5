import { useState } from 'react';
import type { ClientMessage, RoomView } from './protocol';
import { RoomFiles } from './RoomFiles';
import { SeatsResults } from './SeatsResults';
import './seats.css';

type Action = Extract<ClientMessage, { t: 'control' }>['action'];
export type SeatsExport = 'committees-csv' | 'committees-json';

/**
 * The facilitator's controls for a seated room: deal the room into committees (or let people
 * choose), unseal the packet, open the revision round, have the kernel decide; who sits where and
 * who has voted and revised (never what); the exports, anonymous unless names are asked for.
 */
export function SeatsFacilitator({
  view,
  act,
  send,
  exportAs,
  names,
  setNames,
  notice,
}: {
  view: RoomView;
  /** The server's refusal of the facilitator's last move, if any. */
  notice: string | null;
  act: (action: Action) => void;
  send: (msg: ClientMessage) => void;
  exportAs: (kind: SeatsExport | 'print') => void;
  names: boolean;
  setNames: (on: boolean) => void;
}) {
  const seats = view.seats!;
  const f = seats.facilitator!;
  const phase = seats.phase;
  const closed = view.status === 'closed';
  const fits = Math.max(1, Math.floor(view.participants / Math.max(1, seats.seats.length)));
  const [committees, setCommittees] = useState<number | null>(null);
  const want = committees ?? fits;
  const unseated = f.sits.filter((s) => s.seat === null);
  return (
    <>
      <nav className="facilitator-controls" aria-label="Seat controls">
        {view.status === 'lobby' ? (
          <button type="button" className="primary" onClick={() => act('start')}>
            Start (→)
          </button>
        ) : (
          <>
            <label className="seats-deal">
              Committees of {seats.seats.length}{' '}
              <input
                type="number"
                min={1}
                max={Math.max(1, fits)}
                value={want}
                disabled={phase !== 'private'}
                onChange={(e) => setCommittees(Math.max(1, Math.floor(Number(e.target.value) || 1)))}
              />
            </label>
            <button
              type="button"
              onClick={() => send({ t: 'deal', committees: want })}
              disabled={phase !== 'private' || view.participants === 0}
            >
              Deal the seats
            </button>
            <button
              type="button"
              className={phase === 'private' ? 'primary' : undefined}
              onClick={() => act('unseal')}
              disabled={phase !== 'private' || f.problem !== null}
              title={phase === 'private' ? (f.problem ?? undefined) : undefined}
            >
              Unseal the packet
            </button>
            <button
              type="button"
              className={phase === 'voting' ? 'primary' : undefined}
              onClick={() => act('reveal')}
              disabled={phase !== 'voting' || f.problem !== null}
              title={phase === 'voting' ? (f.problem ?? undefined) : undefined}
            >
              Open the revision round (R)
            </button>
            <button
              type="button"
              className={phase === 'revising' ? 'primary' : undefined}
              onClick={() => act('decide')}
              disabled={phase !== 'revising' || f.problem !== null}
              title={phase === 'revising' ? (f.problem ?? undefined) : undefined}
            >
              Decide
            </button>
          </>
        )}
      </nav>
      <RoomFiles
        exports={[
          { kind: 'committees-csv' as const, label: 'Committees CSV' },
          { kind: 'committees-json' as const, label: 'Committees JSON' },
        ]}
        onExport={exportAs}
        names={{ on: names, set: setNames }}
        closed={closed}
        onClose={() => act('close')}
      />
      {notice && (
        <p className="facilitator-notice" role="alert">
          {notice}
        </p>
      )}
      {f.problem && view.status !== 'lobby' && (
        <p className="facilitator-notice" role="status">
          Before the next step: {f.problem}.
        </p>
      )}
      {view.status !== 'lobby' && (
        <section className="facilitator-step" aria-label="Who sits where">
          <p className="eyebrow">
            {view.votesIn} of {view.participants}{' '}
            {phase === 'private' ? 'seated' : phase === 'voting' ? 'voted' : 'revised or held'}
          </p>
          {phase === 'decided' ? (
            <SeatsResults seats={seats} />
          ) : (
            <div className="seats-grid">
              {Array.from({ length: seats.committees }, (_, c) => (
                <table key={c} className="facilitator-tally">
                  <caption>Committee {c + 1}</caption>
                  <tbody>
                    {seats.seats.map((s) => {
                      const people = f.sits.filter((x) => x.committee === c && x.seat === s.member);
                      return (
                        <tr key={s.member}>
                          <th scope="row">
                            {s.name} <span className="seats-muted">{s.role}</span>
                          </th>
                          <td>
                            {people.length
                              ? people.map((p) => `${p.name}${p.revised ? ' ✓✓' : p.voted ? ' ✓' : ''}`).join(', ')
                              : 'empty: its own scorecard votes'}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              ))}
              {unseated.length > 0 && (
                <p>No seat yet: {unseated.map((p) => p.name).join(', ')}. Deal the seats, or ask them to choose one.</p>
              )}
              <p className="seats-muted">✓ voted, ✓✓ revised or held. What each seat voted stays sealed.</p>
            </div>
          )}
        </section>
      )}
    </>
  );
}
