import { describe, expect, it } from 'vitest';
import { calibrate, deriveVote } from '../../machines/rules/votes';
import { card, vote } from '../helpers/cards';
import { decideOn, fire, policyOf } from '../helpers/kernel';

const scoring = { baseline: 3, recommendation: { strong_yes: 4.2, yes: 3.4, no: 2.6 }, narrativeBelow: 3 };
const veto = { holder: 'hiring-manager', reliabilityFloor: 5 };

describe('role-veto: V1, the hiring manager (A06), or a bar-raiser', () => {
  it('fires when the holder votes against an offer the scores support, naming the reliability', () => {
    const fired = fire('role-veto', veto, {
      votes: [vote('Hank', 'hiring-manager', 'no')],
      cards: [card({ reliability: 4, roundTitle: 'Cross-functional' }), card({ overall: 4.8 })],
    });
    expect(fired).toMatchObject({ by: 'Hank (hiring manager)', label: "The hiring manager's veto" });
    expect(fired!.reason).toContain('reliability 4/10 in Cross-functional');
    expect(fired!.reason).toContain('4.8');
  });
  it('does not fire when the holder supports the hire, or when the scores do not support one', () => {
    expect(fire('role-veto', veto, { votes: [vote('Hank', 'hiring-manager', 'yes')], cards: [card()] })).toBeNull();
    expect(
      fire('role-veto', veto, { votes: [vote('Hank', 'hiring-manager', 'no')], cards: [card()], step: null }),
    ).toBeNull();
  });
  it('with vetoes: any-offer, a down-level is no way round the veto', () => {
    const packet = { votes: [vote('Hank', 'hiring-manager', 'no')], cards: [card()], step: -1 };
    expect(fire('role-veto', veto, packet)).toBeNull();
    expect(fire('role-veto', { ...veto, vetoes: 'any-offer' }, packet)!.reason).toContain(
      'vetoed even a down-level offer',
    );
  });
  it('the holder derives a no vote from a reliability below the floor, whatever the scores', () => {
    const hank = { id: 'hank', name: 'Hank', role: 'hiring-manager', persona: '', leniency: 0 };
    const cards = [card({ overall: 5, reliability: 4 })];
    expect(deriveVote(hank, cards, scoring, { reliabilityFloor: 5 }).recommendation).toBe('no');
    expect(deriveVote(hank, cards, scoring).recommendation).toBe('strong_yes');
  });
});

describe("group-distrust: V2, the engineer's vote (D08)", () => {
  const engineers = { voters: 'engineering-lead', overrules: 'manager', distrustShare: 0.5 };
  it("overrules the manager's support when half the engineering leads vote against", () => {
    const fired = fire('group-distrust', engineers, {
      votes: [
        vote('Mia', 'manager', 'strong_yes'),
        vote('Ed', 'engineering-lead', 'no'),
        vote('Jo', 'engineering-lead', 'yes'),
      ],
    });
    expect(fired).toMatchObject({ by: 'Ed (engineering lead)' });
    expect(fired!.reason).toContain("overrules Mia's strong yes");
  });
  it('does not fire when the engineers trust the candidate, or under the threshold', () => {
    expect(
      fire('group-distrust', engineers, {
        votes: [vote('Ed', 'engineering-lead', 'yes'), vote('Jo', 'engineering-lead', 'strong_yes')],
      }),
    ).toBeNull();
    expect(
      fire(
        'group-distrust',
        { ...engineers, distrustShare: 0.75 },
        { votes: [vote('Ed', 'engineering-lead', 'no'), vote('Jo', 'engineering-lead', 'yes')] },
      ),
    ).toBeNull();
  });
});

describe('round-disqualifier: V3', () => {
  const rule = { round: 'technical', failAt: 'no' };
  it('fires on a no in that round and quotes the answer that cost it most, not the last note', () => {
    const fired = fire('round-disqualifier', rule, {
      cards: [
        card({
          recommendation: 'no',
          overall: 2.7,
          notes: ['Could not write the query.', 'Recovered a little.'],
          impacts: [-3, 1],
        }),
      ],
    });
    expect(fired).toMatchObject({ by: 'Eli (Technical)' });
    expect(fired!.reason).toContain('Could not write the query.');
    expect(fired!.reason).not.toContain('Recovered');
  });
  it('does not fire on a yes, or when the loop had no such round', () => {
    expect(fire('round-disqualifier', rule, { cards: [card({ recommendation: 'yes' })] })).toBeNull();
    expect(
      fire('round-disqualifier', rule, { cards: [card({ round: 'screen', recommendation: 'strong_no' })] }),
    ).toBeNull();
  });
});

