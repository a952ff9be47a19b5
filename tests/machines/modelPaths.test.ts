import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type AnyStateMachine, type EventObject } from 'xstate';
import { createTestModel, getShortestPaths } from 'xstate/graph';
import { roundMachine } from '../../machines/roundMachine';
import { debriefMachine } from '../../machines/debriefMachine';
import { conversionMachine } from '../../machines/conversionMachine';
import { loopMachine } from '../../machines/loopMachine';
import { golden } from '../helpers/golden';
import { card, vote } from '../helpers/cards';
import { delayEvents } from '../helpers/graph';

// Model-based paths, as the offer machine has them (graph.test.ts): every shortest path through
// each machine is counted, so a state added without a test changes a number here, and a real actor
// follows each path to the state the model predicts.

const resolved = golden();
const technical = resolved.rounds.find((r) => r.id === 'technical')!;

/**
 * Follow every shortest path of a machine with a real actor (on a simulated clock, so a delay
 * fires only when its event is sent), checking each state it passes by the model's own key.
 */
async function followAll(
  machine: AnyStateMachine,
  input: unknown,
  events: EventObject[],
  serializeState: (s: { value: unknown; context: never }) => string,
) {
  const model = createTestModel(machine, { input, events, serializeState: serializeState as never });
  const paths = model.getShortestPaths();
  for (const path of paths) {
    const actor = createActor(machine, { input, clock: new SimulatedClock() }).start();
    const handlers = Object.fromEntries(
      [...new Set(events.map((e) => e.type))].map((type) => [
        type,
        ({ event }: { event: EventObject }) => void actor.send(event as never),
      ]),
    );
    await path.test({
      events: handlers,
      states: {
        '*': (state) => expect(serializeState(actor.getSnapshot() as never)).toBe(serializeState(state as never)),
      },
    });
    actor.stop();
  }
  return paths;
}

