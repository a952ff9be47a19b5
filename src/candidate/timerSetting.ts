import { useCallback, useState } from 'react';

const KEY = 'debrief.pref.answerTimer';

/** Whether the player wants the answer timer, read from this browser (false when never set or unreadable). */
function readTimerSetting(storage: Storage = localStorage): boolean {
  try {
    return storage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/** Remember the answer-timer choice; returns why it could not be kept, or null. */
function writeTimerSetting(on: boolean, storage: Storage = localStorage): string | null {
  try {
    storage.setItem(KEY, on ? 'on' : 'off');
    return null;
  } catch {
    return 'This browser would not store the timer setting, so it applies until you leave this page.';
  }
}

/** The answer-timer setting, kept across reloads; the third value says when it could not be stored. */
export function useTimerSetting() {
  const [on, setOn] = useState(() => readTimerSetting());
  const [problem, setProblem] = useState<string | null>(null);
  // Stable, so the header holding the toggle need not re-render with every step.
  const set = useCallback((next: boolean) => {
    setOn(next);
    setProblem(writeTimerSetting(next));
  }, []);
  return [on, set, problem] as const;
}
