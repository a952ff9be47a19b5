import type { Recommendation } from '../content/common';
import type { ResolvedScenario } from '../content/resolve';
import type { Person } from '../content/schema';
import type { CompiledRule, Policy } from '../policy/compile';
import type { CardFacts, CardTest, Packet, VoteFacts } from '../policy/types';
import type { Scorecard } from '../rules/types';
import { consensusOf, evaluate } from '../policy/kernel';
import { ladderStep } from '../policy/ladder';
import { addToRead, calibratedOf, concernsOf, readOf, recommendationOfRead, scoreOfRead } from '../rules/votes';
import { recommendationFor } from '../rules/scoring';
import { votingMembers } from '../committee/outcome';
import { R1_SCALE } from './setup';
import type { Draws } from './normal';

type LiveCard = CardFacts & { scores: Record<string, number>; interviewer: string };
type LiveVote = VoteFacts;
type LivePacket = Packet & { votes: LiveVote[]; cards: LiveCard[] };

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : Math.min(x, hi));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Whether any rule's declared card tests read a dimension's score. */
export const readsDimensions = (rules: ReadonlyArray<CompiledRule>) =>
  rules.some((r) => r.impl.reads(r.settings).cards?.some((t: CardTest) => t.dimension !== undefined));

/** A ladder step made comparable: no hire lowest, then two down, one down, at level, up. */
export const stepRank = (step: number | null) => (step === null ? -3 : step);

/**
 * One scenario's committee as mutable numbers, built once per lab run and reused for every draw:
 * the path's scorecards are the truth, each draw re-reads them with leniency and error, files
 * them as the round machine does (whole points, the rubric's weights, the pack's thresholds),
 * derives the votes with the engine's one derivation (rules/votes.ts: the read, a veto holder's
 * reliability floor, calibration),
 * and hands the same packet objects to the kernel. Nothing here allocates per draw.
 */
export class Committee {
  readonly policy: Policy;
  readonly cards: LiveCard[];
  readonly dims: string[][];
  readonly weights: number[][];
  readonly totals: number[];
  /** Per card, the recorded score on each dimension. */
  readonly truth: Float64Array[];
  readonly relTruth: Array<number | null>;
  /** Per card, who filed it (an index into people). */
  readonly rater: Int32Array;
  readonly people: Person[];
  /** Per vote, who casts it (an index into people). */
  readonly voter: Int32Array;
  /** Per vote, the member who casts it, as the one vote derivation reads them. */
  readonly members: Person[];
  readonly votes: LiveVote[];
  readonly packet: LivePacket;
  /** Per vote, the packet without that member's vote: whether they were decisive. */
  readonly without: LivePacket[];
  /** This draw's reading bias per person (their leniency off the recorded one), and the leniency their vote carries. */
  readonly bias: Float64Array;
  readonly leniency: Float64Array;
  /** Per person, what calibration takes off their vote (their leniency as the committee knows it). */
  readonly known: Float64Array;
  /** Per vote, the read before it was held to the scale. */
  readonly raw: Float64Array;
  readonly score: Float64Array;
  readonly thresholds: ResolvedScenario['pack']['scoring']['recommendation'];
  readonly baseline: number;
  /** A member's running read (sum, weight), reused for every vote. */
  private readonly read = new Float64Array(2);
  private readonly scratch: Float64Array;
  /** Whether any rule reads per-dimension scores: only then are they written into the cards. */
  private readonly keepScores: boolean;

  constructor(resolved: ResolvedScenario, recorded: ReadonlyArray<Scorecard>, policy: Policy) {
    this.policy = policy;
    this.thresholds = resolved.pack.scoring.recommendation;
    this.baseline = resolved.pack.scoring.baseline;
    const byId = new Map(resolved.scenario.people.map((p, i) => [p.id, i]));
    this.people = resolved.scenario.people;
    const roundOf = new Map(resolved.rounds.map((r) => [r.id, r]));
    this.cards = [];
    this.dims = [];
    this.weights = [];
    this.totals = [];
    this.truth = [];
    this.relTruth = [];
    this.rater = new Int32Array(recorded.length);
    recorded.forEach((card, i) => {
      const rubric = roundOf.get(card.round)!.rubric;
      this.dims.push(rubric.dimensions.map((d) => d.id));
      this.weights.push(rubric.dimensions.map((d) => d.weight));
      this.totals.push(rubric.dimensions.reduce((s, d) => s + d.weight, 0));
      this.truth.push(Float64Array.from(rubric.dimensions, (d) => card.scores[d.id] ?? 0));
      this.relTruth.push(card.reliability);
      this.rater[i] = byId.get(card.interviewer)!;
      this.cards.push({
        round: card.round,
        roundTitle: card.roundTitle,
        interviewer: card.interviewer,
        interviewerName: card.interviewerName,
        overall: card.overall,
        recommendation: card.recommendation,
        reliability: card.reliability,
        flags: card.flags,
        scores: { ...card.scores },
        notes: card.notes,
        impacts: card.impacts,
      });
    });
    this.keepScores = readsDimensions(resolved.policy.rules);
    this.scratch = new Float64Array(Math.max(1, ...this.dims.map((d) => d.length)));
    const members = votingMembers({ members: resolved.committee, policy });
    this.voter = Int32Array.from(members, (m) => byId.get(m.id)!);
    this.members = members;
    this.votes = members.map((m) => ({
      member: m.id,
      name: m.name,
      role: m.role,
      recommendation: 'yes' as Recommendation,
      calibrated: 0,
      reason: '',
    }));
    const packetWith = (votes: LiveVote[]): LivePacket => ({
      cards: this.cards,
      votes,
      consensus: 0,
      step: null,
      candidate: policy.candidate,
      cohort: policy.cohort,
      thresholds: policy.thresholds,
    });
    this.packet = packetWith(this.votes);
    this.without = this.votes.map((_, i) => packetWith(this.votes.filter((_, j) => j !== i)));
    this.bias = new Float64Array(this.people.length);
    this.leniency = Float64Array.from(this.people, (p) => p.leniency);
    this.known = Float64Array.from(this.people, (p) => p.leniency);
    this.raw = new Float64Array(members.length);
    this.score = new Float64Array(members.length);
  }

