import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { loopMachine } from '../../machines/loopMachine';
import { DAY } from '../../machines/calendar';
import { golden } from '../helpers/golden';

function start(input: Partial<Parameters<typeof createActor<typeof loopMachine>>[1] & object> = {}) {
  const clock = new SimulatedClock();
  const actor = createActor(loopMachine, { input: { resolved: golden() }, clock, ...input });
  actor.start();
  return { actor, clock };
}

describe('loop machine on the simulated calendar', () => {
  it('waits in application until the first round is due (day 3), then interviews', () => {
    const { actor, clock } = start();
    expect(actor.getSnapshot().matches({ undecided: 'application' })).toBe(true);
    clock.increment(2 * DAY);
    expect(actor.getSnapshot().matches({ undecided: 'application' })).toBe(true);
    clock.increment(DAY);
    expect(actor.getSnapshot().matches({ undecided: 'interviewing' })).toBe(true);
    expect(actor.getSnapshot().context.day).toBe(3);
  });

  it('the candidate can withdraw mid-round, and the loop ends there', () => {
    const { actor, clock } = start();
    clock.increment(3 * DAY);
    actor.send({ type: 'candidate.withdraw' });
    expect(actor.getSnapshot().matches('withdrawn')).toBe(true);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('goes to hold on day 27 if the debrief has not decided by then', () => {
    const { actor, clock } = start();
    clock.increment(3 * DAY);
    for (const option of ['s1-strong']) actor.send({ type: 'candidate.answer', option });
    clock.increment(4 * DAY);
    // The candidate sits the technical round but the loop stalls there: nobody answers.
    clock.increment(20 * DAY);
    expect(actor.getSnapshot().matches('hold')).toBe(true);
    expect(actor.getSnapshot().context.hold).toMatchObject({ rule: 'L-PGM', by: 'calendar' });
  });

  it('forwards answers to the round and ignores an option the prompt does not offer', () => {
    const { actor, clock } = start();
    clock.increment(3 * DAY);
    actor.send({ type: 'candidate.answer', option: 't1-strong' });
    const round = actor.getSnapshot().children.round!;
    expect((round.getSnapshot() as { context: { error: string } }).context.error).toContain(
      'expected one of s1-strong, s1-ok, s1-late',
    );
    actor.send({ type: 'candidate.answer', option: 's1-ok' });
    expect(actor.getSnapshot().context.scorecards).toHaveLength(1);
  });
});

describe('committee mode: people fill scorecards and votes', () => {
  it('R2: a person-filled scorecard with a dimension below 3 and no narrative is rejected, then accepted with one', () => {
    const { actor, clock } = start({ input: { resolved: golden(), personInterviewers: ['rita'] } });
    clock.increment(3 * DAY);
    actor.send({ type: 'candidate.answer', option: 's1-ok' });
    actor.send({ type: 'interviewer.scorecard', scores: { framing: 2, structure: 4 }, recommendation: 'no' });
    const round = () => actor.getSnapshot().children.round!.getSnapshot() as { context: { error: string | null } };
    expect(round().context.error).toBe('R2: framing is scored 2, below 3, and needs a written narrative');
    expect(actor.getSnapshot().context.scorecards).toHaveLength(0);
    actor.send({
      type: 'interviewer.scorecard',
      scores: { framing: 2, structure: 4 },
      recommendation: 'no',
      narratives: { framing: 'Could not say why.' },
    });
    expect(actor.getSnapshot().context.scorecards[0]).toMatchObject({
      recommendation: 'no',
      overall: 3,
      narratives: { framing: 'Could not say why.' },
    });
  });

  it("the debrief waits for a person's vote, refuses one without the R2 narrative, and uses the one given", () => {
    const { actor, clock } = start({ input: { resolved: golden(), personMembers: ['hank'] } });
    clock.increment(3 * DAY);
    for (const option of ['s1-strong']) actor.send({ type: 'candidate.answer', option });
    clock.increment(4 * DAY);
    for (const option of ['t1-strong', 'probe-strong', 't2-decisive']) actor.send({ type: 'candidate.answer', option });
    clock.increment(7 * DAY);
    actor.send({ type: 'candidate.answer', option: 'p1-push' });
    clock.increment(7 * DAY);
    actor.send({ type: 'debrief.advance' });
    const debrief = () =>
      actor.getSnapshot().children.committee!.getSnapshot() as { value: string; context: { error: string | null } };
    expect(debrief().value).toBe('voting');
    actor.send({ type: 'committee.vote', member: 'hank', recommendation: 'no', scores: { framing: 2 } });
    expect(debrief().context.error).toContain('R2: framing is scored 2');
    expect(debrief().value).toBe('voting');
    actor.send({
      type: 'committee.vote',
      member: 'hank',
      recommendation: 'no',
      scores: { framing: 2 },
      narrative: 'Pushes back only when cornered.',
    });
    expect(debrief().value).toBe('discussion');
    actor.send({ type: 'debrief.advance' });
    actor.send({ type: 'debrief.advance' });
    const outcome = actor.getSnapshot().context.outcome!;
    expect(outcome.decision).toBe('no_hire');
    expect(outcome.rulesFired[0]).toMatchObject({ rule: 'V1', by: 'Hank (hiring manager)' });
    expect(outcome.votes.find((v) => v.member === 'hank')).toMatchObject({
      byPerson: true,
      reason: 'Pushes back only when cornered.',
    });
  });
});
