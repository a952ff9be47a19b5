import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel, getShortestPaths } from 'xstate/graph';
import { roundMachine } from '../../machines/roundMachine';
import { offerMachine } from '../../machines/offerMachine';
import { memberVoteMachine } from '../../machines/committee/memberVoteMachine';
import { debriefMachine } from '../../machines/debriefMachine';
import { conversionMachine } from '../../machines/conversionMachine';
import { loopMachine } from '../../machines/loopMachine';
import { golden, offerPolicy } from '../helpers/golden';
import { card, vote } from '../helpers/cards';
import { coverage, delayEvents } from '../helpers/graph';
import { compileRule, type OfferPolicy } from '../../machines/policy/compile';

const resolved = golden();
const technical = resolved.rounds.find((r) => r.id === 'technical')!;
const byValue = (s: { value: unknown }) => JSON.stringify(s.value);
/** The golden offer with a competing-offer rule and a five-day deadline, so every offer state can be reached. */
const withDeadline = (policy: OfferPolicy): OfferPolicy => ({
  ...policy,
  competing: compileRule({ id: 'M1', kind: 'competing-offer', via: ['signOn', 'equity'] }),
  deadline: compileRule({ id: 'D1', kind: 'offer-deadline', days: 5 }),
});

describe('every state is reachable and no state is a dead end', () => {
  it('round: answers, probes, and a person-filled scorecard (valid and missing its R2 narrative)', () => {
    for (const scoredByPerson of [false, true]) {
      const result = coverage(roundMachine, {
        input: { round: technical, scoring: resolved.pack.scoring, reliabilityBaseline: 7, scoredByPerson },
        events: [
          ...technical.prompts.flatMap((p) => p.options.map((o) => ({ type: 'candidate.answer', option: o.id }))),
          { type: 'interviewer.scorecard', scores: { framing: 2, structure: 4 }, recommendation: 'no' },
          { type: 'interviewer.scorecard', scores: { framing: 4, structure: 4 }, recommendation: 'yes' },
        ],
      });
      // Scoring waits only for a person; a derived scorecard is filed straight away.
      expect(result.unreachable).toEqual(scoredByPerson ? [] : ['round.scoring']);
      expect(result.deadEnds).toEqual([]);
      expect(result.errors).toEqual([]);
    }
  });

  const offerInput = (lockAfterVerbal: boolean) => ({
    policy: withDeadline(offerPolicy(resolved, lockAfterVerbal)),
    level: 'L5',
    flags: [],
  });
  const offerEvents = [
    { type: 'candidate.ask', ask: 'base', amount: 30000 },
    { type: 'candidate.compete', amount: 400000 },
    { type: 'candidate.wait', days: 7 },
    { type: 'offer.extend' },
    { type: 'candidate.accept' },
    { type: 'candidate.decline' },
    { type: 'band.adjust', by: 'engineering-manager', base: [1, 2] },
  ];

  it('offer', () => {
    const result = coverage(offerMachine, { input: offerInput(true), events: offerEvents, serialize: byValue });
    expect(result).toMatchObject({ unreachable: [], deadEnds: [], errors: [] });
  });

  it('member vote, derived and by a person', () => {
    const member = resolved.committee[0]!;
    for (const byPerson of [false, true]) {
      const result = coverage(memberVoteMachine, {
        input: { member, scorecards: [card()], scoring: resolved.pack.scoring, concerns: {}, byPerson },
        events: [{ type: 'member.cast', vote: vote('Hank', 'hiring-manager', 'yes') }],
        serialize: byValue,
      });
      // A derived vote never waits for a person, so that state is unreachable by design.
      expect(result.unreachable).toEqual(byPerson ? [] : ['memberVote.awaitingPerson']);
      expect(result.deadEnds).toEqual([]);
      expect(result.errors).toEqual([]);
    }
  });

  const committeeInput = {
    members: resolved.committee,
    personMembers: [],
    policy: resolved.policy,
    scoring: resolved.pack.scoring,
    scorecards: [card()],
  };
  const voted = resolved.committee.map((m) => ({ type: 'member.voted', vote: vote(m.name, m.role, 'yes') }));
  const votedBy = resolved.committee.map((m, i) => ({ ...voted[i]!, vote: { ...voted[i]!.vote, member: m.id } }));

  it('debrief', () => {
    // Votes the engine derives are in at once; a member a person plays keeps the vote open, so voting is a state to rest in.
    const input = { ...committeeInput, personMembers: [resolved.committee[0]!.id] };
    const result = coverage(debriefMachine, {
      input,
      events: [{ type: 'debrief.advance' }, ...votedBy],
      serialize: (s) => JSON.stringify([s.value, Object.keys(s.context.votes).length]),
    });
    expect(result).toMatchObject({ unreachable: [], deadEnds: [], errors: [] });
  });

  it('conversion', () => {
    const input = {
      ...committeeInput,
      policy: {
        ...committeeInput.policy,
        committee: {
          ...committeeInput.policy.committee,
          kind: 'conversion' as const,
          phases: { manager: 'hiring-manager', engineers: 'engineering-lead', calibrator: 'vp' },
        },
      },
    };
    const result = coverage(conversionMachine, {
      input,
      events: [{ type: 'debrief.advance' }, ...votedBy],
      serialize: (s) => JSON.stringify([s.value, Object.keys(s.context.votes).length]),
    });
    expect(result).toMatchObject({ unreachable: [], deadEnds: [], errors: [] });
  });

  it('loop: rounds, debrief, offer, hold and withdrawal', () => {
    const outcome = (decision: string, level: string | null) => ({
      decision,
      level,
      rulesFired: [],
      consensus: 3.5,
      votes: [],
    });
    const offerOutput = { terms: {}, accepted: true, log: [], firings: [] };
    const events = [
      ...delayEvents(loopMachine.root),
      { type: 'xstate.done.actor.round', output: card() },
      { type: 'xstate.done.actor.committee', output: outcome('hire', 'L5') },
      { type: 'xstate.done.actor.committee', output: outcome('no_hire', null) },
      { type: 'xstate.done.actor.offer', output: offerOutput },
      { type: 'candidate.withdraw' },
    ];
    for (const kind of ['debrief', 'conversion'] as const) {
      const r = golden({ pack: (p) => ({ ...p, committee: { ...p.committee, kind } }) });
      const result = coverage(loopMachine, {
        input: { resolved: r },
        events,
        serialize: (s) => JSON.stringify([s.value, s.context.roundIndex, s.context.outcome?.decision ?? null]),
      });
      // A debrief pack never converts; a conversion pack passes through deliberating straight to converting.
      expect(result.unreachable).toEqual([
        kind === 'debrief' ? 'loop.undecided.converting' : 'loop.undecided.deliberating',
      ]);
      expect(result.deadEnds).toEqual([]);
      expect(result.errors).toEqual([]);
    }
  });
});

