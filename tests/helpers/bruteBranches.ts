// The branch check as it was first written: every combination of round outcomes enumerated. Kept as
// the slow reference the dynamic-programming check in machines/engine/branches.ts is held to.
import type { Decision, Prompt } from '../../machines/content/schema';
import type { BranchProblem, BranchReport as FastReport } from '../../machines/engine/branches';
import type { ResolvedRound, ResolvedScenario } from '../../machines/content/resolve';
import type { Scorecard } from '../../machines/rules/types';
import { scorecardOf } from '../../machines/roundMachine';
import { committeeInputOf } from '../../machines/loopMachine';
import { committeeOutcome } from '../../machines/committee/outcome';
import { dueDay, pastHold as pastHoldDay } from '../../machines/calendar';
import { earlyEndOf } from '../../machines/rules/earlyEnd';

// The same report as the dynamic-programming check, less its state count.
type BranchReport = Omit<FastReport, 'states'>;

/** Past this many distinct packets the check stops rather than run for minutes. */
const MAX_PACKETS = Number(process.env.DEBRIEF_MAX_PACKETS ?? 2_000_000);

/** One way through a round, grouped with every other way that files the same scorecard. */
interface RoundOutcome {
  card: Scorecard;
  slip: number;
  count: number;
  example: string[];
}

/**
 * Every path through a scenario: each round's answer sequences (follow-ups included) are grouped
 * by the scorecard they produce, then every combination of scorecards goes to the committee.
 * Grouping first keeps a five-round loop with a million answer sequences to a few thousand
 * committee decisions. Decisions use the same scorecard, vote and rule functions as the machines.
 */
export function bruteBranches(resolved: ResolvedScenario): BranchReport {
  const reached = new Set<string>();
  const deadEndProblems: BranchProblem[] = [];
  const deadEndsPerRound: number[] = [];
  const perRound = resolved.rounds.map((round, ri) => {
    const { outcomes, deadEnds } = walkRound(resolved, round, ri, reached, deadEndProblems);
    deadEndsPerRound.push(deadEnds);
    return outcomes;
  });

  const unreachable: BranchProblem[] = [];
  resolved.scenario.rounds.forEach((r, ri) =>
    r.prompts.forEach((p, pi) => {
      if (!reached.has(p.id)) {
        unreachable.push({
          path: `rounds[${ri}].prompts[${pi}]`,
          message: `no path reaches prompt "${p.id}": no option's followUp names this probe`,
        });
      }
    }),
  );

  const totals = perRound.map((groups) => groups.reduce((n, g) => n + g.count, 0));
  // A path that dead-ends in a round got there by any complete way through the rounds before it.
  const deadEnds = deadEndsPerRound.reduce((sum, d, ri) => sum + d * totals.slice(0, ri).reduce((a, b) => a * b, 1), 0);
  const packets = perRound.reduce((n, groups) => n * groups.length, 1);
  if (packets > MAX_PACKETS) {
    throw new Error(
      `${resolved.scenario.id}: ${packets} distinct packets is past the branch check's limit of ${MAX_PACKETS}`,
    );
  }

  const decisions: BranchReport['decisions'] = {};
  const examples: BranchReport['examples'] = {};
  const { holdDay, debriefDay } = resolved.pack.loop;
  // The calendar as the loop machine keeps it: each step on its day pushed back by the slip so far;
  // the hold timer fires first when a step would fall past the hold day, and the rounds after it
  // are never sat.
  const pastHold = (day: number) => pastHoldDay({ holdDay }, day);
  // One shared packet and group index, mutated as the walk goes: a five-round loop has hundreds of
  // thousands of packets, and copying arrays at every step cost most of the time.
  const cards: Scorecard[] = [];
  const picked: RoundOutcome[] = [];
  const exampleOf = (upTo: number) => picked.slice(0, upTo).flatMap((g) => g.example);
  const record = (decision: Decision, count: number, upTo: number) => {
    decisions[decision] = (decisions[decision] ?? 0) + count;
    if (!examples[decision]) examples[decision] = exampleOf(upTo);
  };
  const combine = (ri: number, slip: number, day: number, count: number) => {
    if (ri === perRound.length) {
      if (pastHold(dueDay(day, debriefDay, slip))) return record('hold', count, ri);
      return record(committeeOutcome(committeeInputOf(resolved, cards)).decision, count, ri);
    }
    const roundDay = dueDay(day, resolved.rounds[ri]!.day, slip);
    if (pastHold(roundDay)) return record('hold', count, ri);
    for (const g of perRound[ri]!) {
      cards[ri] = g.card;
      picked[ri] = g;
      // As the loop machine does: a loop rule (a failed screen) ends the path after this round.
      if (ri + 1 < perRound.length && earlyEndOf(resolved, cards)) record('no_hire', count * g.count, ri + 1);
      else combine(ri + 1, slip + g.slip, roundDay, count * g.count);
    }
    cards.length = ri;
    picked.length = ri;
  };
  if (perRound.every((groups) => groups.length)) combine(0, 0, 0, 1);
  const decided = Object.values(decisions).reduce((a, b) => a + b, 0);

  return {
    scenario: resolved.scenario.id,
    paths: decided + deadEnds,
    decisions,
    examples,
    unreachable,
    deadEnds,
    deadEndProblems,
  };
}

