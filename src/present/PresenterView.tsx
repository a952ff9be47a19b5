import { useEffect, useMemo, useState } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { Packet } from '../candidate/Packet';
import { TallyChart } from '../charts/TallyChart';
import { RoomOpener } from './RoomOpener';
import { readPresenterState } from '../session/presenterState';
import { deckOf, recordedReport, sessionCsv, START, type PresenterState, type Slide } from './deck';

const LETTERS = 'ABCDE';
const keyOf = (id: string) => `debrief.present.${id}`;

function download(name: string, type: string, text: string) {
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  a.click();
  URL.revokeObjectURL(a.href);
}

/** The facilitator's session state, shared with the notes window and kept across reloads. */
export function usePresenter(resolved: ResolvedScenario) {
  const key = keyOf(resolved.scenario.id);
  const [state, setState] = useState<PresenterState>(() => readPresenterState(key));
  const channel = useMemo(() => new BroadcastChannel(key), [key]);
  useEffect(() => {
    channel.onmessage = (e: MessageEvent<PresenterState>) => setState(e.data);
    return () => channel.close();
  }, [channel]);
  const update = (next: PresenterState) => {
    setState(next);
    localStorage.setItem(key, JSON.stringify(next));
    channel.postMessage(next);
  };
  return [state, update] as const;
}

/** Presenter view for a projector: one step per screen, answers and votes hidden until revealed, the room's votes charted. */
export function PresenterView({ resolved }: { resolved: ResolvedScenario }) {
  const report = useMemo(() => recordedReport(resolved), [resolved]);
  const deck = useMemo(() => deckOf(resolved, report), [resolved, report]);
  const [state, update] = usePresenter(resolved);
  const slide = deck[Math.min(state.index, deck.length - 1)]!;
  const revealed = state.revealed.includes(slide.id);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement) return;
      const go = (index: number) => update({ ...state, index: Math.max(0, Math.min(deck.length - 1, index)), blank: false });
      if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') go(state.index + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(state.index - 1);
      else if (e.key === 'r' || e.key === 'R') update({ ...state, revealed: revealed ? state.revealed.filter((r) => r !== slide.id) : [...state.revealed, slide.id] });
      else if (e.key === 'b' || e.key === 'B') update({ ...state, blank: !state.blank });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const setCount = (choice: string, n: number) => update({ ...state, tally: { ...state.tally, [slide.id]: { ...state.tally[slide.id], [choice]: Math.max(0, n) } } });
  const votable = slide.kind === 'prompt' || slide.kind === 'decision' ? slide.choices : null;
  const actual = slide.kind === 'prompt' ? slide.entry.option : slide.kind === 'decision' ? report.decision : '';

  if (state.blank) return <div className="presenter blank" aria-label="Screen blanked (press B)" />;
  return (
    <div className="presenter">
      <p className="presenter-progress" aria-live="polite">{resolved.scenario.title} · {state.index + 1} / {deck.length}</p>
      <main className="presenter-slide" aria-live="polite">
        <SlideBody slide={slide} resolved={resolved} report={report} revealed={revealed} />
        {votable && revealed && (
          <TallyChart choices={votable.map((c, i) => ({ id: c.id, label: slide.kind === 'prompt' ? (LETTERS[i] ?? '?') : c.text }))} counts={state.tally[slide.id] ?? {}} actual={actual} />
        )}
      </main>
      <Handout resolved={resolved} report={report} deck={deck} state={state} />
      <footer className="presenter-controls no-print">
        {votable && !revealed && (
          <fieldset className="tally-inputs">
            <legend>Room votes</legend>
            {votable.map((c, i) => (
              <label key={c.id}>
                {slide.kind === 'prompt' ? LETTERS[i] : c.text}
                <input type="number" min={0} value={state.tally[slide.id]?.[c.id] ?? 0} onChange={(e) => setCount(c.id, Number(e.target.value))} />
              </label>
            ))}
          </fieldset>
        )}
        <button type="button" onClick={() => update({ ...state, index: Math.max(0, state.index - 1) })}>← Back</button>
        {slide.kind !== 'title' && slide.kind !== 'lesson' && (
          <button type="button" className="primary" onClick={() => update({ ...state, revealed: [...state.revealed, slide.id] })} disabled={revealed}>Reveal (R)</button>
        )}
        <button type="button" onClick={() => update({ ...state, index: Math.min(deck.length - 1, state.index + 1) })}>Next →</button>
        <button type="button" onClick={() => update({ ...state, blank: true })}>Blank (B)</button>
        <a className="button" href={`#/play/${resolved.scenario.id}/notes`} target="_blank" rel="noreferrer">Notes window</a>
        <button type="button" onClick={() => download(`debrief-${resolved.scenario.id}-room.csv`, 'text/csv', sessionCsv(resolved, report, deck, state))}>Export CSV</button>
        <button type="button" onClick={() => download(`debrief-${resolved.scenario.id}-room.json`, 'application/json', JSON.stringify({ scenario: resolved.scenario.id, path: 'recorded', steps: report.transcript.map((t) => t.option), roomVotes: state.tally, outcome: { decision: report.decision, rulesFired: report.rulesFired } }, null, 2))}>Export JSON</button>
        <button type="button" onClick={() => window.print()}>Handout</button>
        <button type="button" onClick={() => update(START)}>Restart</button>
        <RoomOpener scenario={resolved.scenario.id} />
      </footer>
    </div>
  );
}

