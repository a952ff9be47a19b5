import type { Decision, Prompt } from '../content/schema';
import type { ResolvedRound, ResolvedScenario } from '../content/resolve';
import type { Scorecard } from '../rules/types';
import { roundShape, scorecardOf, type RoundAnswer } from '../rules/scorecard';
import { votingMembers } from '../committee/outcome';
import { fastCommittee, fastStepAfter, readPrefix, type PrefixReads } from '../policy/fast';
import { decisionOfStep } from '../policy/ladder';
import { dimensionScores, recommendationFor, reliabilityRating, weightedOverall } from '../rules/scoring';
import { dueDay, pastHold } from '../calendar';
import { earlyEndOf } from '../rules/earlyEnd';
import type { Policy } from '../policy/compile';
import type { CardFacts } from '../policy/types';

/** A place in the content no path reaches, or a way through a round that never ends. */
export interface BranchProblem {
  /** Field path in the scenario file, as `debrief validate` prints it. */
  path: string;
  message: string;
}

/** What every way through a scenario leads to: the author's branch check. */
export interface BranchReport {
  scenario: string;
  /** Distinct sequences of answers from the first prompt to the decision (or to the hold). */
  paths: number;
  decisions: Partial<Record<Decision, number>>;
  /** One way to reach each decision, as option ids, for an author to try with `play --path`. */
  examples: Partial<Record<Decision, string[]>>;
  unreachable: BranchProblem[];
  /** Paths that never reach a decision (a follow-up that leads back into itself). */
  deadEnds: number;
  deadEndProblems: BranchProblem[];
  /** Distinct states the check folded over: what its cost grows with, not the number of paths. */
  states: number;
}

/** Every way through one round that files the same decision-relevant scorecard, counted, with one real example. */
interface RoundGroup {
  card: Scorecard;
  slip: number;
  count: number;
  example: RoundAnswer[];
}

/** A way through a round still being walked: where it is, and the sums its answers have moved so far. */
interface Walk {
  prompt: Prompt | undefined;
  main: number;
  /** Probes asked since the last main prompt: a follow-up back into one of them never ends. */
  chain: string[];
  deltas: number[];
  reliability: number;
  flags: string[];
  delay: number;
  count: number;
  example: RoundAnswer[];
}

/**
 * Every way through a round by dynamic programming: prompt by prompt, ways that have moved the
 * dimensions, the reliability, the flags and the calendar alike are merged into one state with a
 * count and one example. The cost grows with the distinct states, never with the paths.
 */
