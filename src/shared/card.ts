import type { ResolvedScenario } from '../../machines/content/resolve';

/** What the library screen shows of a scenario, without the scenario itself. */
export interface ScenarioCardData {
  id: string;
  title: string;
  role: string;
  level: string;
  pack: string;
  packTitle: string;
  teaches: string;
  sources: string[];
  rounds: string[];
  /** The committee's rule ids in play (V1, V5…), for the filter and search. */
  rules: string[];
  /** Each of those rules by its name, as the pack or the rule registry calls it. */
  ruleNames: Record<string, string>;
  /** Questions a player answers on the way through (the recorded path's answers). */
  questions: number;
  /** About how long a play takes, in minutes. */
  minutes: number;
  members: Array<{ id: string; name: string; role: string }>;
}

/**
 * Minutes for a play: a minute and a half per question (reading, weighing, answering) and five for
 * the debrief and the offer, rounded to five so it reads as the estimate it is.
 */
const minutesFor = (questions: number) => Math.max(5, Math.round((questions * 1.5 + 5) / 5) * 5);

export function cardOf(r: ResolvedScenario): ScenarioCardData {
  const s = r.scenario;
  const committeeRules = [...r.policy.committeeRules, ...r.policy.rankRules];
  const questions =
    s.paths.recorded?.choices.length ?? r.rounds.reduce((n, x) => n + x.prompts.filter((p) => !p.probe).length, 0);
  return {
    id: s.id,
    title: s.title,
    role: s.role,
    level: s.level,
    pack: r.pack.id,
    packTitle: r.pack.title,
    teaches: s.teaches,
    sources: s.sources,
    rounds: r.rounds.map((x) => x.title),
    rules: committeeRules.map((x) => x.id),
    ruleNames: Object.fromEntries(committeeRules.map((x) => [x.id, x.label])),
    questions,
    minutes: minutesFor(questions),
    members: r.committee.map(({ id, name, role }) => ({ id, name, role })),
  };
}
