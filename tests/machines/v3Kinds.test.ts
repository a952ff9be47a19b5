import { describe, expect, it, vi } from 'vitest';
import { card, vote } from '../helpers/cards';
import { decideOn, fire, policyOf } from '../helpers/kernel';
import { checkEachRule, packetOf } from '../../machines/policy/kernel';
import { conditionProblems } from '../../machines/policy/conditions';
import { compileRule } from '../../machines/policy/compile';
import { cohortRanking } from '../../machines/policy/kinds/rankSlots';

// The pack's thresholds in tests/helpers/kernel.ts: strong yes 4, yes 3, no 2.
const bars = { hire: 3.4, downLevel: 3, upLevel: 4.2 };
const committee = (...recs: Array<[string, string, 'strong_no' | 'no' | 'yes' | 'strong_yes', number?]>) =>
  recs.map(([name, role, rec, score]) => vote(name, role, rec, score ?? 3.8));

describe('committee-vote: unanimity, majority, quorum, role weights', () => {
  const votes = committee(['Ann', 'engineer', 'yes'], ['Bo', 'engineer', 'no'], ['Cy', 'hiring-manager', 'yes']);
  it('unanimity blocks on one vote against and names it', () => {
    const f = fire('committee-vote', { rule: 'unanimity' }, { votes });
    expect(f!.reason).toBe('2 of 3 for, where the offer needs a unanimous committee; against: Bo (engineer) no');
  });
  it('a majority carries two of three; weighting the engineers twice turns it', () => {
    expect(fire('committee-vote', { rule: 'majority' }, { votes })).toBeNull();
    const weighted = fire(
      'committee-vote',
      { rule: 'majority', weights: { engineer: 2 } },
      {
        votes: committee(['Ann', 'engineer', 'no'], ['Cy', 'hiring-manager', 'yes'], ['Di', 'vp', 'yes']),
      },
    );
    expect(weighted!.reason).toMatch(/^2 of 4 by weight for, where the offer needs more than half the vote/);
  });
  it("the README's two-thirds quorum, the manager counting double, blocks three engineers against the manager", () => {
    const votes = committee(
      ['Ann', 'engineer', 'yes'],
      ['Bo', 'engineer', 'yes'],
      ['Cy', 'engineer', 'yes'],
      ['Hal', 'hiring-manager', 'no'],
    );
    const f = fire('committee-vote', { rule: { quorum: 0.67 }, weights: { 'hiring-manager': 2 } }, { votes });
    expect(f!.reason).toBe(
      '3 of 5 by weight for, where the offer needs 67 % of the vote; against: Hal (hiring manager) no',
    );
  });
  it('a quorum of three quarters blocks two of three, and a zero weight takes a vote out', () => {
    expect(fire('committee-vote', { rule: { quorum: 0.75 } }, { votes })!.reason).toContain('75 % of the vote');
    expect(fire('committee-vote', { rule: { quorum: 0.75 }, weights: { engineer: 0 } }, { votes })).toBeNull();
  });
  it('read calibrated, a harsh member whose calibrated score clears the yes threshold is for', () => {
    const harsh = committee(['Ann', 'engineer', 'yes'], ['Hal', 'hiring-manager', 'strong_no', 3.6]);
    expect(fire('committee-vote', { rule: 'unanimity' }, { votes: harsh })).not.toBeNull();
    expect(fire('committee-vote', { rule: 'unanimity', reads: 'calibrated' }, { votes: harsh })).toBeNull();
  });
  it('does nothing when the scores already refuse the offer', () => {
    expect(fire('committee-vote', { rule: 'unanimity' }, { votes, step: null })).toBeNull();
  });
});