function foldRound(
  resolved: ResolvedScenario,
  round: ResolvedRound,
  ri: number,
  /** How finished ways are grouped; null when only the round's problems are wanted, so no scorecard is made. */
  key: ((card: Scorecard, slip: number) => string) | null,
  reached: Set<string>,
  problems: BranchProblem[],
): { groups: RoundGroup[]; deadEnds: number; states: number } {
  const { pack } = resolved;
  const { mains, byId } = roundShape(round);
  const dims = round.rubric.dimensions;
  const dimIndex = new Map(dims.map((d, i) => [d.id, i]));
  const groups = new Map<string, RoundGroup>();
  let deadEnds = 0;
  let states = 0;
  let frontier = new Map<string, Walk>();
  const start: Walk = {
    prompt: mains[0],
    main: 0,
    chain: [],
    deltas: dims.map(() => 0),
    reliability: 0,
    flags: [],
    delay: 0,
    count: 1,
    example: [],
  };
  if (start.prompt) frontier.set('start', start);

  const finish = (w: Walk) => {
    if (!key) return;
    const deltaBy = Object.fromEntries(dims.map((d, i) => [d.id, w.deltas[i]!]));
    const scores = dimensionScores(
      dims,
      [{ scores: deltaBy, flags: [], reliability: 0, delayDays: 0 }],
      pack.scoring.baseline,
    );
    const overall = weightedOverall(scores, dims);
    const baseline = pack.loop.reliability?.baseline ?? null;
    const card: Scorecard = {
      round: round.id,
      roundTitle: round.title,
      interviewer: round.interviewer.id,
      interviewerName: round.interviewer.name,
      scores,
      overall,
      recommendation: recommendationFor(overall, pack.scoring.recommendation),
      reliability:
        baseline === null
          ? null
          : reliabilityRating(baseline, [{ scores: {}, flags: [], reliability: w.reliability, delayDays: 0 }]),
      notes: [],
      impacts: [],
      narratives: {},
      flags: w.flags,
      choices: w.example.map((a) => a.option),
    };
    const k = key(card, w.delay);
    const group = groups.get(k);
    if (group) group.count += w.count;
    // The group keeps the real scorecard of its first example, notes and all, for the committee to read.
    else
      groups.set(k, { card: scorecardOf(round, pack, w.example), slip: w.delay, count: w.count, example: w.example });
  };

  for (let step = 0; frontier.size && step < 10_000; step++) {
    const next = new Map<string, Walk>();
    for (const w of frontier.values()) {
      states++;
      const prompt = w.prompt!;
      reached.add(prompt.id);
      prompt.options.forEach((option, oi) => {
        const deltas = w.deltas.slice();
        for (const [dim, d] of Object.entries(option.signals.scores)) {
          const i = dimIndex.get(dim);
          if (i !== undefined) deltas[i]! += d;
        }
        const flags = option.signals.flags.length
          ? [...new Set([...w.flags, ...option.signals.flags])].sort()
          : w.flags;
        const example = [...w.example, { prompt: prompt.id, option: option.id }];
        let chain: string[] = [];
        let target: Prompt | undefined;
        let main = w.main;
        if (option.followUp) {
          target = byId.get(option.followUp);
          if (!target) return;
          if (w.chain.includes(target.id)) {
            deadEnds += w.count;
            const path = `rounds[${ri}].prompts[${round.prompts.indexOf(prompt)}].options[${oi}].followUp`;
            if (!problems.some((p) => p.path === path)) {
              problems.push({
                path,
                message: `leads back to prompt "${target.id}", already asked on this path: the round never ends`,
              });
            }
            return;
          }
          chain = [...w.chain, target.id];
        } else {
          main = w.main + 1;
          target = mains[main];
        }
        const walk: Walk = {
          prompt: target,
          main,
          chain,
          deltas,
          reliability: w.reliability + option.signals.reliability,
          flags,
          delay: w.delay + option.signals.delayDays,
          count: w.count,
          example,
        };
        if (!target) return finish(walk);
        const k = `${target.id}|${main}|${chain.join(',')}|${deltas.join(',')}|${walk.reliability}|${flags.join(',')}|${walk.delay}`;
        const same = next.get(k);
        if (same) same.count += w.count;
        else next.set(k, walk);
      });
    }
    frontier = next;
  }
  return { groups: [...groups.values()], deadEnds, states };
}

/** Every round folded, and the prompts no way through reaches. */
function foldRounds(resolved: ResolvedScenario, key: ((card: Scorecard, slip: number) => string) | null) {
  const reached = new Set<string>();
  const deadEndProblems: BranchProblem[] = [];
  let states = 0;
  const perRound = resolved.rounds.map((round, ri) => {
    const folded = foldRound(resolved, round, ri, key, reached, deadEndProblems);
    states += folded.states;
    return folded;
  });
  const unreachable: BranchProblem[] = [];
  resolved.scenario.rounds.forEach((r, ri) =>
    r.prompts.forEach((p, pi) => {
      if (!reached.has(p.id))
        unreachable.push({
          path: `rounds[${ri}].prompts[${pi}]`,
          message: `no path reaches prompt "${p.id}": no option's followUp names this probe`,
        });
    }),
  );
  return { perRound, unreachable, deadEndProblems, states };
}

/**
 * The branch check's findings an author must fix, and all that `validate` reports: prompts no
 * path reaches and follow-ups that never end. Both are found inside the rounds, so this folds
 * each round and decides no packet; `enumerateBranches` finds the same problems, plus what every
 * path decides.
 */
export function branchProblems(resolved: ResolvedScenario): Pick<BranchReport, 'unreachable' | 'deadEndProblems'> {
  const { unreachable, deadEndProblems } = foldRounds(resolved, null);
  return { unreachable, deadEndProblems };
}

