import { describe, expect, it } from 'vitest';
import { createPlay, replayPlay } from '../../machines/play/driver';
import { playPath, reportOf } from '../../machines/engine/playPath';
import { golden } from '../helpers/golden';

const answers = (...ids: string[]) => ids.map((option) => ({ type: 'candidate.answer' as const, option }));
const recorded = ['s1-strong', 't1-strong', 'probe-strong', 't2-decisive', 'p1-cave'];

describe('a play, the loop driven through its public face', () => {
  it('waits on the calendar by itself, so the player only ever answers, advances or negotiates', () => {
    const play = createPlay(golden());
    const at = play.now();
    expect(at.kind).toBe('prompt');
    if (at.kind !== 'prompt') return;
    expect(at.prompt.id).toBe('s1');
    expect(at.options).toEqual(at.prompt.options.map((o) => o.id));
    expect(at.may).toEqual(['candidate.answer', 'candidate.withdraw']);
    expect(play.actor.getSnapshot().context.day).toBe(3);
  });

  it('says what may be sent at each moment: votes for the seat, then advance, then the offer', () => {
    const play = createPlay(golden(), { personMembers: ['hank'] });
    for (const e of answers(...recorded)) expect(play.send(e)).toBeNull();
    expect(play.now()).toMatchObject({ kind: 'advance', stage: 'packet' });
    expect(play.send({ type: 'debrief.advance' })).toBeNull();
    expect(play.now()).toMatchObject({
      kind: 'votes',
      members: ['hank'],
      may: ['committee.vote', 'candidate.withdraw'],
    });
    expect(play.send({ type: 'debrief.advance' })).toMatch(/does not apply/);
    expect(play.send({ type: 'committee.vote', member: 'hank', recommendation: 'yes' })).toBeNull();
    expect(play.now()).toMatchObject({ kind: 'advance', stage: 'discussion' });
    expect(play.now().may).toContain('committee.revise');
  });

  it('replays saved events to the same decision the headless runner reaches', () => {
    const resolved = golden();
    const events = [...answers(...recorded), ...Array(3).fill({ type: 'debrief.advance' })];
    const { play, stop } = replayPlay(resolved, events);
    expect(stop).toBeNull();
    const fromPlay = reportOf(play.actor.getSnapshot(), resolved, 'recorded', []);
    expect(fromPlay.decision).toBe(
      playPath(resolved, { name: 'recorded', choices: recorded, negotiation: [] }).decision,
    );
    expect(fromPlay.rulesFired.map((f) => f.rule)).toContain('V1');
  });

  it('stops a replay where the content changed, says where, and keeps every step before it', () => {
    const { play, stop } = replayPlay(golden(), answers('s1-strong', 't1-renamed', 'probe-strong'));
    expect(stop).toMatchObject({
      index: 1,
      reason: '"t1-renamed" is no longer an answer to "How would you reduce false negatives?"',
    });
    expect(play.events).toEqual(answers('s1-strong'));
    expect(play.actor.getSnapshot().context.scorecards).toHaveLength(1);
  });

  it('refuses an event that does not apply yet, without recording it', () => {
    const play = createPlay(golden());
    expect(play.send({ type: 'debrief.advance' })).toMatch(/does not apply/);
    expect(play.events).toEqual([]);
  });

  it("refuses a person's vote below 3 without a narrative (R2), then takes it with one", () => {
    const play = createPlay(golden(), { personMembers: ['hank'] });
    for (const e of answers('s1-strong', 't1-ok', 't2-decisive', 'p1-push')) expect(play.send(e)).toBeNull();
    expect(play.send({ type: 'debrief.advance' })).toBeNull();
    const vote = {
      type: 'committee.vote' as const,
      member: 'hank',
      recommendation: 'no' as const,
      scores: { framing: 2 },
    };
    expect(play.send(vote)).toContain('R2: framing is scored 2, below 3, and needs a written narrative');
    expect(play.send({ ...vote, narrative: 'Framed the problem only when prompted.' })).toBeNull();
    expect(play.send(vote)).toBe('hank has already voted');
    expect(play.events.filter((e) => e.type === 'committee.vote')).toHaveLength(1);
  });

  it("moves the loop's snapshot on every accepted step, a child's included, and on none of the refused ones", () => {
    // What useSelector(play.actor, now) relies on: a step inside the round is a new loop snapshot.
    const play = createPlay(golden());
    const before = play.actor.getSnapshot();
    play.send({ type: 'candidate.answer', option: 'nope' });
    expect(play.actor.getSnapshot()).toBe(before);
    play.send({ type: 'candidate.answer', option: 's1-ok' });
    play.send({ type: 'candidate.answer', option: 't1-strong' });
    const mid = play.actor.getSnapshot();
    expect(mid).not.toBe(before);
    // t1-strong leads to a probe inside the same round: only the round child moved.
    play.send({ type: 'candidate.answer', option: 'probe-strong' });
    expect(play.actor.getSnapshot()).not.toBe(mid);
  });
});
