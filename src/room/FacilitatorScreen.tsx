import { useEffect, useRef, useState, type FormEvent } from 'react';
import { download } from '../export/csv';
import { displayCode, type ClientMessage, type RoomReport } from './protocol';
import { readSecret, saveSecret } from './openRoom';
import { useRoom } from './useRoom';
import { zodCheck } from './zodCheck';
import { roomCsv } from './export';
import { Handout } from './Handout';
import { ExerciseFacilitator, type ExerciseExport } from './ExerciseFacilitator';
import { exerciseJson, iccCsv, ratingsCsv } from './exerciseExport';
import { SeatsFacilitator, type SeatsExport } from './SeatsFacilitator';
import { seatsCsv, seatsJson } from './seatsExport';
import { RoomFiles } from './RoomFiles';

const LETTERS = 'ABCDEFGH';
const MODE_WORDS = {
  path: 'the room answers for the candidate',
  committee: 'the room sits as the committee',
  calibration: 'calibration exercise: the room scores answers, sealed',
  seats: "each person takes a member's seat, in one committee or several",
} as const;
type Action = Extract<ClientMessage, { t: 'control' }>['action'];
const ROOM_EXPORTS = [
  { kind: 'csv', label: 'Export CSV' },
  { kind: 'json', label: 'Export JSON' },
] as const;

