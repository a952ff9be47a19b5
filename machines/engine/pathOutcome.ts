import type { ResolvedScenario } from '../content/resolve';
import type { Decision } from '../content/schema';
import type { RuleFiring, Scorecard } from '../rules/types';
import { roundShape, scorecardOf, type RoundAnswer } from '../rules/scorecard';
import { committeeInputOf } from '../committee/committeeInput';
import { committeeOutcome } from '../committee/outcome';
import { dueDay, pastHold } from '../calendar';
import { earlyEndOf } from '../rules/earlyEnd';

/** What a path decides, computed without the machines: the kernel and the shared calendar only. */
export interface PathOutcome {
  decision: Decision;
  level: string | null;
  rules: string[];
  /** How many of the choices were answered: a loop that goes to hold never sits its later rounds. */
  answered: number;
  /** The packet's scorecards, as far as the loop got. */
  cards: Scorecard[];
}

/**
 * One path's decision the way the branch check reaches it: each round's answers walked prompt by
 * prompt (follow-ups included), the scorecard derived, the calendar kept by the shared module, and
 * the committee decided by the kernel. Null when the choices do not make a complete path.
 */
export function pathOutcome(resolved: ResolvedScenario, choices: ReadonlyArray<string>): PathOutcome | null {
  const { loop } = resolved.pack;
  const cards: Scorecard[] = [];
  let at = 0;
  let slip = 0;
  let day = 0;
  for (const round of resolved.rounds) {
    day = dueDay(day, round.day, slip);
    if (pastHold(loop, day)) return { decision: 'hold', level: null, rules: [loop.source], answered: at, cards };
    const { mains, byId } = roundShape(round);
    const answers: RoundAnswer[] = [];
    let main = 0;
    let prompt = mains[0];
    for (let guard = 0; prompt && guard < 1000; guard++) {
      const option = prompt.options.find((o) => o.id === choices[at]);
      if (!option) return null;
      at++;
      answers.push({ prompt: prompt.id, option: option.id });
      slip += option.signals.delayDays;
      prompt = option.followUp ? byId.get(option.followUp) : mains[++main];
    }
    cards.push(scorecardOf(round, resolved.pack, answers));
    const ended = earlyEndOf(resolved, cards);
    if (ended)
      return { decision: 'no_hire', level: null, rules: ended.rulesFired.map((f) => f.rule), answered: at, cards };
  }
  if (at !== choices.length) return null;
  if (pastHold(loop, dueDay(day, loop.debriefDay, slip)))
    return { decision: 'hold', level: null, rules: [loop.source], answered: at, cards };
  const outcome = committeeOutcome(committeeInputOf(resolved, cards));
  return {
    decision: outcome.decision,
    level: resolved.scenario.makesOffer ? outcome.level : null,
    rules: outcome.rulesFired.map((f: RuleFiring) => f.rule),
    answered: at,
    cards,
  };
}
