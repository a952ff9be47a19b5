import { describe, expect, it } from 'vitest';
import {
  engineersVote,
  hiringManagerVeto,
  indecisionFlag,
  rankAgainstSlots,
  technicalDisqualifier,
} from '../../machines/rules/committeeRules';
import { decide } from '../../machines/rules/decide';
import { calibrate, deriveVote } from '../../machines/rules/votes';
import { card, vote } from '../helpers/cards';

const veto = { holder: 'hiring-manager', reliabilityFloor: 5 };

describe('V1 hiring-manager veto (A06)', () => {
  it('fires when the holder votes against an offer the scores support, naming the reliability', () => {
    const fired = hiringManagerVeto(veto, [vote('Hank', 'hiring-manager', 'no')], [card({ reliability: 4, roundTitle: 'Cross-functional' }), card({ overall: 4.8 })], true);
    expect(fired).toMatchObject({ rule: 'V1', by: 'Hank (hiring-manager)' });
    expect(fired!.reason).toContain('reliability 4/10 in Cross-functional');
    expect(fired!.reason).toContain('4.8');
  });
  it('does not fire when the holder supports the hire', () => {
    expect(hiringManagerVeto(veto, [vote('Hank', 'hiring-manager', 'yes')], [card()], true)).toBeNull();
  });
  it('does not fire when the scores do not support a hire in the first place', () => {
    expect(hiringManagerVeto(veto, [vote('Hank', 'hiring-manager', 'no')], [card()], false)).toBeNull();
  });
  it('the holder derives a no vote from a reliability below the floor, whatever the scores', () => {
    const hank = { id: 'hank', name: 'Hank', role: 'hiring-manager', persona: '', leniency: 0 };
    const cards = [card({ overall: 5, reliability: 4 })];
    expect(deriveVote(hank, cards, scoring, { reliabilityFloor: 5 }).recommendation).toBe('no');
    expect(deriveVote(hank, cards, scoring).recommendation).toBe('strong_yes');
  });
});

const scoring = { baseline: 3, recommendation: { strong_yes: 4.2, yes: 3.4, no: 2.6 }, narrativeBelow: 3 };
const engineers = { voters: 'engineering-lead', overrules: 'manager', distrustShare: 0.5 };

describe("V2 engineer's vote (D08)", () => {
  it("overrules the manager's support when half the engineering leads vote against", () => {
    const fired = engineersVote(engineers, [vote('Mia', 'manager', 'strong_yes'), vote('Ed', 'engineering-lead', 'no'), vote('Jo', 'engineering-lead', 'yes')]);
    expect(fired).toMatchObject({ rule: 'V2', by: 'Ed (engineering-lead)' });
    expect(fired!.reason).toContain("overruling Mia's strong_yes");
  });
  it('does not fire when the engineers trust the candidate', () => {
    expect(engineersVote(engineers, [vote('Mia', 'manager', 'yes'), vote('Ed', 'engineering-lead', 'yes'), vote('Jo', 'engineering-lead', 'strong_yes')])).toBeNull();
  });
  it('does not fire when the share against is under the threshold', () => {
    const strict = { ...engineers, distrustShare: 0.75 };
    expect(engineersVote(strict, [vote('Ed', 'engineering-lead', 'no'), vote('Jo', 'engineering-lead', 'yes')])).toBeNull();
  });
});

describe('V3 technical-round disqualifier', () => {
  const rule = { round: 'technical', failAt: 'no' as const };
  it('fires when the technical scorecard is a no', () => {
    expect(technicalDisqualifier(rule, [card({ recommendation: 'no', overall: 2.7 })])).toMatchObject({ rule: 'V3', by: 'Eli (Technical)' });
  });
  it('does not fire on a yes, or when the loop had no technical round', () => {
    expect(technicalDisqualifier(rule, [card({ recommendation: 'yes' })])).toBeNull();
    expect(technicalDisqualifier(rule, [card({ round: 'screen', recommendation: 'strong_no' })])).toBeNull();
  });
});

describe('V4 indecision flag (C06)', () => {
  const rule = { flags: ['indecision'] };
  it('fires when any answer carried the flag', () => {
    const fired = indecisionFlag(rule, [card({ flags: ['indecision'], notes: ['Would kill none of three.'] })]);
    expect(fired).toMatchObject({ rule: 'V4' });
    expect(fired!.reason).toContain('Would kill none of three.');
  });
  it('does not fire on other flags', () => {
    expect(indecisionFlag(rule, [card({ flags: ['vague-solution'] })])).toBeNull();
  });
});

describe('V5 ranking against slots (D06)', () => {
  const cohort = [{ name: 'Priya', score: 3.9 }, { name: 'Tom', score: 3.6 }];
  it('fires when the candidate ranks below the number of slots', () => {
    const fired = rankAgainstSlots({ slots: 1 }, { name: 'Sam', score: 3.7 }, cohort);
    expect(fired).toMatchObject({ rule: 'V5' });
    expect(fired!.reason).toContain('ranked 2 of 3 for 1 slot');
  });
  it('does not fire for the top-ranked candidate, and ties go to the cohort', () => {
    expect(rankAgainstSlots({ slots: 1 }, { name: 'Sam', score: 4.1 }, cohort)).toBeNull();
    expect(rankAgainstSlots({ slots: 1 }, { name: 'Sam', score: 3.9 }, cohort)).not.toBeNull();
    expect(rankAgainstSlots({ slots: 2 }, { name: 'Sam', score: 3.7 }, cohort)).toBeNull();
  });
});

describe('calibration and the decision', () => {
  const base = {
    committee: { kind: 'debrief' as const, hireAt: 3.4, downLevelAt: 3.0 },
    scorecards: [card()],
    levels: ['L4', 'L5'],
    level: 'L5',
    candidate: 'Sam',
    cohort: [],
  };
  it("calibration takes a lenient member's history off their score", () => {
    expect(calibrate(vote('Lou', 'vp', 'strong_yes', 4.5), 0.8).calibrated).toBe(3.7);
  });
  it('hires, down-levels or declines on the calibrated consensus when no rule fires', () => {
    expect(decide({ ...base, rules: {}, votes: [vote('A', 'x', 'yes', 3.6)] })).toMatchObject({ decision: 'hire', level: 'L5', rulesFired: [] });
    expect(decide({ ...base, rules: {}, votes: [vote('A', 'x', 'no', 3.2)] })).toMatchObject({ decision: 'down_level', level: 'L4' });
    expect(decide({ ...base, rules: {}, votes: [vote('A', 'x', 'no', 2.8)] })).toMatchObject({ decision: 'no_hire', level: null });
  });
  it('cannot down-level below the lowest level', () => {
    expect(decide({ ...base, level: 'L4', rules: {}, votes: [vote('A', 'x', 'no', 3.2)] }).decision).toBe('no_hire');
  });
  it('a rule switched off in the pack never fires', () => {
    const votes = [vote('Hank', 'hiring-manager', 'no', 3.6), vote('B', 'x', 'strong_yes', 4.4)];
    expect(decide({ ...base, rules: { V1: veto }, votes }).decision).toBe('no_hire');
    expect(decide({ ...base, rules: { V1: false }, votes }).decision).toBe('hire');
  });
});