describe('role-veto reads: raw (as version 2) or calibrated', () => {
  const hal = committee(['Hal', 'hiring-manager', 'no', 4.25]);
  it('a harsh holder whose calibrated vote is a yes vetoes raw, not calibrated', () => {
    expect(fire('role-veto', { holder: 'hiring-manager' }, { votes: hal, cards: [card()] })).not.toBeNull();
    expect(
      fire('role-veto', { holder: 'hiring-manager', reads: 'raw' }, { votes: hal, cards: [card()] }),
    ).not.toBeNull();
    expect(
      fire('role-veto', { holder: 'hiring-manager', reads: 'calibrated' }, { votes: hal, cards: [card()] }),
    ).toBeNull();
  });
  it('calibrated, the reliability floor still holds, and the firing says the calibrated score where it decides', () => {
    const floor = { holder: 'hiring-manager', reads: 'calibrated', reliabilityFloor: 5 };
    expect(fire('role-veto', floor, { votes: hal, cards: [card({ reliability: 4 })] })!.reason).toContain(
      'reliability 4/10',
    );
    const low = committee(['Hal', 'hiring-manager', 'no', 2.5]);
    expect(
      fire('role-veto', { holder: 'hiring-manager', reads: 'calibrated' }, { votes: low, cards: [card()] })!.reason,
    ).toContain('calibrated 2.5, short of the 3 a yes needs');
  });
});

describe('conditions: when and unless, on any committee or ranking rule', () => {
  const strong = committee(['Ann', 'engineer', 'strong_yes', 4.5], ['Bea', 'bar-raiser', 'strong_yes', 4.5]);
  const lukewarm = committee(['Ann', 'engineer', 'strong_yes', 4.6], ['Bea', 'bar-raiser', 'yes', 4.4]);
  const cap = {
    id: 'up-needs-bar',
    kind: 'level-cap',
    label: 'An up-level needs the bar-raiser',
    atMost: 'hire',
    unless: { vote: { role: 'bar-raiser', is: 'strong_yes' } },
  };
  it('an up-level only when the bar-raiser is a strong yes, the firing saying why it applied', () => {
    const policy = policyOf([cap], bars);
    expect(decideOn(policy, [card()], strong)).toMatchObject({ decision: 'up_level', rulesFired: [] });
    const held = decideOn(policy, [card()], lukewarm);
    expect(held.decision).toBe('hire');
    expect(held.rulesFired[0]!.reason).toMatch(
      /no further than an offer at level; it would not apply if the bar raiser votes strong yes$/,
    );
  });
  it('when another rule fired: a down-level only once the veto has fired', () => {
    const policy = policyOf(
      [
        { id: 'V1', kind: 'role-veto', holder: 'hiring-manager', vetoes: 'any-offer' },
        { id: 'after-veto', kind: 'level-cap', atMost: 'down_level', when: { fired: 'V1' } },
      ],
      bars,
    );
    const votes = committee(['Ann', 'engineer', 'yes', 4], ['Hal', 'hiring-manager', 'no', 4]);
    expect(decideOn(policy, [card()], votes).rulesFired.map((f) => f.rule)).toEqual(['V1', 'after-veto']);
    const yes = committee(['Ann', 'engineer', 'yes', 4], ['Hal', 'hiring-manager', 'yes', 4]);
    expect(decideOn(policy, [card()], yes).rulesFired).toEqual([]);
  });
  it('when a dimension scores below a bound, or a seat is filled, or a member votes so (calibrated)', () => {
    const floor = (when: object) => policyOf([{ id: 'F', kind: 'level-cap', atMost: 'down_level', when }], bars);
    const votes = committee(['Ann', 'engineer', 'yes', 3.8], ['Hal', 'hiring-manager', 'no', 3.8]);
    const cards = [
      card({ round: 'coding', scores: { correctness: 2 } }),
      card({ round: 'design', scores: { correctness: 4 } }),
    ];
    expect(decideOn(floor({ score: { dimension: 'correctness', below: 3 } }), cards, votes).decision).toBe(
      'down_level',
    );
    expect(
      decideOn(floor({ score: { dimension: 'correctness', below: 3, rounds: ['design'] } }), cards, votes).decision,
    ).toBe('hire');
    expect(decideOn(floor({ score: { dimension: 'correctness', atLeast: 3 } }), cards, votes).decision).toBe('hire');
    expect(decideOn(floor({ score: { dimension: 'stamina', below: 3 } }), cards, votes).decision).toBe('hire');
    expect(decideOn(floor({ seat: { role: 'hiring-manager' } }), cards, votes).decision).toBe('down_level');
    expect(decideOn(floor({ seat: { role: 'bar-raiser' } }), cards, votes).decision).toBe('hire');
    expect(decideOn(floor({ vote: { member: 'hal', atMost: 'no' } }), cards, votes).decision).toBe('down_level');
    expect(decideOn(floor({ vote: { member: 'hal', atMost: 'no', reads: 'calibrated' } }), cards, votes).decision).toBe(
      'hire',
    );
  });
  it("the committee's rule table checks each rule with its conditions", () => {
    const policy = policyOf([cap], bars);
    const checks = checkEachRule(policy, packetOf(policy, [card()], lukewarm));
    expect(checks.map((c) => [c.rule.id, c.firing?.rule ?? null])).toEqual([['up-needs-bar', 'up-needs-bar']]);
    expect(checkEachRule(policy, packetOf(policy, [card()], strong))[0]!.firing).toBeNull();
  });
  it('a condition naming a later rule, an unknown member, or on an offer rule is an error', () => {
    const rules = [
      compileRule({ id: 'A', kind: 'level-cap', atMost: 'hire', when: { fired: 'B' } }, true, { in: 'pack', index: 0 }),
      compileRule({ id: 'B', kind: 'role-veto', holder: 'hiring-manager' }, true, { in: 'pack', index: 1 }),
      compileRule({ id: 'C', kind: 'level-cap', atMost: 'hire', when: { vote: { member: 'zed', is: 'yes' } } }, true, {
        in: 'scenario',
        index: 0,
      }),
      compileRule({ id: 'D', kind: 'band-cap', when: { seat: { role: 'vp' } } }, true, { in: 'pack', index: 2 }),
      // Ranking runs only when no committee rule fired: B can never have fired when E is checked.
      compileRule({ id: 'E', kind: 'rank-slots', slots: 1, when: { fired: 'B' } }, true, { in: 'pack', index: 3 }),
    ];
    const problems = conditionProblems(rules, [{ id: 'hal' }]).map((p) => `${p.rule.id} ${p.key}: ${p.message}`);
    expect(problems).toEqual([
      'A when.fired: expected a rule checked before A (none), found "B"',
      'C when.vote.member: expected a committee member (hal), found "zed"',
      "D when: expected no condition on an offer rule (D, The level's comp band): conditions apply to committee, loop and ranking rules",
      'E when.fired: expected a rule checked before E (none), found "B"',
    ]);
  });
});

