import { displayCode, type RoomView } from './protocol';
import { useRoom } from './useRoom';
import { zodCheck } from './zodCheck';
import { TallyBars } from '../shared/TallyBars';
import { ExerciseProjector } from './ExerciseProjector';
import { SeatsProjector } from './SeatsProjector';

const SEATS_COUNT = {
  private: 'seated',
  voting: 'voted',
  revising: 'revised or held',
  decided: 'revised or held',
} as const;

const LETTERS = 'ABCDEFGH';

/** The join code and QR code, as large as the screen allows. */
function JoinPanel({ view, qr, big }: { view: RoomView; qr: string | null; big?: boolean }) {
  return (
    <aside className={big ? 'projector-join big' : 'projector-join'} aria-label="How to join">
      {qr && (
        <img
          className="projector-qr"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr)}`}
          alt={`QR code for ${view.joinUrl}`}
        />
      )}
      <p>
        Join at <strong>{view.joinUrl.replace(/^https?:\/\//, '').replace(/\/j\/.*$/, '/j/…')}</strong>
      </p>
      <p className="projector-code">{displayCode(view.code)}</p>
    </aside>
  );
}

/** What the room sees on the big screen: the question, the code, how many have voted; the tally only after the reveal. */
export function ProjectorScreen({ code }: { code: string }) {
  const room = useRoom(zodCheck, () => ({ t: 'watch', code }));
  const { view, error, qr } = room;
  if (error && !view)
    return (
      <main className="projector projector-message" role="alert">
        <h1>{error.message}</h1>
      </main>
    );
  if (!view)
    return (
      <main className="projector projector-message">
        <p role="status">Connecting to room {displayCode(code)}…</p>
      </main>
    );
  if (view.status === 'closed')
    return (
      <main className="projector projector-message">
        <h1>The room is closed. Thank you!</h1>
      </main>
    );
  if (view.blank) return <main className="projector blank" aria-label="Screen blanked" />;
  const step = view.step;
  return (
    <main className="projector">
      <header className="projector-top">
        <span>{view.title}</span>
        <span role="status" aria-live="polite" className="projector-count">
          {room.connection !== 'open' ? 'Reconnecting… · ' : ''}
          {view.exercise
            ? `${view.exercise.sheetsIn} of ${view.participants} scored`
            : view.seats && view.status !== 'lobby'
              ? `${view.votesIn} of ${view.participants} ${SEATS_COUNT[view.seats.phase]}`
              : step?.options.length
                ? `${view.votesIn} of ${view.participants} voted`
                : `${view.participants} joined`}
        </span>
      </header>
      {view.exercise ? (
        <ExerciseProjector view={view} aside={<JoinPanel view={view} qr={qr} />} />
      ) : view.seats && view.status !== 'lobby' ? (
        <SeatsProjector view={view} aside={<JoinPanel view={view} qr={qr} />} />
      ) : view.status === 'lobby' || !step ? (
        <section className="projector-lobby">
          <h1>{view.title}</h1>
          <JoinPanel view={view} qr={qr} big />
        </section>
      ) : (
        <div className="projector-body">
          <section className="projector-slide" aria-live="polite">
            <p className="eyebrow">{step.heading}</p>
            <h1>{step.text}</h1>
            {step.body.length > 0 && (
              <ul className="projector-lines">
                {step.body.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            )}
            {view.reveal ? (
              <Revealed view={view} />
            ) : (
              step.options.length > 0 && (
                <ol className="projector-options">
                  {step.options.map((o, i) => (
                    <li key={o.id}>
                      <span className="letter">{LETTERS[i]}</span> {o.text}
                    </li>
                  ))}
                </ol>
              )
            )}
            {view.status === 'locked' && <p className="projector-flag">Voting is locked</p>}
          </section>
          <JoinPanel view={view} qr={qr} />
        </div>
      )}
    </main>
  );
}

function Revealed({ view }: { view: RoomView }) {
  const step = view.step!;
  const r = view.reveal!;
  const letter = (id: string | null) => LETTERS[step.options.findIndex((o) => o.id === id)] ?? '';
  const text = (id: string | null) => step.options.find((o) => o.id === id)?.text ?? '';
  return (
    <div className="projector-reveal">
      <TallyBars
        options={step.options}
        tally={r.tally}
        recorded={step.kind === 'prompt' ? r.recorded : null}
        names={step.kind !== 'prompt'}
      />
      {step.kind === 'prompt' && (
        <ol className="projector-options compact">
          {step.options.map((o, i) => (
            <li key={o.id} className={o.id === r.recorded ? 'chosen' : undefined}>
              <span className="letter">{LETTERS[i]}</span> {o.text}
            </li>
          ))}
        </ol>
      )}
      {step.kind === 'prompt' && (
        <p className="projector-said">
          {r.winner ? (
            <>
              The room answered <strong>{letter(r.winner)}</strong>
              {r.recorded && r.winner !== r.recorded
                ? `; the real candidate said ${letter(r.recorded)}`
                : r.recorded
                  ? ', as the real candidate did'
                  : ''}
              .{' '}
            </>
          ) : r.tied.length ? (
            <>The room is tied between {r.tied.map(letter).join(' and ')}: the facilitator decides. </>
          ) : null}
          {r.winner && <>The interviewer wrote: {r.notes.find((n) => n.id === r.winner)?.note}</>}
          {!r.recorded && ' The real candidate never reached this question.'}
        </p>
      )}
      {step.kind === 'decision' && r.outcome && (
        <p className="projector-said">
          The room's path ended in <strong>{r.outcome.label}</strong>
          {r.outcome.rules.length ? ` (${r.outcome.rules.map((f) => `${f.rule}: ${f.reason}`).join('; ')})` : ''}. The
          real committee decided <strong>{r.outcome.recordedLabel}</strong>.
        </p>
      )}
      {step.kind === 'recommend' && r.committee && (
        <div className="projector-committee">
          <h2>The real committee</h2>
          <ul>
            {r.committee.votes.map((v) => (
              <li key={v.name}>
                {v.name} ({v.role}): {text(v.recommendation) || v.recommendation}, calibrated {v.calibrated.toFixed(1)}
              </li>
            ))}
          </ul>
          <p>
            Calibrated consensus {r.committee.consensus === null ? '—' : r.committee.consensus.toFixed(2)} · decided{' '}
            <strong>{r.outcome?.recordedLabel}</strong>
          </p>
          <p>
            {r.vetoes} in the room would veto{r.vetoers ? `: ${r.vetoers.join(', ') || '—'}` : ''}
          </p>
        </div>
      )}
    </div>
  );
}