describe('model-based paths through the offer machine', () => {
  const input = { policy: withDeadline(offerPolicy(resolved, true)), level: 'L5', flags: [] };
  const events = [
    { type: 'candidate.ask' as const, ask: 'base' as const, amount: 30000 },
    { type: 'candidate.compete' as const, amount: 400000 },
    { type: 'candidate.wait' as const, days: 7 },
    { type: 'offer.extend' as const },
    { type: 'candidate.accept' as const },
    { type: 'candidate.decline' as const },
  ];

  it('has one shortest path to each of its five states', () => {
    const paths = getShortestPaths(offerMachine, {
      input,
      events,
      serializeState: (s) => JSON.stringify(s.value) as never,
    });
    expect(paths.map((p) => p.state.value).sort()).toEqual(['accepted', 'declined', 'drafting', 'expired', 'extended']);
  });

  it('a real actor follows every shortest path to the state the model predicts', async () => {
    const model = createTestModel(offerMachine, {
      input,
      events,
      serializeState: (s) => JSON.stringify(s.value) as never,
    });
    // Paths that are prefixes of longer ones (to drafting, to extended) are folded into them.
    const paths = model.getShortestPaths();
    expect(paths.map((p) => p.state.value).sort()).toEqual(['accepted', 'declined', 'expired']);
    for (const path of paths) {
      const actor = createActor(offerMachine, { input }).start();
      await path.test({
        events: {
          'candidate.ask': ({ event }) => void actor.send(event as never),
          'offer.extend': ({ event }) => void actor.send(event as never),
          'candidate.accept': ({ event }) => void actor.send(event as never),
          'candidate.decline': ({ event }) => void actor.send(event as never),
          'candidate.compete': ({ event }) => void actor.send(event as never),
          'candidate.wait': ({ event }) => void actor.send(event as never),
        },
        states: {
          '*': (state) => expect(actor.getSnapshot().value).toEqual(state.value),
        },
      });
    }
  });
});
