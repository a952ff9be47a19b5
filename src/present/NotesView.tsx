import { useMemo } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { deckOf, recordedReport } from './deck';
import { usePresenter } from './usePresenter';
import { usePresenterKeys } from './PresenterView';
import { PresenterControls } from './PresenterControls';
import { Handout } from './Handout';
import './present.css';

/** The facilitator's own window: the controls, where the session is, and the teaching points for this step. */
export function NotesView({ resolved }: { resolved: ResolvedScenario }) {
  const report = useMemo(() => recordedReport(resolved), [resolved]);
  const deck = useMemo(() => deckOf(resolved, report), [resolved, report]);
  const { state, update } = usePresenter(resolved, 'notes', deck.length);
  usePresenterKeys(deck, state, update);
  const slide = deck[Math.min(state.index, deck.length - 1)]!;
  return (
    <div className="page notes-window">
      <p className="eyebrow">
        Facilitator notes · step {state.index + 1} of {deck.length}
        {state.revealed.includes(slide.id) ? ' · revealed' : ''}
        {state.blank ? ' · screen blank' : ''}
      </p>
      <h1>{resolved.scenario.title}</h1>
      <PresenterControls resolved={resolved} report={report} deck={deck} state={state} update={update} />
      <p>
        <strong>Teaches:</strong> {resolved.scenario.teaches}
      </p>
      {slide.kind === 'prompt' && (
        <>
          <h2>{slide.entry.promptText}</h2>
          <ul>
            {slide.choices.map((c) => (
              <li key={c.id}>
                {c.id === slide.entry.option ? <strong>(recorded) </strong> : null}
                {c.text}
                <br />
                <span className="muted">Signal: {c.note}</span>
                {c.coach && (
                  <>
                    <br />
                    <span>Stronger: {c.coach}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {slide.kind === 'decision' && (
        <p>
          The committee decided <strong>{report.decisionLabel}</strong>:{' '}
          {report.rulesFired.map((f) => `${f.rule} (${f.reason})`).join('; ') || 'on the calibrated scores'}.
        </p>
      )}
      {(slide.kind === 'lesson' || slide.kind === 'title') && <p>{resolved.scenario.summary}</p>}
      <p className="muted">Keys in either window: → next, ← back, R reveal, B blank.</p>
      <Handout resolved={resolved} report={report} deck={deck} state={state} />
    </div>
  );
}
