import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { conversionMachine } from '../../machines/conversionMachine';
import { golden } from '../helpers/golden';
import { play } from '../helpers/play';
import { expectDecision } from '../helpers/expectDecision';
import { card } from '../helpers/cards';

/** The golden loop run as an intern conversion: manager, engineers, then the VP calibrates. */
const conversion = (cohort: Array<{ name: string; score: number }>) =>
  golden({
    rules: { V1: false, V3: false, V4: false, V5: { slots: 1 } },
    pack: (p) => ({
      ...p,
      loop: {
        ...p.loop,
        rounds: p.loop.rounds.map((d) => (d.id === 'technical' ? { ...d, interviewerRole: 'engineering-lead' } : d)),
      },
      committee: {
        ...p.committee,
        kind: 'conversion',
        phases: { manager: 'hiring-manager', engineers: 'engineering-lead', calibrator: 'vp' },
      },
    }),
    // Erin, an engineering lead, runs the technical round, as the engineers' peer feedback does in D08.
    scenario: (s) => ({
      ...s,
      cohort,
      rounds: s.rounds.map((r) => (r.round === 'technical' ? { ...r, interviewer: 'erin' } : r)),
    }),
  });
const strong = ['s1-strong', 't1-strong', 'probe-strong', 't2-decisive', 'p1-push'];

describe('conversion (L-INT)', () => {
  it('D06/V5: a strong intern level with a stronger one gets no offer for one slot: a tie does not win it', () => {
    const run = play(conversion([{ name: 'Priya', score: 5 }]), strong);
    expectDecision(run, 'no_hire', { fired: ['V5'] });
    expect(run.rulesFired[0]!.reason).toContain('tied with Priya 5');
    expect(run.rulesFired[0]!.reason).not.toContain('behind');
  });
  it('the top-ranked intern converts and gets an offer', () => {
    const run = play(conversion([{ name: 'Priya', score: 3.5 }]), strong);
    expectDecision(run, 'hire', { fired: [] });
    expect(run.offer?.accepted).toBe(true);
  });
  it("D08/V2: the engineers' distrust overrules the manager", () => {
    const run = play(conversion([]), ['s1-strong', 't1-weak', 't2-decisive', 'p1-push']);
    expectDecision(run, 'no_hire', { fired: ['V2'] });
  });

  it('moves phase by phase: manager, engineers, calibration, the revision round, ranking', () => {
    const r = conversion([]);
    const actor = createActor(conversionMachine, {
      input: {
        members: r.committee,
        personMembers: ['erin'],
        policy: r.policy,
        scoring: r.pack.scoring,
        scorecards: [card({ overall: 4.5, recommendation: 'strong_yes' })],
      },
    }).start();
    expect(actor.getSnapshot().value).toBe('managerEvaluation');
    expect(actor.getSnapshot().context.votes.hank?.recommendation).toBe('strong_yes');
    actor.send({ type: 'debrief.advance' });
    expect(actor.getSnapshot().value).toBe('engineersVote');
    actor.send({ type: 'debrief.advance' });
    expect(actor.getSnapshot().value).toBe('engineersVote');
    actor.send({
      type: 'committee.vote',
      member: 'erin',
      recommendation: 'strong_no',
      narrative: 'A messenger for the manager.',
    });
    actor.send({ type: 'debrief.advance' });
    actor.send({ type: 'debrief.advance' });
    expect(actor.getSnapshot().value).toBe('discussion');
    // The manager the engine plays heard the engineer's strong no and softens, but stays a yes.
    const hank = actor.getSnapshot().context.votes.hank!;
    expect(hank.recommendation).toBe('yes');
    expect(hank.reason).toContain('softened from strong yes');
    expect(actor.getSnapshot().context.discussion.join('\n')).toContain('softens from strong yes to yes');
    actor.send({ type: 'committee.revise', member: 'erin', reason: 'He relayed the calls.' });
    expect(actor.getSnapshot().context.discussion.at(-1)).toBe('Erin holds at strong no: "He relayed the calls".');
    actor.send({ type: 'debrief.advance' });
    expect(actor.getSnapshot().value).toBe('ranking');
    actor.send({ type: 'debrief.advance' });
    expect(actor.getSnapshot().output).toMatchObject({
      decision: 'no_hire',
      rulesFired: [{ rule: 'V2', by: 'Erin (engineering lead)' }],
    });
  });
});
