import { useEffect, useMemo, useState } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { decidingFirings } from '../../machines/policy/kernel';
import { Packet } from '../shared/Packet';
import { TallyBars } from '../shared/TallyBars';
import { deckOf, recordedReport, type PresenterState, type Slide } from './deck';
import { usePresenter } from './usePresenter';
import { hasVotes, PresenterControls } from './PresenterControls';
import { Handout } from './Handout';
import './present.css';

/** The facilitator's keys, in whichever window has focus: → next, ← back, R reveal, B blank. */
export function usePresenterKeys(deck: Slide[], state: PresenterState, update: (s: PresenterState) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement) return;
      const slide = deck[Math.min(state.index, deck.length - 1)]!;
      const revealed = state.revealed.includes(slide.id);
      const votable = slide.kind === 'prompt' || slide.kind === 'decision';
      const go = (index: number) =>
        update({ ...state, index: Math.max(0, Math.min(deck.length - 1, index)), blank: false });
      if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') go(state.index + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(state.index - 1);
      else if (e.key === 'r' || e.key === 'R') {
        // No reveal before the room's votes are in: that would give the answer away.
        if (revealed) update({ ...state, revealed: state.revealed.filter((r) => r !== slide.id) });
        else if (!votable || hasVotes(state, slide)) update({ ...state, revealed: [...state.revealed, slide.id] });
      } else if (e.key === 'b' || e.key === 'B') update({ ...state, blank: !state.blank });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}

const LETTERS = 'ABCDE';

/** True for a few seconds after the mouse moves or the screen is touched, as a video player shows its controls. */
function useAwake(ms = 3000) {
  const [awake, setAwake] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setAwake(true);
      clearTimeout(timer);
      timer = setTimeout(() => setAwake(false), ms);
    };
    window.addEventListener('mousemove', wake);
    window.addEventListener('touchstart', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('mousemove', wake);
      window.removeEventListener('touchstart', wake);
    };
  }, [ms]);
  return awake;
}

/** Presenter view for a projector: one step per screen, answers and votes hidden until revealed, the room's votes charted. Its controls move to the notes window once that is open. */
export function PresenterView({ resolved }: { resolved: ResolvedScenario }) {
  const report = useMemo(() => recordedReport(resolved), [resolved]);
  const deck = useMemo(() => deckOf(resolved, report), [resolved, report]);
  const { state, update, notesOpen } = usePresenter(resolved, 'presenter', deck.length);
  const slide = deck[Math.min(state.index, deck.length - 1)]!;
  const revealed = state.revealed.includes(slide.id);
  usePresenterKeys(deck, state, update);
  const awake = useAwake();

  const votable = slide.kind === 'prompt' || slide.kind === 'decision' ? slide.choices : null;
  const actual = slide.kind === 'prompt' ? slide.entry.option : slide.kind === 'decision' ? report.decision : '';

  if (state.blank) return <div className="presenter blank" aria-label="Screen blanked (press B)" />;
  return (
    <div className="presenter">
      <p className="presenter-progress" aria-live="polite">
        {resolved.scenario.title} · {state.index + 1} / {deck.length}
        {!notesOpen && (
          <>
            {' '}
            ·{' '}
            <a href={`#/play/${resolved.scenario.id}/notes`} target="_blank" rel="noreferrer" className="no-print">
              Open the notes window for the controls
            </a>
          </>
        )}
      </p>
      <main className="presenter-slide" aria-live="polite">
        <SlideBody slide={slide} resolved={resolved} report={report} revealed={revealed} />
        {votable && revealed && (
          <div className="tally">
            <TallyBars
              options={votable.map((c) => ({ id: c.id, text: c.text }))}
              tally={votable.map((c) => ({ id: c.id, votes: state.tally[slide.id]?.[c.id] ?? 0 }))}
              recorded={actual}
              names={slide.kind === 'decision'}
            />
          </div>
        )}
      </main>
      <Handout resolved={resolved} report={report} deck={deck} state={state} />
      {!notesOpen && (
        // Off the projected slide until the mouse moves or a control has focus: the room sees only the slide.
        <div className={`presenter-dock${awake ? ' awake' : ''}`}>
          <PresenterControls resolved={resolved} report={report} deck={deck} state={state} update={update} />
        </div>
      )}
    </div>
  );
}

function SlideBody({
  slide,
  resolved,
  report,
  revealed,
}: {
  slide: Slide;
  resolved: ResolvedScenario;
  report: ReturnType<typeof recordedReport>;
  revealed: boolean;
}) {
  const s = resolved.scenario;
  switch (slide.kind) {
    case 'title':
      return (
        <>
          <p className="eyebrow">{resolved.pack.title}</p>
          <h1>{s.title}</h1>
          <p className="big">
            {s.candidate.name}, for {s.role} ({s.level}). {s.candidate.background}
          </p>
        </>
      );
    case 'prompt':
      return (
        <>
          <p className="eyebrow">
            {slide.entry.round} · {slide.entry.interviewer}
          </p>
          <h1>{slide.entry.promptText}</h1>
          <ol className="presenter-options">
            {slide.choices.map((c, i) => (
              <li key={c.id} className={revealed && c.id === slide.entry.option ? 'chosen' : undefined}>
                <span className="letter">{LETTERS[i]}</span> {c.text}
                {revealed && c.id === slide.entry.option && (
                  <p className="said">
                    What {s.candidate.name} said. The interviewer wrote: {c.note}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      );
    case 'packet':
      return (
        <>
          <h1>The packet</h1>
          {revealed ? (
            <Packet cards={report.packet} />
          ) : (
            <p className="big">The scorecards are face down. Reveal when the room has said what they expect.</p>
          )}
        </>
      );
    case 'decision':
      return (
        <>
          <h1>What did the committee decide?</h1>
          {revealed ? (
            <div className="big">
              <p>
                <strong>{report.decisionLabel}</strong>
              </p>
              <ul>
                {decidingFirings(resolved.policy, report.rulesFired).map((f, i) => (
                  <li key={i}>
                    <span className="rule">{f.rule}</span> {f.by}: {f.reason}
                  </li>
                ))}
              </ul>
              <ul>
                {report.votes.map((v) => (
                  <li key={v.member}>
                    {v.name}: {v.recommendation.replace('_', ' ')}
                  </li>
                ))}
              </ul>
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