/** The loop so far, reduced to what the committee's votes and rules will read; its packet is kept as a chain of groups. */
interface LoopState {
  /** The sum of every round's overall, in hundredths. */
  sum: number;
  lowest: number;
  /** Per voting member who ran rounds, the sum of their own rounds' overalls in hundredths (they count them twice). */
  own: ReadonlyArray<number>;
  ownKey: string;
  /** Which declared card tests some card so far has met, a bit each. */
  hits: number;
  day: number;
  slip: number;
  count: number;
  prev: LoopState | null;
  group: RoundGroup | null;
}

/** A state's packet: its groups' real scorecards, first round first, written into a reused array. */
function cardsOf(s: LoopState, into: Scorecard[]): Scorecard[] {
  let n = 0;
  for (let at: LoopState | null = s; at?.group; at = at.prev) n++;
  into.length = n;
  for (let at: LoopState | null = s; at?.group; at = at.prev) into[--n] = at.group.card;
  return into;
}

/** A state's example path, as option ids: built only for the first state to reach a decision. */
function exampleOf(s: LoopState): string[] {
  const groups: RoundGroup[] = [];
  for (let at: LoopState | null = s; at?.group; at = at.prev) groups.push(at.group);
  return groups.reverse().flatMap((g) => g.example.map((a) => a.option));
}

/**
 * What the scenario's deciding rules read of single cards, as their kinds declare it: one test per
 * bit. The check knows no kind by name; a new kind that declares its tests is counted rightly.
 */
function cardTestsOf(policy: Policy): Array<(card: CardFacts) => boolean> {
  const tests: Array<(card: CardFacts) => boolean> = [];
  for (const r of [...policy.committeeRules, ...policy.rankRules])
    for (const t of r.impl.reads(r.settings).cards ?? []) tests.push(t.meets);
  if (tests.length > 30)
    throw new Error(`the branch check keeps at most 30 card tests; this scenario's rules declare ${tests.length}`);
  return tests;
}

/**
 * Every path through a scenario, counted by dynamic programming. Inside a round, ways are merged
 * prompt by prompt; across rounds, packets are merged whenever they agree on every number the
 * kernel and the votes read: each member's read is a sum of overalls in hundredths (the rounds
 * they ran counted twice), so the state keeps the sum of all overalls and, per member who ran
 * rounds, the sum of theirs; the lowest reliability where a member's vote has a floor; a bit per
 * card test the rules declare; and the calendar. Sums, never sequences: the states stop growing
 * with the paths. Each merged state keeps one real packet, decided by the same kernel the machines
 * call, so every example plays.
 */