describe('flag-disqualifier: V4 (C06)', () => {
  it('fires when any answer carried the flag, and not on other flags', () => {
    const fired = fire(
      'flag-disqualifier',
      { flags: ['indecision'] },
      { cards: [card({ flags: ['indecision'], notes: ['Would kill none of three.'] })] },
    );
    expect(fired!.reason).toContain('Would kill none of three.');
    expect(
      fire('flag-disqualifier', { flags: ['indecision'] }, { cards: [card({ flags: ['vague-solution'] })] }),
    ).toBeNull();
  });
});

describe('dimension-floor: a must-pass dimension', () => {
  it('blocks below the floor, or holds the offer one level down', () => {
    const low = [card({ scores: { correctness: 2 } })];
    const policy = (effect: string) =>
      policyOf([{ id: 'must-pass', kind: 'dimension-floor', dimension: 'correctness', below: 3, effect }], {
        hire: 3.4,
        downLevel: 3,
      });
    expect(decideOn(policy('block'), low, [vote('A', 'x', 'yes', 4)])).toMatchObject({
      decision: 'no_hire',
      rulesFired: [{ rule: 'must-pass' }],
    });
    expect(decideOn(policy('down-level'), low, [vote('A', 'x', 'yes', 4)])).toMatchObject({
      decision: 'down_level',
      level: 'L4',
    });
    expect(decideOn(policy('block'), [card({ scores: { correctness: 3 } })], [vote('A', 'x', 'yes', 4)]).decision).toBe(
      'hire',
    );
  });
});

describe('rank-slots: V5 (D06)', () => {
  const cohort = [
    { name: 'Priya', score: 3.9 },
    { name: 'Tom', score: 3.6 },
  ];
  it('fires when the candidate ranks below the number of slots', () => {
    const fired = fire('rank-slots', { slots: 1 }, { consensus: 3.7, cohort });
    expect(fired!.reason).toContain('ranked 2 of 3 for 1 slot');
    expect(fired!.reason).toContain('behind Priya 3.9');
  });
  it('a tie is said as a tie, and goes to the cohort', () => {
    const fired = fire('rank-slots', { slots: 1 }, { consensus: 3.9, cohort });
    expect(fired!.reason).toContain('tied with Priya 3.9');
    expect(fired!.reason).not.toContain('behind');
    expect(fire('rank-slots', { slots: 1 }, { consensus: 4.1, cohort })).toBeNull();
    expect(fire('rank-slots', { slots: 2 }, { consensus: 3.7, cohort })).toBeNull();
  });
});

describe('calibration', () => {
  it("takes a lenient member's history off their read", () => {
    expect(calibrate({ ...vote('Lou', 'vp', 'strong_yes', 4.5), raw: 4.5 }, 0.8).calibrated).toBe(3.7);
  });
  it('starts from the read before it was held to the scale, so the ends of the scale do not over-correct', () => {
    const lenient = { id: 'lou', name: 'Lou', role: 'vp', persona: '', leniency: 1.5 };
    const v = deriveVote(lenient, [card({ overall: 3.55, interviewer: 'someone' })], scoring);
    expect(v.score).toBe(5);
    expect(calibrate(v, 1.5).calibrated).toBe(3.55);
  });
});

describe('the ladder', () => {
  const bars = { hire: 3.4, downLevel: 3.0, downTwo: 2.6, upLevel: 4.3 };
  const on = (score: number, target = 'L5', levels = ['L3', 'L4', 'L5', 'L6']) =>
    decideOn(policyOf([], bars, levels, target), [card()], [vote('A', 'x', 'yes', score)]);
  it('hires at level, up one, down one or two, or not at all, on the calibrated consensus', () => {
    expect(on(4.5)).toMatchObject({ decision: 'up_level', level: 'L6', step: 1 });
    expect(on(3.6)).toMatchObject({ decision: 'hire', level: 'L5', step: 0 });
    expect(on(3.2)).toMatchObject({ decision: 'down_level', level: 'L4', step: -1 });
    expect(on(2.8)).toMatchObject({ decision: 'down_two', level: 'L3', step: -2 });
    expect(on(2.2)).toMatchObject({ decision: 'no_hire', level: null, step: null });
  });
  it('never steps off the ladder: no up-level from the top, no down-level from the bottom', () => {
    expect(on(4.5, 'L6').decision).toBe('hire');
    expect(on(3.2, 'L3').decision).toBe('no_hire');
    expect(on(2.8, 'L4').decision).toBe('no_hire');
  });
  it('a rule switched off never fires', () => {
    const votes = [vote('Hank', 'hiring-manager', 'no', 3.6), vote('B', 'x', 'strong_yes', 4.4)];
    const withVeto = policyOf([{ id: 'V1', kind: 'role-veto', ...veto }], { hire: 3.4 });
    expect(decideOn(withVeto, [card()], votes).decision).toBe('no_hire');
    expect(decideOn({ ...withVeto, committeeRules: [] }, [card()], votes).decision).toBe('hire');
  });
});
