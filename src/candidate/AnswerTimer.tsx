import { useEffect, useState } from 'react';

/** R5: no answer over 2.5 minutes. A visible countdown for players who want the pressure; it never answers for them. */
export function AnswerTimer({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const started = Date.now();
    const id = window.setInterval(
      () => setLeft(Math.max(0, seconds - Math.floor((Date.now() - started) / 1000))),
      1000,
    );
    return () => window.clearInterval(id);
  }, [seconds]);
  const m = Math.floor(left / 60);
  const s = String(left % 60).padStart(2, '0');
  return (
    <p className={left ? 'timer' : 'timer over'} role="timer" aria-live={left === 0 ? 'assertive' : 'off'}>
      {left ? `${m}:${s} left to answer` : 'Time: a real interviewer would have moved on (R5: 2.5 minutes)'}
    </p>
  );
}
