import type { ResolvedScenario } from '../../machines/content/resolve';
import type { PlayReport } from '../../machines/engine/report';
import { download } from '../export/csv';
import { sessionCsv, START, type PresenterState, type Slide } from './deck';
import { RoomOpener } from './RoomOpener';

const LETTERS = 'ABCDE';

/** Whether the room's votes for a slide are in; a reveal before them gives the answer away. */
export const hasVotes = (state: PresenterState, slide: Slide) =>
  Object.values(state.tally[slide.id] ?? {}).some((n) => n > 0);

/** What the facilitator does to a session: move, reveal, blank, count the room's hands, export. Shown in the notes window, or on the projected one when no notes window is open. */
export function PresenterControls({
  resolved,
  report,
  deck,
  state,
  update,
}: {
  resolved: ResolvedScenario;
  report: PlayReport;
  deck: Slide[];
  state: PresenterState;
  update: (s: PresenterState) => void;
}) {
  const slide = deck[Math.min(state.index, deck.length - 1)]!;
  const revealed = state.revealed.includes(slide.id);
  const votable = slide.kind === 'prompt' || slide.kind === 'decision' ? slide.choices : null;
  const needsVotes = votable !== null && !hasVotes(state, slide);
  const setCount = (choice: string, n: number) =>
    update({ ...state, tally: { ...state.tally, [slide.id]: { ...state.tally[slide.id], [choice]: Math.max(0, n) } } });
  return (
    <footer className="presenter-controls no-print">
      {votable && !revealed && (
        <fieldset className="tally-inputs">
          <legend>Room votes</legend>
          {votable.map((c, i) => (
            <label key={c.id}>
              {slide.kind === 'prompt' ? LETTERS[i] : c.text}
              <input
                type="number"
                min={0}
                value={state.tally[slide.id]?.[c.id] ?? 0}
                onChange={(e) => setCount(c.id, Number(e.target.value))}
              />
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" onClick={() => update({ ...state, index: Math.max(0, state.index - 1), blank: false })}>
        ← Back
      </button>
      {slide.kind !== 'title' && slide.kind !== 'lesson' && (
        <button
          type="button"
          className="primary"
          onClick={() => update({ ...state, revealed: [...state.revealed, slide.id] })}
          disabled={revealed || needsVotes}
        >
          {needsVotes && !revealed ? 'Reveal (enter the votes first)' : 'Reveal (R)'}
        </button>
      )}
      <button
        type="button"
        onClick={() => update({ ...state, index: Math.min(deck.length - 1, state.index + 1), blank: false })}
      >
        Next →
      </button>
      <button type="button" onClick={() => update({ ...state, blank: !state.blank })}>
        {state.blank ? 'Unblank (B)' : 'Blank (B)'}
      </button>
      <button
        type="button"
        onClick={() =>
          download(`debrief-${resolved.scenario.id}-room.csv`, 'text/csv', sessionCsv(resolved, report, deck, state))
        }
      >
        Export CSV
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            `debrief-${resolved.scenario.id}-room.json`,
            'application/json',
            JSON.stringify(
              {
                scenario: resolved.scenario.id,
                path: 'recorded',
                steps: report.transcript.map((t) => t.option),
                roomVotes: state.tally,
                outcome: { decision: report.decision, rulesFired: report.rulesFired },
              },
              null,
              2,
            ),
          )
        }
      >
        Export JSON
      </button>
      <button type="button" onClick={() => window.print()}>
        Handout
      </button>
      <button type="button" onClick={() => update(START)}>
        Restart
      </button>
      <RoomOpener scenario={resolved.scenario.id} />
    </footer>
  );
}
