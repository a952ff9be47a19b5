import type { ReactNode } from 'react';
import type { RoomView } from './protocol';
import { hrefFor } from '../shared/router';
import { ExerciseSpread } from './ExerciseSpread';
import { IccChart } from './IccChart';
import './exercise.css';

/** Where the exercise stands, in the words of the eyebrow over every slide. */
export const exerciseWhere = (ex: NonNullable<RoomView['exercise']>) =>
  `Calibration · pass ${ex.pass} of ${ex.passes} · answer ${ex.index + 1} of ${ex.count}`;

/** The lab link that carries the room's noise, as every lab setup lives in its link. */
export const roomLabHref = (lab: { scenario: string; query: string }) =>
  hrefFor({ name: 'lab', id: lab.scenario, query: lab.query });

/**
 * The big screen during the exercise: the answer to score and how many have scored it, sealed;
 * after the reveal, the answer's spread beside the recorded score and the room's ICCs before and
 * after discussion beside the literature's.
 */
export function ExerciseProjector({ view, aside }: { view: RoomView; aside: ReactNode }) {
  const ex = view.exercise!;
  const reveal = ex.reveal;
  return (
    <div className={reveal ? 'projector-body exercise-revealed' : 'projector-body'}>
      <section className="projector-slide" aria-live="polite">
        <p className="eyebrow">
          {exerciseWhere(ex)} · {ex.answer.heading}
        </p>
        <p className="exercise-prompt">{ex.answer.prompt}</p>
        <blockquote className="exercise-answer">{ex.answer.text}</blockquote>
        {reveal ? (
          <ExerciseSpread spread={reveal.spreads[ex.index]!} />
        ) : (
          <p className="exercise-dimensions">
            Score it on {ex.rubric}: {ex.dimensions.map((d) => d.label).join(', ')}, 1 to 5, and recommend. Nobody sees
            your scores.
          </p>
        )}
      </section>
      {reveal ? (
        <section className="exercise-icc" aria-label="The room's agreement">
          <h2>How far the room agrees</h2>
          <IccChart icc={reveal.icc} literature={reveal.literature} />
          {reveal.lab && (
            <p className="exercise-lab">
              Leniency spread {reveal.lab.len.toFixed(2)} · error {reveal.lab.err.toFixed(2)} points
              <br />
              <a href={roomLabHref(reveal.lab)} target="_blank" rel="noreferrer">
                Run the lab with this room's interviewers
              </a>
            </p>
          )}
        </section>
      ) : (
        aside
      )}
    </div>
  );
}
