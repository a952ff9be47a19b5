import type { Bars, Recommendation } from '../content/schema';
import type { ResolvedScenario } from '../content/resolve';
import { withPolicyChanges } from '../policy/compile';
import { ladderOf } from '../policy/ladder';
import { reportOf } from './playPath';
import { createPlay, transcriptOf } from '../play/driver';
import type { PlayReport } from './report';

/** Everything a coach can change about a finished path before the committee decides again. */
export interface WhatIf {
  /** Rule instances switched off, by id (only rules the loop has can be switched). */
  rulesOff: string[];
  /** Members whose vote the coach sets instead of deriving it. */
  votes: Record<string, Recommendation>;
  /** The ladder's bars moved (hire, downLevel, …). */
  bars?: Partial<Bars>;
  /** Rubric dimension weights, by rubric id then dimension id. */
  weights: Record<string, Record<string, number>>;
  /** The answer to give at a prompt, overriding the base path's. */
  answers: Record<string, string>;
}

export const NO_CHANGES: WhatIf = { rulesOff: [], votes: {}, weights: {}, answers: {} };

/** The scenario with the coach's changes to rules, thresholds and weights applied. */
export function withChanges(resolved: ResolvedScenario, w: WhatIf): ResolvedScenario {
  const reweigh = <R extends { id: string; dimensions: Array<{ id: string; weight: number }> }>(rubric: R): R => ({
    ...rubric,
    dimensions: rubric.dimensions.map((d) => ({ ...d, weight: w.weights[rubric.id]?.[d.id] ?? d.weight })),
  });
  const rubrics = Object.fromEntries(
    Object.entries(resolved.pack.rubrics).map(([id, r]) => [id, reweigh({ ...r, id })]),
  );
  return {
    ...resolved,
    policy: withPolicyChanges(resolved.policy, { off: w.rulesOff, bars: w.bars }),
    pack: { ...resolved.pack, rubrics },
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
  const play = createPlay(changed, { personMembers: Object.keys(w.votes) });
  const base = new Map(baseChoices.map((id) => [resolved.options.get(id)?.prompt.id, id]));
  for (let guard = 0; guard < 500; guard++) {
    const at = play.now();
    if (at.kind === 'prompt') {
      const wanted = w.answers[at.prompt.id] ?? base.get(at.prompt.id);
      play.send({ type: 'candidate.answer', option: at.options.includes(wanted!) ? wanted! : at.options[0]! });
    } else if (at.kind === 'votes') {
      const member = at.members[0]!;
      play.send({
        type: 'committee.vote',
        member,
        recommendation: w.votes[member]!,
        narrative: 'Set by the coach in a what-if.',
      });
    } else if (at.kind === 'advance') play.send({ type: 'debrief.advance' });
    else break;
  }
  const report = reportOf(play.actor.getSnapshot(), changed, 'what-if', transcriptOf(resolved, play.events));
  play.stop();
  return report;
}

/** What changed between the path as played and the what-if, and why, in sentences a coach can read out. */
export function explainChange(base: PlayReport, after: PlayReport, changed?: ResolvedScenario): string[] {
  const lines: string[] = [];
  if (base.decision !== after.decision)
    lines.push(`Against the path as played, the decision moves from ${base.decisionLabel} to ${after.decisionLabel}.`);
  else lines.push(`The decision stays ${after.decisionLabel}, as on the path as played.`);
  const committeeRules = (r: PlayReport) =>
    new Map(r.rulesFired.filter((f) => f.by !== 'calendar' && !isOfferFiring(f, changed)).map((f) => [f.rule, f]));
  const [b, a] = [committeeRules(base), committeeRules(after)];
  for (const [id, f] of b) if (!a.has(id)) lines.push(`${id} (${f.label}) no longer fires.`);
  for (const [id, f] of a) if (!b.has(id)) lines.push(`${id} (${f.label}) now fires: ${f.reason}.`);
  if (base.consensus !== after.consensus && after.consensus !== null)
    lines.push(`Calibrated consensus ${base.consensus ?? '–'} → ${after.consensus}.`);
  if (changed && after.consensus !== null && !a.size) lines.push(why(after.consensus, changed));
  return lines;
}

const isOfferFiring = (f: { rule: string }, resolved?: ResolvedScenario) =>
  !!resolved && resolved.policy.rules.some((r) => r.id === f.rule && r.impl.phase === 'offer');

/** Why the consensus lands where it does on the ladder: the bar it reaches or misses. */
function why(consensus: number, resolved: ResolvedScenario): string {
  const ladder = ladderOf(resolved.policy);
  const reached = ladder.find((s) => consensus >= s.bar);
  const missed = [...ladder].reverse().find((s) => consensus < s.bar);
  const parts = [
    reached
      ? `consensus ${consensus} ≥ the ${reached.decision.replace(/_/g, '-')} bar ${reached.bar} (${reached.level})`
      : '',
    missed ? `< the ${missed.decision.replace(/_/g, '-')} bar ${missed.bar}` : '',
  ].filter(Boolean);
  return `Why: ${parts.join(', ')}.`;
}
