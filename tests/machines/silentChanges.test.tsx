import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadLibrary } from '../../src/content/library';
import { compileRule } from '../../machines/policy/compile';
import { checkPack } from '../../machines/policy/checkPolicy';
import { decidePacket, decidingFirings, LADDER_END, packetOf } from '../../machines/policy/kernel';
import { Handout } from '../../src/present/Handout';
import { deckOf, recordedReport, START } from '../../src/present/deck';
import { golden } from '../helpers/golden';
import { card } from '../helpers/cards';

// What an author wrote must never change meaning without a word: each case here was silent before.

const atBottom = (extra: Parameters<typeof compileRule>[0][] = []) => {
  const resolved = golden({ scenario: (s) => ({ ...s, level: 'L4' }) });
  const rules = [...resolved.policy.rules, ...extra.map((r) => compileRule(r))];
  return {
    ...resolved.policy,
    rules,
    committeeRules: [...resolved.policy.committeeRules, ...rules.slice(resolved.policy.rules.length)],
  };
};
const votesAt = (calibrated: number) =>
  ['Rita', 'Eli'].map((name) => ({
    member: name,
    name,
    role: 'panel',
    recommendation: 'yes' as const,
    calibrated,
    reason: '',
  }));

describe('a down-level at the bottom rung of the ladder says why it is no hire', () => {
  it('a consensus on the down-level bar, for a scenario at the lowest level', () => {
    const policy = atBottom();
    expect(policy.levels[policy.target]).toBe('L4');
    const outcome = decidePacket(policy, packetOf(policy, [card()], votesAt(3.2)));
    expect(outcome.decision).toBe('no_hire');
    expect(outcome.rulesFired).toEqual([
      expect.objectContaining({
        rule: LADDER_END,
        label: 'The bottom of the ladder',
        reason: expect.stringMatching(/consensus 3\.2 reaches the down-level bar of 3.*L4 is the lowest level/),
      }),
    ]);
    // Below the down-level bar it is simply no hire on the scores: nothing to explain.
    expect(decidePacket(policy, packetOf(policy, [card()], votesAt(2.5))).rulesFired).toEqual([]);
  });

  it('a rule that caps the offer one level down, at the lowest level', () => {
    const floor = { id: 'F1', kind: 'dimension-floor', dimension: 'framing', below: 3, effect: 'down-level' };
    const policy = atBottom([floor]);
    const weak = card({ scores: { framing: 2, structure: 4 } });
    const outcome = decidePacket(policy, packetOf(policy, [weak], votesAt(3.6)));
    expect(outcome.decision).toBe('no_hire');
    expect(outcome.rulesFired.map((f) => f.rule)).toEqual(['F1', LADDER_END]);
    expect(outcome.rulesFired[1]!.reason).toMatch(/^F1 \(A must-pass dimension\) caps the offer below L4/);
  });
});

describe('rule display filters by phase from the registry, never by id', () => {
  const barRaiser = loadLibrary([join(import.meta.dirname, '../fixtures/v2')]).scenarios.find(
    (s) => s.scenario.id === 'bar-raiser-fixture',
  )!;

  it("the handout shows the bar-raiser's veto, whose id does not start with V", () => {
    const report = recordedReport(barRaiser);
    expect(report.rulesFired.map((f) => f.rule)).toContain('bar-raiser-veto');
    const html = renderToStaticMarkup(
      <Handout resolved={barRaiser} report={report} deck={deckOf(barRaiser, report)} state={START} />,
    );
    expect(html).toContain('bar-raiser-veto');
  });

  it('offer rules and the calendar are left out, the ladder end kept', () => {
    const firings = [
      { rule: 'bar-raiser-veto' },
      { rule: 'band' },
      { rule: 'L-PGM' },
      { rule: LADDER_END },
      { rule: 'V1' },
    ];
    expect(decidingFirings(barRaiser.policy, firings).map((f) => f.rule)).toEqual([
      'bar-raiser-veto',
      LADDER_END,
      'V1',
    ]);
  });
});

describe('a pack is checked on its own for what its rounds name', () => {
  it('a round whose rubric the pack does not define is a problem at its field, not "1 file valid"', () => {
    const { pack } = golden();
    const broken = {
      ...pack,
      loop: { ...pack.loop, rounds: pack.loop.rounds.map((r, i) => (i === 1 ? { ...r, rubric: 'tree' } : r)) },
    };
    expect(checkPack(pack)).toEqual([]);
    expect(checkPack(broken)).toEqual([
      { path: 'loop.rounds[1].rubric', message: 'expected a rubric defined under rubrics ("two"), found "tree"' },
    ]);
  });
});
