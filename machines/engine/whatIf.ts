import type { Recommendation, Rules } from '../content/schema';
import type { ResolvedScenario } from '../content/resolve';
import { reportOf } from './playPath';
import { Session } from './session';
import type { PlayReport } from './report';

/** Everything a coach can change about a finished path before the committee decides again. */
export interface WhatIf {
  /** Rules switched off (only rules the loop has can be switched). */
  rulesOff: Array<keyof Rules>;
  /** Members whose vote the coach sets instead of deriving it. */
  votes: Record<string, Recommendation>;
  hireAt?: number;
  downLevelAt?: number;
  /** Rubric dimension weights, by rubric id then dimension id. */
  weights: Record<string, Record<string, number>>;
  /** The answer to give at a prompt, overriding the base path's. */
  answers: Record<string, string>;
}

export const NO_CHANGES: WhatIf = { rulesOff: [], votes: {}, weights: {}, answers: {} };

/** The scenario with the coach's changes to rules, thresholds and weights applied. */
export function withChanges(resolved: ResolvedScenario, w: WhatIf): ResolvedScenario {
  const rules: Rules = { ...resolved.rules };
  for (const id of w.rulesOff) rules[id] = false;
  const reweigh = <R extends { id: string; dimensions: Array<{ id: string; weight: number }> }>(rubric: R): R => ({
    ...rubric,
    dimensions: rubric.dimensions.map((d) => ({ ...d, weight: w.weights[rubric.id]?.[d.id] ?? d.weight })),
  });
  const committee = {
    ...resolved.pack.committee,
    ...(w.hireAt !== undefined ? { hireAt: w.hireAt } : {}),
    ...(w.downLevelAt !== undefined ? { downLevelAt: w.downLevelAt } : {}),
  };
  const rubrics = Object.fromEntries(Object.entries(resolved.pack.rubrics).map(([id, r]) => [id, reweigh({ ...r, id })]));
  return {
    ...resolved,
    rules,
    pack: { ...resolved.pack, committee, rubrics },
    rounds: resolved.rounds.map((r) => ({ ...r, rubric: reweigh(r.rubric) })),
  };
}

/**
 * Play a path again with the coach's changes, through the same machines: answers follow the base
 * path except where overridden (a prompt the base path never reached takes its first option), and
 * members with a set vote are played as persons who cast it.
 */
export function runWhatIf(resolved: ResolvedScenario, baseChoices: ReadonlyArray<string>, w: WhatIf): PlayReport {
  const changed = withChanges(resolved, w);
  const members = Object.keys(w.votes);
  const session = new Session(changed, { personMembers: members });
  const base = new Map(baseChoices.map((id) => [resolved.options.get(id)?.prompt.id, id]));
  for (let guard = 0; guard < 500 && session.snapshot.status === 'active'; guard++) {
    const snap = session.snapshot;
    const children = snap.children as Record<string, { getSnapshot(): { context: Record<string, unknown>; children?: Record<string, { getSnapshot(): { value: unknown } } | undefined> } } | undefined>;
    const round = children.round?.getSnapshot().context as { promptId: string; round: { prompts: Array<{ id: string; options: Array<{ id: string }> }> } } | undefined;
    if (round && snap.matches({ undecided: 'interviewing' })) {
      const prompt = round.round.prompts.find((p) => p.id === round.promptId)!;
      const wanted = w.answers[prompt.id] ?? base.get(prompt.id);
      const option = prompt.options.some((o) => o.id === wanted) ? wanted! : prompt.options[0]!.id;
      session.send({ type: 'candidate.answer', option });
      continue;
    }
    const committee = children.committee?.getSnapshot();
    if (committee) {
      const awaited = members.find((m) => committee.children?.[`vote-${m}`]?.getSnapshot().value === 'awaitingPerson');
      if (awaited) session.send({ type: 'committee.vote', member: awaited, recommendation: w.votes[awaited]!, narrative: 'Set by the coach in a what-if.' });
      else session.send({ type: 'debrief.advance' });
      continue;
    }
    break;
  }
  const transcript = session.events.flatMap((e) => {
    if (e.type !== 'candidate.answer') return [];
    const found = resolved.options.get(e.option)!;
    return [{ round: found.round.title, interviewer: found.round.interviewer.name, prompt: found.prompt.id, promptText: found.prompt.text, probe: found.prompt.probe, option: e.option, answer: found.option.text, note: found.option.note, coach: found.option.coach }];
  });
  const report = reportOf(session.snapshot, changed, 'what-if', transcript);
  session.stop();
  return report;
}

/** What changed between two outcomes, in sentences a coach can read out. */
export function explainChange(before: PlayReport, after: PlayReport): string[] {
  const lines: string[] = [];
  if (before.decision !== after.decision) lines.push(`The decision moves from ${before.decisionLabel} to ${after.decisionLabel}.`);
  else lines.push(`The decision stays ${after.decisionLabel}.`);
  const rules = (r: PlayReport) => new Map(r.rulesFired.filter((f) => /^V/.test(f.rule)).map((f) => [f.rule, f]));
  const [b, a] = [rules(before), rules(after)];
  for (const [id] of b) if (!a.has(id)) lines.push(`${id} no longer fires.`);
  for (const [id, f] of a) if (!b.has(id)) lines.push(`${id} now fires: ${f.reason}.`);
  if (before.consensus !== after.consensus && after.consensus !== null) lines.push(`Calibrated consensus ${before.consensus ?? '–'} → ${after.consensus}.`);
  return lines;
}