describe("rank-slots' tie rule", () => {
  const cohort = [{ name: 'Kim', score: 3.6 }];
  it('a tie goes to the cohort by default (as version 2), to the candidate when the pack says so', () => {
    expect(fire('rank-slots', { slots: 1 }, { consensus: 3.6, cohort })!.reason).toContain('a tie does not win a slot');
    expect(fire('rank-slots', { slots: 1, ties: 'cohort' }, { consensus: 3.6, cohort })).not.toBeNull();
    expect(fire('rank-slots', { slots: 1, ties: 'candidate' }, { consensus: 3.6, cohort })).toBeNull();
    expect(fire('rank-slots', { slots: 1, ties: 'candidate' }, { consensus: 3.5, cohort })).not.toBeNull();
    expect(cohortRanking(3.6, cohort, 'candidate').rank).toBe(1);
    expect(cohortRanking(3.6, cohort).rank).toBe(2);
  });
});

describe('the pack currency', () => {
  it('formats euros and yen through Intl, built once per currency and never for dollars', async () => {
    // A copy of its own: the formatters are kept per module, and another file in this worker may
    // already have built the euro's.
    vi.resetModules();
    const { formatMoney } = await import('../../machines/format');
    const Real = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        built++;
      }
    } as typeof Real;
    try {
      expect(formatMoney(165_000)).toBe('$165,000');
      expect(formatMoney(-5_000, 'USD')).toBe('-$5,000');
      expect(built).toBe(0);
      expect(formatMoney(87_500, 'EUR')).toBe('€87,500');
      expect(formatMoney(-5_000, 'EUR')).toBe('-€5,000');
      expect(formatMoney(-0.4, 'EUR')).toBe('€0');
      expect(formatMoney(1_650_000.5, 'JPY')).toBe('¥1,650,001');
      expect(built).toBe(2);
    } finally {
      Intl.NumberFormat = Real;
    }
  });
});
