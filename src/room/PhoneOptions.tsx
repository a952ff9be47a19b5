import { useState } from 'react';

const LETTERS = 'ABCDEFGH';
/** Past this many characters an answer is cut to three lines, so four of them fit a 360x740 phone. */
const LONG = 110;

type Option = { id: string; text: string };

/**
 * A phone's answer buttons. Long answers show their first lines (the projector shows them whole, and
 * the full text stays in the button for a screen reader); the chosen one opens, and one tap opens all.
 */
export function PhoneOptions({
  options,
  chosen,
  disabled,
  onChoose,
}: {
  options: readonly Option[];
  chosen: string | null;
  disabled: boolean;
  onChoose: (id: string) => void;
}) {
  const [full, setFull] = useState(false);
  const long = options.some((o) => o.text.length > LONG);
  return (
    <>
      {long && (
        <button type="button" className="join-expand" aria-expanded={full} onClick={() => setFull((f) => !f)}>
          {full ? 'Shorten the answers' : 'Show the answers in full'}
        </button>
      )}
      <div
        className={long && !full ? 'join-options join-options-clamped' : 'join-options'}
        role="group"
        aria-label="Your vote"
      >
        {options.map((o, i) => (
          <button
            key={o.id}
            type="button"
            className="join-option"
            aria-pressed={chosen === o.id}
            disabled={disabled}
            onClick={() => onChoose(o.id)}
          >
            <span className="letter">{LETTERS[i]}</span>
            <span className="join-option-text">{o.text}</span>
          </button>
        ))}
      </div>
    </>
  );
}
