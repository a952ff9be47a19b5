import { describe, expect, it } from 'vitest';
import { golden } from '../helpers/golden';
import { play } from '../helpers/play';
import { expectDecision } from '../helpers/expectDecision';

const strong = ['s1-strong', 't1-strong', 'probe-strong', 't2-decisive'];

describe('the golden loop end to end', () => {
  it('hires a strong, reliable candidate and makes an offer inside the band', () => {
    const run = play(golden(), [...strong, 'p1-push']);
    expectDecision(run, 'hire', { fired: [] });
    expect(run.level).toBe('L5');
    expect(run.offer).toMatchObject({ level: 'L5', base: 187500, accepted: true });
    expect(run.days).toBe(23);
  });

  it('V1: the hiring manager vetoes stellar scores when reliability drops to 4/10 (A06)', () => {
    const run = play(golden(), [...strong, 'p1-cave']);
    expectDecision(run, 'no_hire', { fired: ['V1'] });
    expect(run.scorecards.find((c) => c.round === 'panel')?.reliability).toBe(4);
    expect(run.consensus!).toBeGreaterThanOrEqual(3.4);
    expect(run.rulesFired[0]!.by).toContain('Hank');
    expect(run.offer).toBeNull();
  });

  it('V3 and V4 both fire and are both listed', () => {
    const run = play(golden(), ['s1-strong', 't1-weak', 't2-none', 'p1-push']);
    expectDecision(run, 'no_hire', { fired: ['V3', 'V4'] });
  });

  it('a follow-up probe is asked only after the option that calls for it', () => {
    const withProbe = play(golden(), [...strong, 'p1-push']);
    const withoutProbe = play(golden(), ['s1-strong', 't1-ok', 't2-decisive', 'p1-push']);
    expect(withProbe.transcript.map((t) => t.prompt)).toContain('t1-probe');
    expect(withoutProbe.transcript.map((t) => t.prompt)).not.toContain('t1-probe');
  });

  it('down-levels a candidate between the down-level and hire bars', () => {
    const run = play(golden({ rules: { V2: false } }), ['s1-strong', 't1-ok', 't2-decisive', 'p1-flop']);
    expectDecision(run, 'down_level', { fired: [] });
    expect(run.level).toBe('L4');
    expect(run.offer?.level).toBe('L4');
  });

  it('goes to hold when the calendar slips past the hold day (L-PGM day 26)', () => {
    const run = play(golden(), ['s1-late', 't1-strong', 'probe-strong', 't2-decisive', 'p1-push']);
    expectDecision(run, 'hold', { fired: ['L-PGM'] });
    expect(run.days).toBe(27);
    expect(run.offer).toBeNull();
  });

  it('without a hold day the same slip only delays the decision', () => {
    const resolved = golden({ pack: (p) => ({ ...p, loop: { ...p.loop, holdDay: undefined } }) });
    const run = play(resolved, ['s1-late', 't1-strong', 'probe-strong', 't2-decisive', 'p1-push']);
    expectDecision(run, 'hire');
    expect(run.days).toBe(32);
  });
});