function SlideBody({ slide, resolved, report, revealed }: { slide: Slide; resolved: ResolvedScenario; report: ReturnType<typeof recordedReport>; revealed: boolean }) {
  const s = resolved.scenario;
  switch (slide.kind) {
    case 'title':
      return (
        <>
          <p className="eyebrow">{resolved.pack.title}</p>
          <h1>{s.title}</h1>
          <p className="big">{s.candidate.name}, for {s.role} ({s.level}). {s.candidate.background}</p>
        </>
      );
    case 'prompt':
      return (
        <>
          <p className="eyebrow">{slide.entry.round} · {slide.entry.interviewer}</p>
          <h1>{slide.entry.promptText}</h1>
          <ol className="presenter-options">
            {slide.choices.map((c, i) => (
              <li key={c.id} className={revealed && c.id === slide.entry.option ? 'chosen' : undefined}>
                <span className="letter">{LETTERS[i]}</span> {c.text}
                {revealed && c.id === slide.entry.option && <p className="said">What {s.candidate.name} said. The interviewer wrote: {c.note}</p>}
              </li>
            ))}
          </ol>
        </>
      );
    case 'packet':
      return (
        <>
          <h1>The packet</h1>
          {revealed ? <Packet cards={report.packet} /> : <p className="big">The scorecards are face down. Reveal when the room has said what they expect.</p>}
        </>
      );
    case 'decision':
      return (
        <>
          <h1>What did the committee decide?</h1>
          {revealed ? (
            <div className="big">
              <p><strong>{report.decisionLabel}</strong></p>
              <ul>{report.rulesFired.filter((f) => /^V/.test(f.rule)).map((f, i) => <li key={i}><span className="rule">{f.rule}</span> {f.by}: {f.reason}</li>)}</ul>
              <ul>{report.votes.map((v) => <li key={v.member}>{v.name}: {v.recommendation.replace('_', ' ')}</li>)}</ul>
            </div>
          ) : (
            <p className="big">Votes are sealed. Take the room's vote first.</p>
          )}
        </>
      );
    case 'lesson':
      return (
        <>
          <h1>The lesson</h1>
          <p className="big">{s.teaches}</p>
          <p>{s.summary}</p>
        </>
      );
  }
}

/** The printable handout: every question with the room's votes beside what happened, the decision, the lesson. */
function Handout({ resolved, report, deck, state }: { resolved: ResolvedScenario; report: ReturnType<typeof recordedReport>; deck: Slide[]; state: PresenterState }) {
  return (
    <section className="handout print-only" aria-hidden="true">
      <h1>{resolved.scenario.title}</h1>
      <p>{resolved.scenario.teaches}</p>
      {deck.map((slide) =>
        slide.kind === 'prompt' ? (
          <div key={slide.id} className="handout-item">
            <h2>{slide.entry.round}: {slide.entry.promptText}</h2>
            <ol>
              {slide.choices.map((c) => (
                <li key={c.id}>
                  {c.text} <strong>· room {state.tally[slide.id]?.[c.id] ?? 0}</strong>
                  {c.id === slide.entry.option && <em> · what {resolved.scenario.candidate.name} said ({c.note})</em>}
                  {c.coach && <div className="muted">Stronger: {c.coach}</div>}
                </li>
              ))}
            </ol>
          </div>
        ) : null,
      )}
      <h2>The committee decided: {report.decisionLabel}</h2>
      <ul>{report.rulesFired.filter((f) => /^V/.test(f.rule)).map((f, i) => <li key={i}>{f.rule}: {f.reason}</li>)}</ul>
      <p>{resolved.scenario.summary}</p>
    </section>
  );
}
