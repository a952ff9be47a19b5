import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { CandidateView } from './view';
import { AnswerTimer } from './AnswerTimer';
import { roleLabel } from '../../machines/format';

type RoundView = Extract<CandidateView, { phase: 'round' }>;

// What stays put while the prompts change: the interviewer for the whole round, and each exchange
// once answered. React skips them on a key press; only the new prompt and the newest exchange render.
const Interviewer = memo(function Interviewer({ round }: { round: RoundView['round'] }) {
  const { interviewer } = round;
  return (
    <header className="interviewer">
      <div className="avatar" aria-hidden="true">
        {interviewer.name
          .split(' ')
          .map((w) => w[0])
          .join('')
          .slice(0, 2)}
      </div>
      <div>
        <p className="who">
          <strong>{interviewer.name}</strong> · {roleLabel(interviewer.role)} · {round.title}, {round.minutes} min
        </p>
        <p className="persona">{interviewer.persona}</p>
      </div>
    </header>
  );
});

const Exchanged = memo(function Exchanged({ prompt, option }: RoundView['answered'][number]) {
  return (
    <li>
      <p className="asks">{prompt.text}</p>
      <p className="says">{option.text}</p>
    </li>
  );
});

interface Props {
  view: RoundView;
  onAnswer: (option: string) => void;
  timer: boolean;
}

/** One prompt of a round: the interviewer asks, the player picks with 1-5 and confirms with Enter. */
export function RoundStep({ view, onAnswer, timer }: Props) {
  const { round, prompt, answered } = view;
  // The choice belongs to its prompt: a new prompt starts unchosen in the same render, with no
  // effect resetting it (that would render the next prompt twice).
  const [choice, setChoice] = useState<{ prompt: string; option: string } | null>(null);
  const chosen = choice?.prompt === prompt.id ? choice.option : null;
  const setChosen = useCallback((option: string) => setChoice({ prompt: prompt.id, option }), [prompt.id]);
  const heading = useRef<HTMLHeadingElement>(null);
  const submit = useRef<HTMLButtonElement>(null);

  // The new question's placement, waiting for its frame; an answer chosen sooner places it first.
  const placeQuestion = useRef<(() => void) | null>(null);

  useEffect(() => {
    // Focus for screen readers without the browser's own jump. When the question, its answers and
    // the button do not all fit below where the page stands (long answers, or from question 3 on,
    // the exchange above pushes them down), bring the question to the top of the window: on a
    // desktop that shows every answer and the button; on a phone, choosing an answer brings the
    // button up (below). A question left above the window (the page stood low) comes down too.
    // In the frame's own callback, just before it paints: measuring forces the layout the paint
    // needs anyway, once, instead of inside the key press.
    const place = () => {
      cancelAnimationFrame(frame);
      placeQuestion.current = null;
      const h = heading.current;
      if (!h) return;
      h.focus({ preventScroll: true });
      const button = submit.current;
      if (h.getBoundingClientRect().top < 0 || (button && button.getBoundingClientRect().bottom > window.innerHeight)) {
        window.scrollTo({ top: window.scrollY + h.getBoundingClientRect().top - 8 });
      }
    };
    const frame = requestAnimationFrame(place);
    placeQuestion.current = place;
    return () => {
      cancelAnimationFrame(frame);
      placeQuestion.current = null;
    };
  }, [prompt.id]);

  // A chosen answer's button is the next thing to press: never leave it below the fold.
  useEffect(() => {
    if (!chosen) return;
    placeQuestion.current?.();
    submit.current?.scrollIntoView({ block: 'nearest' });
  }, [chosen]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement && e.target.type !== 'radio') return;
      if (e.target instanceof HTMLTextAreaElement || e.altKey || e.ctrlKey || e.metaKey) return;
      const n = Number(e.key);
      if (n >= 1 && n <= prompt.options.length) {
        setChosen(prompt.options[n - 1]!.id);
        e.preventDefault();
      } else if (e.key === 'Enter' && chosen) {
        onAnswer(chosen);
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [prompt, chosen, onAnswer]);

  return (
    <section className="round" aria-labelledby="prompt-heading">
      <Interviewer round={round} />
      <ol className="exchange">
        {answered.map((a) => (
          <Exchanged key={a.prompt.id} prompt={a.prompt} option={a.option} />
        ))}
      </ol>
      <h2 id="prompt-heading" ref={heading} tabIndex={-1} className="prompt">
        {prompt.probe && <span className="probe-tag">Follow-up · </span>}
        {prompt.text}
      </h2>
      {timer && <AnswerTimer key={prompt.id} seconds={150} />}
      <form
        className="options"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) onAnswer(chosen);
        }}
      >
        <fieldset>
          <legend className="visually-hidden">
            Your answer (keys 1 to {prompt.options.length} choose, Enter confirms)
          </legend>
          {/* Keyed by place, not by answer: the next prompt's answers take over these labels and
              inputs, text and value, rather than removing them and building new ones in the key press. */}
          {prompt.options.map((o, i) => (
            <label key={i} className={chosen === o.id ? 'option chosen' : 'option'}>
              <input
                type="radio"
                name="answer"
                value={o.id}
                checked={chosen === o.id}
                onChange={() => setChosen(o.id)}
              />
              <kbd aria-hidden="true">{i + 1}</kbd>
              <span>{o.text}</span>
            </label>
          ))}
        </fieldset>
        <button ref={submit} type="submit" className="primary" disabled={!chosen}>
          Give this answer <kbd aria-hidden="true">Enter</kbd>
        </button>
      </form>
    </section>
  );
}