  /** Each vote's reliability floor under a policy (NaN for none): a veto switched off takes its floor with it. */
  floorsFor(policy: Pick<Policy, 'committeeRules'>): Float64Array {
    return Float64Array.from(this.voter, (p) => concernsOf(this.people[p]!, policy).reliabilityFloor ?? NaN);
  }

  /** Everyone reads as recorded: no bias, the recorded leniency, calibrated by it. */
  recordedPeople() {
    for (let p = 0; p < this.people.length; p++) {
      this.bias[p] = 0;
      this.leniency[p] = this.people[p]!.leniency;
      this.known[p] = this.leniency[p]!;
    }
  }

  /** This draw's interviewers: each reads `shift` plus a normal leniency of sd `len` off their record. */
  drawPeople(draws: Draws, shift: number, len: number) {
    for (let p = 0; p < this.people.length; p++) this.setBias(p, shift + len * draws.normal());
  }

  /** Person p reads `b` points off their record, in their scorecards and in their vote. */
  setBias(p: number, b: number) {
    this.bias[p] = b;
    this.leniency[p] = this.people[p]!.leniency + b;
  }

  /** File card c from readings per dimension (whole points or a panel's mean) and an R1 reading. */
  file(c: number, values: ArrayLike<number>, reliability: number | null) {
    const card = this.cards[c]!;
    const dims = this.dims[c]!;
    const weights = this.weights[c]!;
    let weighted = 0;
    for (let d = 0; d < dims.length; d++) weighted += values[d]! * weights[d]!;
    // Keyed writes cost more than the rest of a reading: only made when some rule reads them.
    if (this.keepScores) for (let d = 0; d < dims.length; d++) card.scores[dims[d]!] = values[d]!;
    card.overall = round2(weighted / this.totals[c]!);
    card.recommendation = recommendationFor(card.overall, this.thresholds);
    card.reliability = reliability;
  }

  /** One reading of card c: its truth moved by `offset` points, held to whole points on the scale. */
  readCard(c: number, offset: number) {
    const truth = this.truth[c]!;
    const values = this.scratch;
    for (let d = 0; d < truth.length; d++) values[d] = clamp(Math.round(truth[d]! + offset), 1, 5);
    const rel = this.relTruth[c]!;
    this.file(c, values, rel === null ? null : clamp(Math.round(rel + offset * R1_SCALE), 1, 10));
  }

  /** Card c at a candidate's true level: the recorded scores moved by `candidate`, unrounded (rounding is part of the reading). */
  fileTruth(c: number, candidate: number) {
    const truth = this.truth[c]!;
    const values = this.scratch;
    for (let d = 0; d < truth.length; d++) values[d] = clamp(truth[d]! + candidate, 1, 5);
    const rel = this.relTruth[c]!;
    this.file(c, values, rel === null ? null : clamp(rel + candidate * R1_SCALE, 1, 10));
  }

  /** Every card read once by its own interviewer: the candidate's offset, their bias and an error of sd `err`. */
  readAll(draws: Draws, candidate: number, err: number) {
    for (let c = 0; c < this.cards.length; c++)
      this.readCard(c, candidate + this.bias[this.rater[c]!]! + err * draws.normal());
  }

  /**
   * The votes on the filed cards, through the one vote derivation the machines use; `calibrate`
   * false leaves every read as it is. Then the consensus and where it sits on the ladder.
   */
  vote(floors: Float64Array, calibrate = true) {
    const { cards, read } = this;
    for (let v = 0; v < this.votes.length; v++) {
      read[0] = 0;
      read[1] = 0;
      addToRead(this.members[v]!, cards, 0, cards.length, read, 0);
      const p = this.voter[v]!;
      const raw = readOf(read, 0, this.baseline, this.leniency[p]!);
      this.raw[v] = raw;
      this.score[v] = scoreOfRead(raw);
      this.votes[v]!.calibrated = calibratedOf(raw, calibrate ? this.known[p]! : 0);
    }
    this.refloor(floors);
    this.packet.consensus = consensusOf(this.votes);
    this.packet.step = ladderStep(this.policy, this.packet.consensus);
  }

  /** The recommendations under other floors (a rule switched off, NaN for none): the scores stay as read. */
  refloor(floors: Float64Array, lowest = this.lowestReliability()) {
    for (let v = 0; v < this.votes.length; v++) {
      const floor = floors[v]!;
      this.votes[v]!.recommendation = recommendationOfRead(
        this.raw[v]!,
        this.thresholds,
        Number.isNaN(floor) ? undefined : floor,
        lowest,
      );
    }
  }

  lowestReliability() {
    let lowest = Infinity;
    for (const c of this.cards) if (c.reliability !== null && c.reliability < lowest) lowest = c.reliability;
    return lowest;
  }

  /** The kernel's step on this draw's packet, under a policy of the same ladder and bars. */
  decide(policy: Policy = this.policy, fired?: CompiledRule[]): number | null {
    return evaluate(policy, this.packet, fired);
  }

  /** The step had vote v not been cast: the others' consensus, the same cards and rules. */
  decideWithout(v: number, policy: Policy = this.policy): number | null {
    const packet = this.without[v]!;
    packet.consensus = consensusOf(packet.votes);
    packet.step = ladderStep(policy, packet.consensus);
    return evaluate(policy, packet);
  }
}