describe('model-based paths through the round, committee and loop machines', () => {
  it('round: one path to each prompt the technical round asks, then the filed card; a person scoring adds the wait', async () => {
    const answers = technical.prompts.flatMap((p) =>
      p.options.map((o) => ({ type: 'candidate.answer', option: o.id })),
    );
    const scorecard = { type: 'interviewer.scorecard', scores: { framing: 4, structure: 4 }, recommendation: 'yes' };
    const byPrompt = (s: { value: unknown; context: never }) =>
      JSON.stringify([s.value, (s.context as { promptId: string }).promptId]);
    for (const scoredByPerson of [false, true]) {
      const input = { round: technical, scoring: resolved.pack.scoring, reliabilityBaseline: 7, scoredByPerson };
      const shortest = getShortestPaths(roundMachine, {
        input,
        events: [...answers, scorecard] as never,
        serializeState: byPrompt as never,
      });
      // asking t1, t1-probe, t2 and filed at the last prompt; a person scoring rests in scoring first.
      expect(shortest.map((p) => p.state.value)).toEqual(
        scoredByPerson ? ['asking', 'asking', 'asking', 'scoring', 'filed'] : ['asking', 'asking', 'asking', 'filed'],
      );
      const followed = await followAll(roundMachine, input, [...answers, scorecard], byPrompt);
      expect(followed.length).toBeGreaterThan(0);
    }
  });

  const committeeInput = {
    members: resolved.committee,
    personMembers: [resolved.committee[0]!.id],
    policy: resolved.policy,
    scoring: resolved.pack.scoring,
    scorecards: [card()],
  };
  const personVote = {
    type: 'member.voted',
    vote: { ...vote('Rita', 'recruiter', 'yes'), member: resolved.committee[0]!.id },
  };
  const byValue = (s: { value: unknown; context: never }) => JSON.stringify(s.value);
  const votedBy = resolved.committee.map((m) => ({
    type: 'member.voted',
    vote: { ...vote(m.name, m.role, 'yes'), member: m.id },
  }));

  it('debrief: packet, voting, discussion, calibration, decided', async () => {
    const events = [{ type: 'debrief.advance' }, personVote];
    const shortest = getShortestPaths(debriefMachine, {
      input: committeeInput,
      events: events as never,
      serializeState: byValue as never,
    });
    expect(shortest.map((p) => p.state.value)).toEqual(['packet', 'voting', 'discussion', 'calibration', 'decided']);
    // xstate.init, then one event per stage: the person's vote is what lets voting end.
    expect(shortest.map((p) => p.steps.map((x) => x.event.type).slice(1))).toEqual([
      [],
      ['debrief.advance'],
      ['debrief.advance', 'member.voted'],
      ['debrief.advance', 'member.voted', 'debrief.advance'],
      ['debrief.advance', 'member.voted', 'debrief.advance', 'debrief.advance'],
    ]);
    await followAll(debriefMachine, committeeInput, events, byValue);
  });

  it('conversion: the three phases, the ranking, decided', async () => {
    const input = {
      ...committeeInput,
      personMembers: [],
      policy: {
        ...resolved.policy,
        committee: {
          ...resolved.policy.committee,
          kind: 'conversion' as const,
          phases: { manager: 'hiring-manager', engineers: 'engineering-lead', calibrator: 'vp' },
        },
      },
    };
    const events = [{ type: 'debrief.advance' }, ...votedBy];
    const shortest = getShortestPaths(conversionMachine, {
      input,
      events: events as never,
      serializeState: byValue as never,
    });
    expect(shortest.map((p) => p.state.value)).toEqual([
      'managerEvaluation',
      'engineersVote',
      'calibration',
      'discussion',
      'ranking',
      'decided',
    ]);
    await followAll(conversionMachine, input, events, byValue);
  });

  it('loop: every state a debrief loop rests in, counted, and a real loop follows each path there', async () => {
    const outcome = (decision: string, level: string | null) => ({
      decision,
      level,
      rulesFired: [],
      consensus: 3.5,
      votes: [],
    });
    const events = [
      ...delayEvents(loopMachine.root),
      { type: 'xstate.done.actor.round', output: card() },
      { type: 'xstate.done.actor.committee', output: outcome('hire', 'L5') },
      { type: 'xstate.done.actor.committee', output: outcome('no_hire', null) },
      { type: 'xstate.done.actor.offer', output: { terms: {}, accepted: true, log: [], firings: [] } },
      { type: 'candidate.withdraw' },
    ];
    const byValueAndRound = (s: { value: unknown; context: never }) =>
      JSON.stringify([s.value, (s.context as { roundIndex: number }).roundIndex]);
    const shortest = getShortestPaths(loopMachine, {
      input: { resolved },
      events: events as never,
      serializeState: byValueAndRound as never,
    });
    const states = shortest.map(
      (p) => `${JSON.stringify(p.state.value).replace(/["{}]/g, '')}@${p.state.context.roundIndex}`,
    );
    // Nineteen: a new state of the loop changes this list, and needs a test of its own.
    expect(states.sort()).toEqual([
      'closed@3',
      'hold@0',
      'hold@1',
      'hold@2',
      'hold@3',
      'offer@3',
      'undecided:application@0',
      'undecided:deliberating@3',
      'undecided:interviewing@0',
      'undecided:interviewing@1',
      'undecided:interviewing@2',
      'undecided:waitingForDebrief@3',
      'undecided:waitingForRound@1',
      'undecided:waitingForRound@2',
      'waitingForOffer@3',
      'withdrawn@0',
      'withdrawn@1',
      'withdrawn@2',
      'withdrawn@3',
    ]);
    // createTestModel refuses a machine with delays, so each path is followed by hand: the
    // children's endings and the calendar's delays are sent as the events the loop reacts to, and
    // after every step a real loop is where the model says.
    for (const path of shortest) {
      const actor = createActor(loopMachine, { input: { resolved }, clock: new SimulatedClock() }).start();
      for (const step of path.steps.slice(1)) {
        actor.send(step.event as never);
        expect(byValueAndRound(actor.getSnapshot() as never)).toBe(byValueAndRound(step.state as never));
      }
      expect(byValueAndRound(actor.getSnapshot() as never)).toBe(byValueAndRound(path.state as never));
      actor.stop();
    }
  });
});
