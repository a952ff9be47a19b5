import type { Option, Pack, Person, Prompt, Scenario } from './schema';
import type { ContentIssue } from './issues';
import { compilePolicy, mergeRules, type Policy } from '../policy/compile';
import { checkPolicy } from '../policy/checkPolicy';

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
  /** The committee's and the offer's rules, ladder and bars, as the decision kernel reads them. */
  policy: Policy;
  options: Map<string, { option: Option; prompt: Prompt; round: ResolvedRound }>;
}

const list = (ids: Iterable<string>) => [...ids].join(', ') || 'none';

/** Where a scenario's pack is looked up: a map, or anything that reads like one (the CLI parses a pack only when asked for it). */
export type PackSource = Pick<ReadonlyMap<string, Pack>, 'get' | 'keys'>;

/**
 * Join a scenario with its pack and check every cross-reference: the pack, the rounds, the people
 * and their roles, the rubric dimensions, the follow-ups, the rules and the paths' option ids.
 * Every lookup by an author's id is an own-property one, so `constructor` is an id like any other.
 */
export function resolveScenario(
  scenario: Scenario,
  packs: PackSource,
  file: string,
): { ok: true; value: ResolvedScenario } | { ok: false; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ file, path, message });
  const pack = packs.get(scenario.pack);
  if (!pack) {
    issue('pack', `expected the id of a pack under scenarios/packs (${list(packs.keys())}), found "${scenario.pack}"`);
    return { ok: false, issues };
  }
  const people = new Map(scenario.people.map((p) => [p.id, p]));
  scenario.people.forEach((p, i) => {
    if (scenario.people.findIndex((q) => q.id === p.id) !== i)
      issue(`people[${i}].id`, `expected a person id used once, found "${p.id}" again`);
  });
  const defs = new Map(pack.loop.rounds.map((d) => [d.id, d]));
  const rounds: ResolvedRound[] = [];
  const options: ResolvedScenario['options'] = new Map();
  const promptIds = new Set<string>();

  scenario.rounds.forEach((r, ri) => {
    const def = defs.get(r.round);
    const interviewer = people.get(r.interviewer);
    if (!def)
      issue(`rounds[${ri}].round`, `expected a round of pack ${pack.id} (${list(defs.keys())}), found "${r.round}"`);
    if (!interviewer)
      issue(`rounds[${ri}].interviewer`, `expected the id of someone under people, found "${r.interviewer}"`);
    const rubric = def && Object.hasOwn(pack.rubrics, def.rubric) ? pack.rubrics[def.rubric] : undefined;
    if (def && !rubric)
      issue(`rounds[${ri}].round`, `pack ${pack.id} names rubric "${def.rubric}", which it does not define`);
    if (!def || !interviewer || !rubric) return;
    if (interviewer.role !== def.interviewerRole) {
      const pi = scenario.people.indexOf(interviewer);
      issue(
        `people[${pi}].role`,
        `expected the round's interviewerRole "${def.interviewerRole}" (${def.title}), found "${interviewer.role}"`,
      );
    }
    const round: ResolvedRound = {
      id: def.id,
      title: def.title,
      minutes: def.minutes,
      day: def.day,
      interviewer,
      rubric: { ...rubric, id: def.rubric },
      prompts: r.prompts,
    };
    const dims = new Set(rubric.dimensions.map((d) => d.id));
    const local = new Map(r.prompts.map((p) => [p.id, p]));
    r.prompts.forEach((p, pi) => {
      const at = `rounds[${ri}].prompts[${pi}]`;
      if (promptIds.has(p.id)) issue(`${at}.id`, `expected a prompt id unique in the scenario, found "${p.id}" twice`);
      promptIds.add(p.id);
      p.options.forEach((o, oi) => {
        const oat = `${at}.options[${oi}]`;
        if (options.has(o.id))
          issue(`${oat}.id`, `expected an option id unique in the scenario, found "${o.id}" twice`);
        options.set(o.id, { option: o, prompt: p, round });
        for (const dim of Object.keys(o.signals.scores)) {
          if (!dims.has(dim))
            issue(
              `${oat}.signals.scores.${dim}`,
              `expected a dimension of rubric ${def.rubric} (${list(dims)}), found "${dim}"`,
            );
        }
        if (o.followUp) {
          const target = local.get(o.followUp);
          if (!target) issue(`${oat}.followUp`, `expected the id of a prompt in the same round, found "${o.followUp}"`);
          else if (!target.probe)
            issue(`${oat}.followUp`, `expected a prompt marked probe: true, found "${o.followUp}" without it`);
        }
      });
    });
    if (!r.prompts.some((p) => !p.probe))
      issue(`rounds[${ri}].prompts`, 'expected at least one prompt that is not a probe');
    probesAskedTwice(r.prompts).forEach(({ probe, roots }) =>
      issue(
        `rounds[${ri}].prompts[${r.prompts.findIndex((p) => p.id === probe)}]`,
        `expected a probe reached from one prompt only, found "${probe}" reached from "${roots[0]}" and "${roots[1]}", so one interview could ask it twice`,
      ),
    );
    rounds.push(round);
  });

  const ordered = [...rounds].sort((a, b) => a.day - b.day);
  if (ordered.some((r, i) => r !== rounds[i]))
    issue('rounds', "expected the rounds in the order of the pack's calendar");

  const committee: Person[] = [];
  scenario.committee.forEach((id, i) => {
    const p = people.get(id);
    if (!p) issue(`committee[${i}]`, `expected the id of someone under people, found "${id}"`);
    else committee.push(p);
  });

  if (!Object.hasOwn(pack.comp.bands, scenario.level)) {
    issue(
      'level',
      `expected a level with a comp band in pack ${pack.id} (${list(Object.keys(pack.comp.bands))}), found "${scenario.level}"`,
    );
  }
  if (!pack.comp.levels.includes(scenario.level)) {
    issue('level', `expected one of pack ${pack.id}'s levels (${list(pack.comp.levels)}), found "${scenario.level}"`);
  }
  const rules = mergeRules(pack, scenario);
  scenario.rules.forEach((change, i) => {
    if ('off' in change && !pack.rules.some((r) => r.id === change.id)) {
      issue(
        `rules[${i}].id`,
        `expected the id of a rule of pack ${pack.id} to switch off (${list(pack.rules.map((r) => r.id))}), found "${change.id}"`,
      );
    }
  });
  for (const problem of checkPolicy(pack, rules, committee)) {
    issue(problem.in === 'pack' ? `(pack ${pack.id}) ${problem.path}` : problem.path, problem.message);
  }
  for (const [name, path] of Object.entries(scenario.paths)) {
    path.choices.forEach((c, i) => {
      if (!options.has(c)) issue(`paths.${name}.choices[${i}]`, `expected an option id of this scenario, found "${c}"`);
    });
  }
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    value: { scenario, pack, file, rounds, committee, policy: compilePolicy(pack, scenario, rules), options },
  };
}

/**
 * Probes a round could ask twice: those reached, through follow-ups, from two of the round's own
 * (non-probe) prompts. A follow-up cycle reaches its probes from one prompt, and is the branch
 * check's to name.
 */
function probesAskedTwice(prompts: readonly Prompt[]): { probe: string; roots: string[] }[] {
  const byId = new Map(prompts.map((p) => [p.id, p]));
  const roots = new Map<string, string[]>();
  for (const root of prompts) {
    if (root.probe) continue;
    const seen = new Set<string>();
    const stack = [root];
    while (stack.length) {
      for (const o of stack.pop()!.options) {
        const next = o.followUp ? byId.get(o.followUp) : undefined;
        if (!next?.probe || seen.has(next.id)) continue;
        seen.add(next.id);
        stack.push(next);
        roots.set(next.id, [...(roots.get(next.id) ?? []), root.id]);
      }
    }
  }
  return [...roots].filter(([, r]) => r.length > 1).map(([probe, r]) => ({ probe, roots: r }));
}
