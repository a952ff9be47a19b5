import { describe, expect, it } from 'vitest';
import { Session } from '../../machines/engine/session';
import { playPath, reportOf } from '../../machines/engine/playPath';
import { golden } from '../helpers/golden';

const answers = (...ids: string[]) => ids.map((option) => ({ type: 'candidate.answer' as const, option }));
const recorded = ['s1-strong', 't1-strong', 'probe-strong', 't2-decisive', 'p1-cave'];

describe('a play session', () => {
  it('waits on the calendar by itself, so the player only ever answers, advances or negotiates', () => {
    const session = new Session(golden());
    expect(session.snapshot.matches({ undecided: 'interviewing' })).toBe(true);
    expect(session.snapshot.context.day).toBe(3);
  });

  it('replays saved events to the same decision the headless runner reaches', () => {
    const resolved = golden();
    const events = [...answers(...recorded), ...Array(3).fill({ type: 'debrief.advance' })];
    const { session, stop } = Session.replay(resolved, events);
    expect(stop).toBeNull();
    const fromSession = reportOf(session.snapshot, resolved, 'recorded', []);
    expect(fromSession.decision).toBe(
      playPath(resolved, { name: 'recorded', choices: recorded, negotiation: [] }).decision,
    );
    expect(fromSession.rulesFired.map((f) => f.rule)).toContain('V1');
  });

  it('stops a replay where the content changed, says where, and keeps every step before it', () => {
    const { session, stop } = Session.replay(golden(), answers('s1-strong', 't1-renamed', 'probe-strong'));
    expect(stop).toMatchObject({
      index: 1,
      reason: '"t1-renamed" is no longer an answer to "How would you reduce false negatives?"',
    });
    expect(session.events).toEqual(answers('s1-strong'));
    expect(session.snapshot.context.scorecards).toHaveLength(1);
  });

  it('refuses an event that does not apply yet, without recording it', () => {
    const session = new Session(golden());
    expect(session.send({ type: 'debrief.advance' })).toMatch(/does not apply/);
    expect(session.events).toEqual([]);
  });

  it("refuses a person's vote below 3 without a narrative (R2), then takes it with one", () => {
    const session = new Session(golden(), { personMembers: ['hank'] });
    for (const e of answers('s1-strong', 't1-ok', 't2-decisive', 'p1-push')) expect(session.send(e)).toBeNull();
    expect(session.send({ type: 'debrief.advance' })).toBeNull();
    const vote = {
      type: 'committee.vote' as const,
      member: 'hank',
      recommendation: 'no' as const,
      scores: { framing: 2 },
    };
    expect(session.send(vote)).toContain('R2: framing is scored 2, below 3, and needs a written narrative');
    expect(session.send({ ...vote, narrative: 'Framed the problem only when prompted.' })).toBeNull();
    expect(session.send(vote)).toBe('hank has already voted');
    expect(session.events.filter((e) => e.type === 'committee.vote')).toHaveLength(1);
  });

  it('tells subscribers about every accepted step and none of the refused ones', () => {
    const session = new Session(golden());
    let calls = 0;
    session.subscribe(() => calls++);
    session.send({ type: 'candidate.answer', option: 'nope' });
    session.send({ type: 'candidate.answer', option: 's1-ok' });
    expect(calls).toBe(1);
    expect(session.getVersion()).toBe(1);
  });
});