export function enumerateBranches(resolved: ResolvedScenario): BranchReport {
  const { policy, pack } = resolved;
  const voters = votingMembers({ members: resolved.committee, policy });
  const committee = fastCommittee(policy, pack.scoring, voters);
  // The lowest reliability is read only through a member's floor.
  const readsReliability = committee.floors.some((f) => f !== undefined);
  const tests = cardTestsOf(policy);
  const hitsOf = (card: CardFacts) => {
    let hits = 0;
    for (let i = 0; i < tests.length; i++) if (tests[i]!(card)) hits |= 1 << i;
    return hits;
  };
  // Within a round: every fact of the scorecard a later fold or the kernel could read.
  const cardKey = (card: Scorecard, slip: number) =>
    `${card.overall}|${readsReliability ? card.reliability : ''}|${hitsOf(card)}|${slip}`;

  const { perRound, unreachable, deadEndProblems, states: roundStates } = foldRounds(resolved, cardKey);
  let states = roundStates;

  const totals = perRound.map((r) => r.groups.reduce((n, g) => n + g.count, 0));
  // A path that dead-ends in a round got there by any complete way through the rounds before it.
  const deadEnds = perRound.reduce(
    (sum, r, ri) => sum + r.deadEnds * totals.slice(0, ri).reduce((a, b) => a * b, 1),
    0,
  );

  const decisions: BranchReport['decisions'] = {};
  const examples: BranchReport['examples'] = {};
  const record = (decision: Decision, count: number, s: LoopState, last?: RoundGroup) => {
    decisions[decision] = (decisions[decision] ?? 0) + count;
    if (!examples[decision]) examples[decision] = [...exampleOf(s), ...(last?.example.map((a) => a.option) ?? [])];
  };

  // Across rounds, a state is the numbers the votes and rules read, updated by each round's card.
  // Hot: hundreds of thousands of extensions on a long loop, so the key is built before any
  // object, and a state is made only when no state with that key exists yet.
  const interviewed = new Set(resolved.rounds.map((r) => r.interviewer.id));
  const readers = voters.filter((m) => interviewed.has(m.id)).map((m) => m.id);
  const groupFacts = perRound.map((r) =>
    r.groups.map((g) => {
      const c = g.card;
      return {
        cents: Math.round(c.overall * 100),
        reader: readers.indexOf(c.interviewer),
        hits: hitsOf(c),
        reliability: readsReliability && c.reliability !== null ? c.reliability : Number.POSITIVE_INFINITY,
      };
    }),
  );
  const extendInto = (
    next: Map<string, LoopState>,
    s: LoopState,
    g: RoundGroup,
    f: (typeof groupFacts)[number][number],
    day: number,
  ) => {
    const sum = s.sum + f.cents;
    const lowest = Math.min(s.lowest, f.reliability);
    let ownKey = s.ownKey;
    if (f.reader >= 0) {
      ownKey = '';
      for (let i = 0; i < s.own.length; i++) ownKey += `${i === f.reader ? s.own[i]! + f.cents : s.own[i]!},`;
    }
    const hits = s.hits | f.hits;
    const slip = s.slip + g.slip;
    const key = `${sum}|${ownKey}|${lowest}|${hits}|${day}|${slip}`;
    const count = s.count * g.count;
    const same = next.get(key);
    if (same) same.count += count;
    else {
      const own = f.reader >= 0 ? s.own.map((v, i) => (i === f.reader ? v + f.cents : v)) : s.own;
      next.set(key, { sum, lowest, own, ownKey, hits, day, slip, count, prev: s, group: g });
    }
  };

  const origin: LoopState = {
    sum: 0,
    lowest: Number.POSITIVE_INFINITY,
    own: readers.map(() => 0),
    ownKey: readers.map(() => '0,').join(''),
    hits: 0,
    day: 0,
    slip: 0,
    count: 1,
    prev: null,
    group: null,
  };
  const cards: Scorecard[] = [];
  const prefix: PrefixReads = { length: 0, totals: new Float64Array(committee.empty.totals.length), low: undefined };
  const last = resolved.rounds.length - 1;
  let frontier: LoopState[] = perRound.every((r) => r.groups.length) ? [origin] : [];
  resolved.rounds.forEach((round, ri) => {
    const next = new Map<string, LoopState>();
    for (const s of frontier) {
      states++;
      const day = dueDay(s.day, round.day, s.slip);
      // The hold fires before this round is sat: the rounds after it never are.
      if (pastHold(pack.loop, day)) {
        record('hold', s.count, s);
        continue;
      }
      const groups = perRound[ri]!.groups;
      if (ri < last) {
        const facts = groupFacts[ri]!;
        // A loop rule (a failed screen) ends a path here: it sits no later round.
        const ending = policy.loopRules.length ? cardsOf(s, cards) : null;
        for (let gi = 0; gi < groups.length; gi++) {
          if (ending) {
            ending[ending.length] = groups[gi]!.card;
            const ended = earlyEndOf(resolved, ending);
            ending.length--;
            if (ended) {
              record('no_hire', s.count * groups[gi]!.count, s, groups[gi]);
              continue;
            }
          }
          extendInto(next, s, groups[gi]!, facts[gi]!, day);
        }
        continue;
      }
      // The last round is decided as it is folded: a merged state would only be decided once, and
      // building its key costs about what deciding it does.
      cardsOf(s, cards);
      // The rounds before are read once for every way through the last one.
      readPrefix(committee, cards, prefix);
      const at = cards.length;
      for (const g of groups) {
        states++;
        if (pastHold(pack.loop, dueDay(day, pack.loop.debriefDay, s.slip + g.slip)))
          record('hold', s.count * g.count, s, g);
        else {
          cards[at] = g.card;
          record(decisionOfStep(fastStepAfter(committee, prefix, cards)), s.count * g.count, s, g);
        }
      }
    }
    frontier = [...next.values()];
  });
  const decided = Object.values(decisions).reduce((a, b) => a + b, 0);
  return {
    scenario: resolved.scenario.id,
    paths: decided + deadEnds,
    decisions,
    examples,
    unreachable,
    deadEnds,
    deadEndProblems,
    states,
  };
}
