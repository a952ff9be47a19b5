import type { Option, Pack, Person, Prompt, Rules, Scenario } from './schema';
import type { ContentIssue } from './issues';

/** A round as the machines play it: the pack's definition joined with the scenario's content. */
export interface ResolvedRound {
  id: string;
  title: string;
  minutes: number;
  day: number;
  interviewer: Person;
  rubric: Pack['rubrics'][string] & { id: string };
  prompts: Prompt[];
}

/** A scenario with its pack applied: everything a machine needs, nothing left to look up. */
export interface ResolvedScenario {
  scenario: Scenario;
  pack: Pack;
  file: string;
  rounds: ResolvedRound[];
  committee: Person[];
  rules: Rules;
  options: Map<string, { option: Option; prompt: Prompt; round: ResolvedRound }>;
}

/** Pack rules with the scenario's overrides on top (a scenario may set a rule to false). */
export function mergeRules(pack: Rules, scenario: Rules | undefined): Rules {
  return { ...pack, ...(scenario ?? {}) };
}

/**
 * Join a scenario with its pack and check every cross-reference: the pack, the rounds, the people,
 * the rubric dimensions, the follow-ups and the paths' option ids.
 */
export function resolveScenario(
  scenario: Scenario,
  packs: ReadonlyMap<string, Pack>,
  file: string,
): { ok: true; value: ResolvedScenario } | { ok: false; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ file, path, message });
  const pack = packs.get(scenario.pack);
  if (!pack) {
    issue('pack', `expected the id of a pack under scenarios/packs (${[...packs.keys()].join(', ') || 'none found'}), found "${scenario.pack}"`);
    return { ok: false, issues };
  }
  const people = new Map(scenario.people.map((p) => [p.id, p]));
  const rounds: ResolvedRound[] = [];
  const options: ResolvedScenario['options'] = new Map();
  const promptIds = new Set<string>();

  scenario.rounds.forEach((r, ri) => {
    const def = pack.loop.rounds.find((d) => d.id === r.round);
    const interviewer = people.get(r.interviewer);
    if (!def) issue(`rounds[${ri}].round`, `expected a round of pack ${pack.id} (${pack.loop.rounds.map((d) => d.id).join(', ')}), found "${r.round}"`);
    if (!interviewer) issue(`rounds[${ri}].interviewer`, `expected the id of someone under people, found "${r.interviewer}"`);
    const rubric = def && pack.rubrics[def.rubric];
    if (def && !rubric) issue(`rounds[${ri}].round`, `pack ${pack.id} names rubric "${def.rubric}", which it does not define`);
    if (!def || !interviewer || !rubric) return;
    const round: ResolvedRound = { id: def.id, title: def.title, minutes: def.minutes, day: def.day, interviewer, rubric: { ...rubric, id: def.rubric }, prompts: r.prompts };
    const dims = new Set(rubric.dimensions.map((d) => d.id));
    const local = new Set(r.prompts.map((p) => p.id));
    r.prompts.forEach((p, pi) => {
      const at = `rounds[${ri}].prompts[${pi}]`;
      if (promptIds.has(p.id)) issue(`${at}.id`, `expected a prompt id unique in the scenario, found "${p.id}" twice`);
      promptIds.add(p.id);
      p.options.forEach((o, oi) => {
        const oat = `${at}.options[${oi}]`;
        if (options.has(o.id)) issue(`${oat}.id`, `expected an option id unique in the scenario, found "${o.id}" twice`);
        options.set(o.id, { option: o, prompt: p, round });
        for (const dim of Object.keys(o.signals.scores)) {
          if (!dims.has(dim)) issue(`${oat}.signals.scores.${dim}`, `expected a dimension of rubric ${def.rubric} (${[...dims].join(', ')}), found "${dim}"`);
        }
        if (o.followUp) {
          const target = r.prompts.find((q) => q.id === o.followUp);
          if (!local.has(o.followUp)) issue(`${oat}.followUp`, `expected the id of a prompt in the same round, found "${o.followUp}"`);
          else if (!target?.probe) issue(`${oat}.followUp`, `expected a prompt marked probe: true, found "${o.followUp}" without it`);
        }
      });
    });
    if (!r.prompts.some((p) => !p.probe)) issue(`rounds[${ri}].prompts`, 'expected at least one prompt that is not a probe');
    rounds.push(round);
  });

  const ordered = [...rounds].sort((a, b) => a.day - b.day);
  if (ordered.some((r, i) => r !== rounds[i])) issue('rounds', "expected the rounds in the order of the pack's calendar");

  const committee: Person[] = [];
  scenario.committee.forEach((id, i) => {
    const p = people.get(id);
    if (!p) issue(`committee[${i}]`, `expected the id of someone under people, found "${id}"`);
    else committee.push(p);
  });

  const rules = mergeRules(pack.rules, scenario.rules);
  const v3 = rules.V3;
  if (v3 && !pack.loop.rounds.some((d) => d.id === v3.round)) {
    issue('rules.V3.round', `expected a round of pack ${pack.id}, found "${v3.round}"`);
  }
  if (!pack.comp.bands[scenario.level]) {
    issue('level', `expected a level with a comp band in pack ${pack.id} (${Object.keys(pack.comp.bands).join(', ')}), found "${scenario.level}"`);
  }
  for (const [name, path] of Object.entries(scenario.paths)) {
    path.choices.forEach((c, i) => {
      if (!options.has(c)) issue(`paths.${name}.choices[${i}]`, `expected an option id of this scenario, found "${c}"`);
    });
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { scenario, pack, file, rounds, committee, rules, options } };
}
