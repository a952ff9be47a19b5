import { useEffect, useState } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { answerCost, type AnswerCost } from './answerCost';

/**
 * The cost of each answer, worked out one replay per task after the end screen has painted, so the
 * decision shows at once and each row fills in as its replay finishes.
 */
export function useAnswerCosts(
  resolved: ResolvedScenario,
  choices: ReadonlyArray<string>,
): ReadonlyMap<string, AnswerCost | Error> {
  const key = choices.join('.');
  const [costs, setCosts] = useState<{ key: string; map: Map<string, AnswerCost | Error> }>({ key, map: new Map() });
  useEffect(() => {
    let live = true;
    let timer = 0;
    const map = new Map<string, AnswerCost | Error>();
    setCosts({ key, map: new Map() });
    const next = (i: number) => {
      if (!live || i >= choices.length) return;
      const id = choices[i]!;
      try {
        map.set(id, answerCost(resolved, choices, id));
      } catch (e) {
        // A replay that fails is shown on its row, not allowed to take the end screen down.
        map.set(id, e instanceof Error ? e : new Error(String(e)));
      }
      setCosts({ key, map: new Map(map) });
      timer = window.setTimeout(() => next(i + 1), 0);
    };
    timer = window.setTimeout(() => next(0), 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // choices is read through key, which changes exactly when the answers do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resolved, key]);
  return costs.key === key ? costs.map : new Map();
}
