import type { ClientMessage, RoomView } from './protocol';
import { IccChart } from './IccChart';
import { ExerciseSpread } from './ExerciseSpread';
import { exerciseWhere, roomLabHref } from './ExerciseProjector';
import { RoomFiles } from './RoomFiles';
import './exercise.css';

type Action = Extract<ClientMessage, { t: 'control' }>['action'];
export type ExerciseExport = 'ratings' | 'icc' | 'exercise-json';
const EXERCISE_EXPORTS = [
  { kind: 'ratings', label: 'Ratings CSV' },
  { kind: 'icc', label: 'ICC CSV' },
  { kind: 'exercise-json', label: 'Exercise JSON' },
] as const;

/**
 * The facilitator's controls for the exercise: move through the answers, reveal the pass when
 * enough people have scored every answer, run the second pass after discussion, open the lab with
 * the room's noise, and export the ratings (anonymous unless names are asked for) and the ICCs.
 */
export function ExerciseFacilitator({
  view,
  act,
  exportAs,
  names,
  setNames,
}: {
  view: RoomView;
  act: (action: Action) => void;
  exportAs: (kind: ExerciseExport | 'print') => void;
  names: boolean;
  setNames: (on: boolean) => void;
}) {
  const ex = view.exercise!;
  const closed = view.status === 'closed';
  const scoring = view.status === 'scoring';
  const revealBlocked =
    ex.complete < 2 ? `At least two people must score every answer (${ex.complete} have)` : undefined;
  return (
    <>
      <nav className="facilitator-controls" aria-label="Exercise controls">
        <button type="button" onClick={() => act('back')} disabled={ex.index === 0 || closed}>
          ← Answer
        </button>
        <button type="button" onClick={() => act('next')} disabled={ex.index >= ex.count - 1 || closed}>
          Answer →
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => act('reveal')}
          disabled={!scoring || revealBlocked !== undefined}
          title={revealBlocked}
        >
          Reveal pass {ex.pass} (R)
        </button>
        <button
          type="button"
          onClick={() => act('secondPass')}
          disabled={view.status !== 'revealed' || ex.pass >= ex.passes}
        >
          Second pass, after discussion
        </button>
        <button type="button" onClick={() => act('blank')} disabled={closed}>
          {view.blank ? 'Unblank (B)' : 'Blank (B)'}
        </button>
      </nav>
      <RoomFiles
        exports={EXERCISE_EXPORTS}
        onExport={exportAs}
        names={{ on: names, set: setNames }}
        closed={closed}
        onClose={() => act('close')}
      />
      <section className="facilitator-step" aria-label="This answer">
        <p className="eyebrow">
          {exerciseWhere(ex)} · {ex.sheetsIn} of {view.participants} scored this answer · {ex.complete} scored every
          answer{revealBlocked && scoring ? ` · ${revealBlocked.toLowerCase()} before the reveal` : ''}
        </p>
        <h2>{ex.answer.prompt}</h2>
        <blockquote className="exercise-answer">{ex.answer.text}</blockquote>
        {ex.reveal ? (
          <>
            <ExerciseSpread spread={ex.reveal.spreads[ex.index]!} />
            <IccChart icc={ex.reveal.icc} literature={ex.reveal.literature} />
            {ex.reveal.lab && (
              <p className="exercise-lab">
                The room's noise: leniency spread {ex.reveal.lab.len.toFixed(2)}, reading error{' '}
                {ex.reveal.lab.err.toFixed(2)} points (the raters' own part {ex.reveal.lab.residual.toFixed(2)}; the lab
                adds the occasion's share){ex.reveal.lab.clamped ? ', cut to the lab range' : ''}.{' '}
                <a href={roomLabHref(ex.reveal.lab)} target="_blank" rel="noreferrer">
                  Run the lab with this room's interviewers
                </a>
              </p>
            )}
          </>
        ) : (
          <p className="muted">
            Scores stay sealed until you reveal the pass: the projector shows only how many have scored.
          </p>
        )}
      </section>
    </>
  );
}