/** The facilitator's window: the room's controls, the live tally and the notes, never shown on the projector. */
export function FacilitatorScreen({ code }: { code: string }) {
  // A host link carries the key in the fragment (never sent to any server): keep it here, then take it out of the address bar.
  const [secret, setSecret] = useState(() => {
    const fromLink = keyInLink();
    if (fromLink) {
      saveSecret(code, fromLink);
      history.replaceState(null, '', `#/room/${code}/facilitator`);
    }
    return fromLink ?? readSecret(code);
  });
  const [host, setHost] = useState<{ url: string; qr: string } | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [report, setReport] = useState<RoomReport | null>(null);
  const wantExport = useRef<null | 'csv' | 'json' | 'print' | ExerciseExport | SeatsExport>(null);
  const [names, setNames] = useState(false);
  const namesRef = useRef(names);
  namesRef.current = names;
  const room = useRoom(
    zodCheck,
    () => (secret ? { t: 'facilitate', code, secret } : null),
    (msg) => {
      if (msg.t === 'error' && msg.code === 'refused') setNotice(msg.message);
      // Another host revoked this window's key, or the key this browser holds is not the room's.
      if (
        msg.t === 'error' &&
        (msg.code === 'revoked' || (msg.code === 'forbidden' && /facilitator key/.test(msg.message)))
      )
        setRevoked(msg.message);
      if (msg.t === 'welcome' && msg.host) {
        setHost(msg.host);
        setRevoked(null);
      }
      if (msg.t === 'rekeyed') {
        saveSecret(code, msg.secret);
        setSecret(msg.secret);
      }
      if (msg.t === 'state') setNotice(null);
      if (msg.t === 'export') {
        setReport(msg.report);
        const kind = wantExport.current;
        wantExport.current = null;
        if (kind === 'csv') download(`debrief-room-${code}.csv`, 'text/csv', roomCsv(msg.report));
        if (kind === 'json')
          download(`debrief-room-${code}.json`, 'application/json', JSON.stringify(msg.report, null, 2));
        if (kind === 'print') setTimeout(() => window.print(), 50);
        const seats = msg.report.seats;
        if (seats && kind === 'committees-csv')
          download(`debrief-committees-${code}.csv`, 'text/csv', seatsCsv(seats, { names: namesRef.current }));
        if (seats && kind === 'committees-json')
          download(
            `debrief-committees-${code}.json`,
            'application/json',
            seatsJson(seats, { names: namesRef.current }),
          );
        const ex = msg.report.exercise;
        if (ex && kind === 'ratings')
          download(`debrief-ratings-${code}.csv`, 'text/csv', ratingsCsv(ex.ratings, { names: namesRef.current }));
        if (ex && kind === 'icc') download(`debrief-icc-${code}.csv`, 'text/csv', iccCsv(passTables(ex.icc)));
        if (ex && kind === 'exercise-json')
          download(
            `debrief-exercise-${code}.json`,
            'application/json',
            exerciseJson(
              { ratings: ex.ratings, passes: passTables(ex.icc), committees: [] },
              { names: namesRef.current },
            ),
          );
      }
    },
  );
  const { view } = room;
  const act = (action: Action, choice?: string) => room.send({ t: 'control', action, ...(choice ? { choice } : {}) });
  const exportAs = (kind: 'csv' | 'json' | 'print' | ExerciseExport | SeatsExport) => {
    wantExport.current = kind;
    room.send({ t: 'export' });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || !view || view.status === 'closed') return;
      const key = e.key.toLowerCase();
      if (key === 'arrowright' || key === 'pagedown') act(view.status === 'lobby' ? 'start' : 'next');
      else if (key === 'arrowleft' || key === 'pageup') act('back');
      else if (key === 'r') act('reveal');
      else if (key === 'b') act('blank');
      else if (key === 'l') act(view.status === 'locked' ? 'unlock' : 'lock');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!secret)
    return (
      <KeyForm
        code={code}
        onKey={(s) => {
          saveSecret(code, s);
          setSecret(s);
          room.rehello();
        }}
      />
    );
  if (revoked)
    return (
      <KeyForm
        code={code}
        problem={revoked}
        onKey={(s) => {
          saveSecret(code, s);
          setSecret(s);
          setRevoked(null);
          room.rehello();
        }}
      />
    );
  if (!view)
    return (
      <main className="page facilitator" role="status">
        {room.error?.message ?? `Connecting to room ${displayCode(code)}…`}
      </main>
    );

  const f = view.facilitator!;
  const step = view.step;
  const closed = view.status === 'closed';
  const tied = view.reveal?.tied ?? [];
  return (
    <main className="page facilitator">
      <header className="facilitator-top">
        <div>
          <p className="eyebrow">
            Room {displayCode(view.code)} · {MODE_WORDS[view.mode]}
          </p>
          <h1>{view.title}</h1>
        </div>
        <p className="facilitator-live" role="status">
          <span className={`conn conn-${room.connection}`}>
            {room.connection === 'open' ? 'Live' : 'Reconnecting…'}
          </span>{' '}
          · {view.participants} joined{view.seats ? '' : ` · step ${view.position || '—'}`} · {view.status}
          {view.blank ? ' · screen blank' : ''}
        </p>
        <button
          type="button"
          onClick={() =>
            window.open(`#/room/${view.code}`, `debrief-projector-${view.code}`, 'popup,width=1366,height=768')
          }
        >
          Open projector window
        </button>
      </header>

      {view.exercise ? (
        <ExerciseFacilitator view={view} act={act} exportAs={exportAs} names={names} setNames={setNames} />
      ) : view.mode === 'seats' ? (
        <SeatsFacilitator
          view={view}
          act={act}
          send={room.send}
          exportAs={exportAs}
          names={names}
          setNames={setNames}
          notice={notice}
        />
      ) : (
        <>
          <nav className="facilitator-controls" aria-label="Room controls">
            {view.status === 'lobby' ? (
              <button type="button" className="primary" onClick={() => act('start')}>
                Start (→)
              </button>
            ) : (
              <>
                <button type="button" onClick={() => act('back')} disabled={!f.canBack}>
                  ← Back
                </button>
                <button
                  type="button"
                  className="primary"
                  onClick={() => act('reveal')}
                  disabled={!step?.options.length || view.status === 'revealed' || view.votesIn === 0 || closed}
                  title={view.votesIn === 0 ? 'No votes yet' : undefined}
                >
                  Reveal (R){view.votesIn === 0 && step?.options.length ? ' · no votes yet' : ''}
                </button>
                <button
                  type="button"
                  onClick={() => act(view.status === 'locked' ? 'unlock' : 'lock')}
                  disabled={view.status !== 'voting' && view.status !== 'locked'}
                >
                  {view.status === 'locked' ? 'Unlock voting (L)' : 'Lock voting (L)'}
                </button>
                <button
                  type="button"
                  onClick={() => act('next')}
                  disabled={f.nextProblem !== null}
                  title={f.nextProblem ?? undefined}
                >
                  Next →
                </button>
                <button type="button" onClick={() => act('blank')} disabled={closed}>
                  {view.blank ? 'Unblank (B)' : 'Blank (B)'}
                </button>
                {step?.asksVeto && (
                  <button type="button" onClick={() => act('vetoes')} disabled={view.status !== 'revealed'}>
                    Reveal who would veto
                  </button>
                )}
              </>
            )}
          </nav>
          <RoomFiles exports={ROOM_EXPORTS} onExport={exportAs} closed={closed} onClose={() => act('close')} />
          {(notice || (f.nextProblem && view.status === 'revealed')) && (
            <p className="facilitator-notice" role="alert">
              {notice ?? f.nextProblem}
            </p>
          )}

          {step ? (
            <section className="facilitator-step" aria-label="This step">
              <p className="eyebrow">{step.heading}</p>
              <h2>{step.text}</h2>
              {step.body.length > 0 && (
                <ul>
                  {step.body.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              )}
              {step.options.length > 0 && (
                <table className="facilitator-tally">
                  <thead>
                    <tr>
                      <th scope="col">Answer</th>
                      <th scope="col">Votes</th>
                      <th scope="col">Notes</th>
                    </tr>
                  </thead>
                  <tbody>
                    {f.options.map((o, i) => (
                      <tr key={o.id} className={o.id === f.recorded ? 'recorded' : undefined}>
                        <th scope="row">
                          <span className="letter">{LETTERS[i]}</span> {o.text}
                          {o.id === f.recorded ? (step.kind === 'prompt' ? ' (what happened)' : ' (decided)') : ''}
                        </th>
                        <td className="num">{f.tally[i]?.votes ?? 0}</td>
                        <td>
                          {o.note}
                          {o.coach ? (
                            <>
                              <br />
                              <span className="muted">Stronger: {o.coach}</span>
                            </>
                          ) : null}
                          {tied.includes(o.id) && (
                            <>
                              <br />
                              <button type="button" onClick={() => act('tiebreak', o.id)}>
                                Break the tie: {LETTERS[i]}
                              </button>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {step.asksVeto && (
                <p>
                  Would veto: {f.vetoers.length} {f.vetoers.length ? `(${f.vetoers.join(', ')})` : ''}
                </p>
              )}
            </section>
          ) : (
            <p>People join with the code on the projector. Press Start when the room is in.</p>
          )}
        </>
      )}
      <details className="facilitator-people">
        <summary>
          Who joined ({f.people.length}){f.removed ? ` · ${f.removed} removed` : ''}
        </summary>
        <ul>
          {f.people.map((p) => (
            <li key={p.pid}>
              <span>{p.name}</span>
              {step?.options.length ? <span className="muted">{p.voted ? ' · voted' : ' · not voted'}</span> : null}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${p.name}`}
                onClick={() =>
                  window.confirm(`Remove ${p.name} from the room? Their votes leave every tally.`) &&
                  room.send({ t: 'control', action: 'remove', pid: p.pid })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      </details>
      {host && (
        <details className="facilitator-host">
          <summary>Run this room from another device</summary>
          <p>
            Open this link or scan the code on a second laptop or a phone: it carries the facilitator key, so share it
            with co-hosts only. It is never shown on the projector.
          </p>
          <img className="facilitator-host-qr" src={`data:image/svg+xml;utf8,${encodeURIComponent(host.qr)}`} alt="" />
          <p>
            <input className="facilitator-host-link" readOnly value={host.url} aria-label="Host link" />{' '}
            <button type="button" onClick={() => void navigator.clipboard?.writeText(host.url)}>
              Copy link
            </button>
          </p>
          <button
            type="button"
            className="danger"
            onClick={() =>
              window.confirm(
                'Revoke every other host? Other windows and host links stop working; this one keeps the room.',
              ) && room.send({ t: 'control', action: 'rekey' })
            }
          >
            Revoke other hosts
          </button>
        </details>
      )}
      <p className="muted">
        {view.seats
          ? 'Keys here: R opens the revision round. The projector window shows the seats and the counts, never a vote, until the committees have decided.'
          : 'Keys here: → next, ← back, R reveal, L lock, B blank. The projector window shows only the question, the code and the count until you reveal.'}
      </p>
      {report && <Handout report={report} />}
    </main>
  );
}

/** The key a host link carries: #/room/CODE/facilitator?key=… */
function keyInLink(): string | null {
  const query = location.hash.split('?')[1];
  const key = query ? new URLSearchParams(query).get('key') : null;
  return key?.trim() || null;
}

function KeyForm({ code, problem, onKey }: { code: string; problem?: string; onKey: (secret: string) => void }) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const s = String(new FormData(e.currentTarget).get('secret') ?? '').trim();
    if (s) onKey(s);
  };
  return (
    <main className="page facilitator">
      <h1>Facilitator key needed for room {displayCode(code)}</h1>
      {problem && <p role="alert">{problem}</p>}
      <p>
        This browser has no key for the room. Open the room from the presenter view on the laptop that created it, or
        paste its key here.
      </p>
      <form onSubmit={submit}>
        <label>
          Facilitator key <input name="secret" autoComplete="off" />
        </label>{' '}
        <button type="submit">Use key</button>
      </form>
    </main>
  );
}

/** The export's ICC rows as the CSV writer's tables (a pass without a table, too few raters, is left out). */
function passTables(icc: NonNullable<RoomReport['exercise']>['icc']) {
  return icc.flatMap((p) =>
    p.icc1 && p.icc2 && p.icc3
      ? [
          {
            pass: p.pass,
            table: { icc1: p.icc1, icc2: p.icc2, icc3: p.icc3, targets: p.targets, raters: p.raters, level: 0.95 },
          },
        ]
      : [],
  );
}
