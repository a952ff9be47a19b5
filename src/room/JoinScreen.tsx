import { useEffect, useRef, useState, type FormEvent } from 'react';
import { displayCode, MAX_NAME, normalizeCode } from './codes';
import type { ServerMessage } from './protocol';
import { lightCheck } from './lightCheck';
import {
  deviceToken,
  readIdentity,
  readPending,
  saveIdentity,
  savePending,
  type Identity,
  type PendingVote,
} from './identity';
import { useRoom } from './useRoom';
import { TallyBars } from '../shared/TallyBars';
import { ExercisePhone } from './ExercisePhone';
import { PhoneOptions } from './PhoneOptions';
import { SeatPhone } from './SeatPhone';

const LETTERS = 'ABCDEFGH';

type Pending = PendingVote;

type Found = Extract<ServerMessage, { t: 'peek' }>;

/**
 * The participant's phone: type the code (or arrive by the QR), learn at once whether the room is
 * open, join with a name, vote in big buttons, change it until the reveal, then see how the room voted.
 */
export function JoinScreen({ initialCode }: { initialCode: string }) {
  const [code, setCode] = useState(() => normalizeCode(initialCode));
  const [identity, setIdentity] = useState<Identity | null>(() => (code ? readIdentity(code) : null));
  const [joining, setJoining] = useState(identity !== null);
  const [found, setFound] = useState<Found | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [removed, setRemoved] = useState(false);
  const [name, setName] = useState('');
  const [you, setYou] = useState<Extract<ServerMessage, { t: 'you' }> | null>(null);
  const [pending, setPendingState] = useState<Pending | null>(() => (code ? readPending(code) : null));
  const setPending = (p: Pending | null) => {
    setPendingState(p);
    state.current.pending = p;
    savePending(state.current.code, p);
  };
  const [notice, setNotice] = useState<string | null>(null);
  const [acked, setAcked] = useState<{ id: number; refused: string | null } | null>(null);
  const [welcomed, setWelcomed] = useState(0);
  const [storageWarning, setStorageWarning] = useState(false);
  // Ids only need to differ from the last unacknowledged one, also across a reload.
  const seq = useRef(pending?.id ?? Date.now() % 1_000_000);
  const state = useRef({ code, identity, joining, name, pending });
  state.current = { code, identity, joining, name, pending };

  const room = useRoom(
    lightCheck,
    () => {
      const s = state.current;
      if (!s.code) return null;
      // Before anyone types a name, only ask whether the room is there and open.
      if (!s.joining) return { t: 'peek', code: s.code };
      const device = deviceToken();
      return s.identity
        ? { t: 'join', code: s.code, pid: s.identity.pid, token: s.identity.token, ...(device ? { device } : {}) }
        : { t: 'join', code: s.code, name: s.name, ...(device ? { device } : {}) };
    },
    (msg) => {
      const s = state.current;
      // The exercise's sealed sheets: the phone shows when one is in, or why it was refused.
      if (msg.t === 'ack') setAcked({ id: msg.id, refused: null });
      if (msg.t === 'error' && msg.id !== undefined) setAcked({ id: msg.id, refused: msg.message });
      if (msg.t === 'peek') {
        setFound(msg);
        setCodeError(null);
        // A look-alike typed code finds the room under its real code: show and remember that one.
        if (msg.code !== s.code) {
          history.replaceState(null, '', `/j/${msg.code}`);
          setCode(msg.code);
          state.current.code = msg.code;
        }
      } else if (msg.t === 'welcome' && msg.pid) {
        setWelcomed((n) => n + 1);
        if (msg.token) {
          const id = { pid: msg.pid, token: msg.token, name: msg.name ?? '' };
          setStorageWarning(!saveIdentity(s.code, id));
          setIdentity(id);
          state.current.identity = id;
        }
        // A vote sent while the server was away goes again now that it is back.
        if (s.pending)
          room.send({
            t: 'vote',
            id: s.pending.id,
            step: s.pending.step,
            choice: s.pending.choice,
            veto: s.pending.veto,
          });
      } else if (msg.t === 'you') setYou(msg);
      else if (msg.t === 'ack' && s.pending?.id === msg.id) setPending(null);
      else if (msg.t === 'error' && msg.id !== undefined && s.pending?.id === msg.id) {
        setPending(null);
        setNotice(msg.message);
      } else if (msg.t === 'error' && msg.code === 'unknown_code') {
        setJoining(false);
        state.current.joining = false;
        setFound(null);
        setCodeError(msg.message);
      } else if (msg.t === 'error' && msg.code === 'removed') setRemoved(true);
      else if (msg.t === 'error' && msg.code === 'closed') setFound((f) => (f ? { ...f, open: false } : f));
    },
  );

  const view = room.view;
  const error = room.error;
  // After a reveal the result is below the answers: bring it into view once per step.
  const revealedStep = view?.reveal ? view.step?.id : null;
  useEffect(() => {
    if (revealedStep) document.querySelector('.join-reveal')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [revealedStep]);

  const submitCode = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const typed = normalizeCode(String(new FormData(e.currentTarget).get('code') ?? ''));
    if (!typed) return;
    history.replaceState(null, '', `/j/${typed}`);
    const id = readIdentity(typed);
    setCode(typed);
    setIdentity(id);
    setFound(null);
    setCodeError(null);
    state.current = { ...state.current, code: typed, identity: id, joining: id !== null };
    setJoining(id !== null);
    room.rehello();
  };

  const join = (e: FormEvent) => {
    e.preventDefault();
    state.current.joining = true;
    setJoining(true);
    room.rehello();
  };

  const vote = (choice: string, veto: boolean) => {
    if (!view?.step || view.status !== 'voting') return;
    const p = { id: ++seq.current, step: view.step.id, choice, veto };
    setPending(p);
    setNotice(null);
    state.current.pending = p;
    room.send({ t: 'vote', ...p });
  };

  if (removed)
    return (
      <main className="join">
        <h1>You were removed from this room</h1>
        <p>The facilitator took you out of the session. Ask them if this was a mistake.</p>
      </main>
    );
  if (!code || codeError) return <CodeForm code={code} problem={codeError} onSubmit={submitCode} />;
  if (error?.code === 'closed' || view?.status === 'closed' || (found && !found.open && !view)) {
    return (
      <main className="join">
        <p className="join-code">Room {displayCode(code)}</p>
        <h1>This room is closed</h1>
        <p>Thank you for taking part. The facilitator has the results.</p>
        <p>
          <a href="/j">Join another room</a>
        </p>
      </main>
    );
  }
  if (error && !view && error.code !== 'unknown_code') {
    return (
      <main className="join">
        <p className="join-error" role="alert">
          {error.message}
        </p>
      </main>
    );
  }
  if (!joining) {
    if (!found)
      return (
        <main className="join" aria-busy="true">
          <p className="join-code">Room {displayCode(code)}</p>
          <p className="join-wait" role="status">
            {room.connection === 'offline' ? 'Cannot reach the room server: retrying…' : 'Finding the room…'}
          </p>
        </main>
      );
    return (
      <main className="join">
        <p className="join-code">Room {displayCode(code)}</p>
        <h1>{found.title}</h1>
        <form onSubmit={join} className="join-form">
          <label>
            Your name (optional)
            <input
              value={name}
              maxLength={MAX_NAME}
              onChange={(e) => setName(e.target.value)}
              autoComplete="nickname"
            />
          </label>
          <button type="submit" className="join-primary" disabled={room.connection !== 'open'}>
            Join
          </button>
        </form>
      </main>
    );
  }

  const step = view?.step ?? null;
  const mine = pending && pending.step === step?.id ? pending : you && you.step === step?.id ? you.vote : null;
  const open = view?.status === 'voting';
  return (
    <main className="join" aria-busy={!view}>
      <p className="join-status">
        <span>
          Room {displayCode(code)}
          {identity?.name ? ` · ${identity.name}` : ''}
        </span>
        <span className={`join-conn join-conn-${room.connection}`} role="status">
          {room.connection === 'open' ? 'Connected' : room.connection === 'offline' ? 'Reconnecting…' : 'Connecting…'}
        </span>
      </p>
      {storageWarning && (
        <p className="join-error">This browser will not keep your place: a reload would join you as someone new.</p>
      )}
      {!view || view.status === 'lobby' ? (
        <>
          <h1>{view?.title ?? 'Joining…'}</h1>
          <p className="join-wait">You are in. The first question appears here when the facilitator starts.</p>
        </>
      ) : view.blank ? (
        <p className="join-wait">The facilitator has paused the screen.</p>
      ) : view.exercise ? (
        <ExercisePhone view={view} you={you} send={room.send} acked={acked} />
      ) : view.seats ? (
        <SeatPhone view={view} you={you} send={room.send} acked={acked} welcomed={welcomed} />
      ) : step ? (
        <>
          <p className="join-heading">{step.heading}</p>
          <h1>{step.text}</h1>
          {step.body.length > 0 && (
            <ul className="join-body">
              {step.body.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          {step.options.length > 0 && (
            <PhoneOptions
              options={step.options}
              chosen={mine?.choice ?? null}
              disabled={!open}
              onChoose={(id) => vote(id, mine?.veto ?? false)}
            />
          )}
          {step.asksVeto && (
            <label className="join-veto">
              <input
                type="checkbox"
                checked={mine?.veto ?? false}
                disabled={!open || !mine}
                onChange={(e) => mine && vote(mine.choice, e.target.checked)}
              />
              I would veto this hire
            </label>
          )}
          <p className="join-note" role="status">
            {notice ??
              (view.status === 'locked'
                ? 'Voting is locked.'
                : view.status === 'revealed'
                  ? mine
                    ? 'Votes are in. Here is how the room voted.'
                    : 'Votes are in; you did not vote on this one.'
                  : view.status === 'voting'
                    ? pending
                      ? 'Sending your vote…'
                      : mine
                        ? 'Vote counted. You can change it until the reveal.'
                        : 'Tap an answer to vote.'
                    : '')}
          </p>
          {view.reveal && <Reveal view={view} />}
        </>
      ) : null}
    </main>
  );
}

function Reveal({ view }: { view: NonNullable<ReturnType<typeof useRoom>['view']> }) {
  const step = view.step!;
  const r = view.reveal!;
  const label = (id: string | null) => {
    const i = step.options.findIndex((o) => o.id === id);
    // The answers are right above: the letter is enough.
    return i < 0 ? '' : (LETTERS[i] ?? '');
  };
  return (
    <section className="join-reveal" aria-label="How the room voted">
      <TallyBars options={step.options} tally={r.tally} recorded={step.kind === 'prompt' ? r.recorded : null} />
      {step.kind === 'prompt' && (
        <p>
          {r.recorded ? (
            <>
              What the real candidate said: <strong>{label(r.recorded)}</strong>
            </>
          ) : (
            'The real candidate never reached this question.'
          )}
        </p>
      )}
      {step.kind === 'prompt' && r.winner && (
        <p>
          The room answered <strong>{label(r.winner)}</strong>. The interviewer wrote:{' '}
          {r.notes.find((n) => n.id === r.winner)?.note}
        </p>
      )}
      {r.outcome && (
        <p>
          {step.kind === 'decision' ? (
            <>
              The room's path ended in <strong>{r.outcome.label}</strong>; the real committee decided{' '}
              <strong>{r.outcome.recordedLabel}</strong>.
            </>
          ) : (
            <>
              The real committee decided <strong>{r.outcome.recordedLabel}</strong>.
            </>
          )}
        </p>
      )}
    </section>
  );
}

function CodeForm({
  code,
  problem,
  onSubmit,
}: {
  code: string;
  problem: string | null;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <main className="join">
      <h1>Join a Debrief room</h1>
      {problem && (
        <p className="join-error" role="alert">
          {problem}
        </p>
      )}
      <form onSubmit={onSubmit} className="join-form">
        <label>
          Room code
          <input
            name="code"
            // The one thing to do on this page: the keyboard is up at once.
            // biome-ignore lint/a11y/noAutofocus: the page exists to type this code
            autoFocus
            autoCapitalize="characters"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            inputMode="text"
            defaultValue={code ? displayCode(code) : ''}
            placeholder="ABCD-2345"
          />
        </label>
        <p className="join-hint">Case, spaces and dashes do not matter.</p>
        <button type="submit" className="join-primary">
          Find the room
        </button>
      </form>
    </main>
  );
}
