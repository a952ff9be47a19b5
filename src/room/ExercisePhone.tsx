import { useEffect, useRef, useState } from 'react';
import type { ClientMessage, RoomView, ServerMessage } from './protocol';
import { leniencyWords } from './leniency';

type You = Extract<ServerMessage, { t: 'you' }>;

/**
 * The phone during the exercise: the answer, each rubric dimension as five big buttons with the
 * scale's anchors above, a recommendation, and Seal. Nobody else sees the sheet; after the reveal
 * the phone alone shows how far its owner sits from the room.
 */
export function ExercisePhone({
  view,
  you,
  send,
  acked,
}: {
  view: RoomView;
  you: You | null;
  send: (msg: ClientMessage) => boolean;
  /** The id of the last acknowledged sheet, and the refusal of the last refused one. */
  acked: { id: number; refused: string | null } | null;
}) {
  const ex = view.exercise!;
  const key = `${ex.pass}/${ex.answer.id}`;
  const sealed = you?.exercise?.sheet ?? null;
  const [draft, setDraft] = useState<{ key: string; scores: Record<string, number>; recommendation: string | null }>({
    key,
    scores: {},
    recommendation: null,
  });
  const seq = useRef(Date.now() % 1_000_000);
  const [sent, setSent] = useState<number | null>(null);
  // A new answer or pass starts from the phone's sealed sheet there, if any, else blank.
  useEffect(() => {
    if (draft.key !== key || (sealed && !Object.keys(draft.scores).length))
      setDraft({ key, scores: { ...(sealed?.scores ?? {}) }, recommendation: sealed?.recommendation ?? null });
  }, [key, sealed]);
  const open = view.status === 'scoring' && !view.blank;
  const complete = ex.dimensions.every((d) => draft.scores[d.id]) && draft.recommendation !== null;
  const waiting = sent !== null && acked?.id !== sent;
  const seal = () => {
    if (!complete || !draft.recommendation) return;
    const id = ++seq.current;
    setSent(id);
    send({
      t: 'score',
      id,
      pass: ex.pass,
      answer: ex.answer.id,
      scores: draft.scores,
      recommendation: draft.recommendation,
    });
  };
  const same =
    sealed !== null &&
    ex.dimensions.every((d) => sealed.scores[d.id] === draft.scores[d.id]) &&
    sealed.recommendation === draft.recommendation;
  const leniency = you?.exercise?.leniency ?? null;

  return (
    <section className="join-exercise" aria-label="Score this answer">
      <p className="join-heading">
        Pass {ex.pass} of {ex.passes} · answer {ex.index + 1} of {ex.count} · {ex.answer.heading}
      </p>
      <p className="join-prompt">{ex.answer.prompt}</p>
      <blockquote className="join-answer">{ex.answer.text}</blockquote>
      <details className="join-anchors" open={ex.index === 0 && ex.pass === 1}>
        <summary>What the scores mean ({ex.rubric})</summary>
        <ol>
          {ex.anchors.map((a) => (
            <li key={a.score} value={a.score}>
              {a.text}
            </li>
          ))}
        </ol>
      </details>
      {ex.dimensions.map((d) => (
        <fieldset key={d.id} className="join-scale" disabled={!open}>
          <legend>{d.label}</legend>
          {[1, 2, 3, 4, 5].map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={draft.scores[d.id] === s}
              aria-label={`${d.label} ${s}`}
              onClick={() => setDraft({ ...draft, scores: { ...draft.scores, [d.id]: s } })}
            >
              {s}
            </button>
          ))}
        </fieldset>
      ))}
      <fieldset className="join-recommend" disabled={!open}>
        <legend>Your recommendation</legend>
        {ex.recommendations.map((r) => (
          <button
            key={r.id}
            type="button"
            aria-pressed={draft.recommendation === r.id}
            onClick={() => setDraft({ ...draft, recommendation: r.id })}
          >
            {r.text}
          </button>
        ))}
      </fieldset>
      {open && (
        <button type="button" className="join-primary" disabled={!complete || same || waiting} onClick={seal}>
          {sealed ? 'Change my sealed scores' : 'Seal my scores'}
        </button>
      )}
      <p className="join-note" role="status">
        {acked?.refused && acked.id === sent
          ? acked.refused
          : !open && ex.revealed
            ? sealed
              ? 'Scores are revealed on the projector.'
              : 'Scores are revealed; you did not score this one.'
            : waiting
              ? 'Sealing…'
              : sealed
                ? same
                  ? 'Sealed. Nobody sees your scores; you can change them until the reveal.'
                  : 'Not sealed yet: your changes are only on this phone.'
                : complete
                  ? 'Seal when you are ready.'
                  : `Score every dimension and recommend, then seal.`}
      </p>
      {ex.revealed && leniency !== null && (
        <p className="join-leniency">
          Only you see this: across this pass you score <strong>{leniencyWords(leniency)}</strong>.
        </p>
      )}
    </section>
  );
}