/** Every way through one round: a depth-first walk of prompts, probes and follow-ups. */
function walkRound(
  resolved: ResolvedScenario,
  round: ResolvedRound,
  ri: number,
  reached: Set<string>,
  problems: BranchProblem[],
): { outcomes: RoundOutcome[]; deadEnds: number } {
  const mains = round.prompts.filter((p) => !p.probe);
  const byId = new Map(round.prompts.map((p) => [p.id, p]));
  const groups = new Map<string, RoundOutcome>();
  const { pack } = resolved;
  let deadEnds = 0;
  // Where a rule reads a dimension's score, cards that differ in any score are kept apart.
  const readsScores = resolved.policy.rules.some((r) => r.impl.reads(r.settings).cards?.some((t) => t.dimension));

  const finish = (answers: Array<{ prompt: string; option: string }>) => {
    const card = scorecardOf(round, pack, answers);
    const slip = answers.reduce((sum, a) => sum + (resolved.options.get(a.option)?.option.signals.delayDays ?? 0), 0);
    // What the committee and the calendar read off a scorecard; two answer sets alike here decide alike.
    const key = JSON.stringify([
      card.overall,
      card.recommendation,
      card.reliability,
      card.flags.slice().sort(),
      slip,
      readsScores ? card.scores : null,
    ]);
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { card, slip, count: 1, example: answers.map((a) => a.option) });
  };

  const walk = (
    prompt: Prompt,
    mainIndex: number,
    answers: Array<{ prompt: string; option: string }>,
    onPath: Set<string>,
  ) => {
    reached.add(prompt.id);
    for (const option of prompt.options) {
      const next = [...answers, { prompt: prompt.id, option: option.id }];
      if (option.followUp) {
        const probe = byId.get(option.followUp);
        if (!probe) continue;
        if (onPath.has(probe.id)) {
          deadEnds++;
          const pi = round.prompts.indexOf(prompt);
          const oi = prompt.options.indexOf(option);
          const path = `rounds[${ri}].prompts[${pi}].options[${oi}].followUp`;
          if (!problems.some((p) => p.path === path)) {
            problems.push({
              path,
              message: `leads back to prompt "${probe.id}", already asked on this path: the round never ends`,
            });
          }
          continue;
        }
        walk(probe, mainIndex, next, new Set([...onPath, probe.id]));
        continue;
      }
      const following = mains[mainIndex + 1];
      if (following) walk(following, mainIndex + 1, next, new Set([following.id]));
      else finish(next);
    }
  };
  if (mains[0]) walk(mains[0], 0, [], new Set([mains[0].id]));
  return { outcomes: [...groups.values()], deadEnds };
}
