import { describe, expect, it } from 'vitest';
import { explainChange, NO_CHANGES, runWhatIf, withChanges } from '../../machines/engine/whatIf';
import { playPath } from '../../machines/engine/playPath';
import { golden } from '../helpers/golden';

const recorded = ['s1-strong', 't1-strong', 'probe-strong', 't2-decisive', 'p1-cave'];
// Middling answers: framing and structure end apart, and the consensus sits between the bars.
const middling = ['s1-ok', 't1-ok', 't2-decisive', 'p1-push'];

describe('what-if', () => {
  it('with no changes it reaches exactly what the path reaches', () => {
    const r = golden();
    expect(runWhatIf(r, recorded, NO_CHANGES).decision).toBe(
      playPath(r, { name: 'recorded', choices: recorded, negotiation: [] }).decision,
    );
  });

  it('switching the HM veto off turns the no hire into a hire, and says why', () => {
    const r = golden();
    const before = runWhatIf(r, recorded, NO_CHANGES);
    const after = runWhatIf(r, recorded, { ...NO_CHANGES, rulesOff: ['V1'] });
    expect([before.decision, after.decision]).toEqual(['no_hire', 'hire']);
    const lines = explainChange(before, after, withChanges(r, { ...NO_CHANGES, rulesOff: ['V1'] }));
    expect(lines.slice(0, 2)).toEqual([
      'Against the path as played, the decision moves from No hire to Hire.',
      "V1 (The hiring manager's veto) no longer fires.",
    ]);
    // Why the hire stands now: the consensus against the bar it clears.
    expect(lines.at(-1)).toMatch(/^Why: consensus [\d.]+ ≥ the hire bar 3.4 \(L5\)/);
  });

  it("setting the hiring manager's vote to yes lifts the veto too", () => {
    const after = runWhatIf(golden(), recorded, { ...NO_CHANGES, votes: { hank: 'yes' } });
    expect(after.rulesFired.map((f) => f.rule)).not.toContain('V1');
  });

  it('raising the bar past the consensus ends in no hire with no rule needed', () => {
    const before = runWhatIf(golden(), middling, NO_CHANGES);
    expect(before.decision).toBe('hire');
    const after = runWhatIf(golden(), middling, { ...NO_CHANGES, bars: { hire: 4.9, downLevel: 4.8 } });
    expect(after.decision).toBe('no_hire');
    expect(after.rulesFired).toEqual([]);
  });

  it('changing one answer replays the rest of the path as far as it still fits', () => {
    const after = runWhatIf(golden(), recorded, { ...NO_CHANGES, answers: { t2: 't2-none' } });
    expect(after.transcript.map((t) => t.option)).toEqual([
      's1-strong',
      't1-strong',
      'probe-strong',
      't2-none',
      'p1-cave',
    ]);
    expect(after.rulesFired.map((f) => f.rule)).toContain('V4');
  });

  it('reweighting a rubric changes the scorecards', () => {
    const base = runWhatIf(golden(), middling, NO_CHANGES);
    const after = runWhatIf(golden(), middling, { ...NO_CHANGES, weights: { two: { framing: 3, structure: 1 } } });
    expect(after.scorecards.map((c) => c.overall)).not.toEqual(base.scorecards.map((c) => c.overall));
  });
});
