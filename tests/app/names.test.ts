import { describe, expect, it } from 'vitest';
import { displayName, displayProse, levelName, titlesOf } from '../../machines/displayName';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { roleLabel } from '../../machines/format';

describe('one display name for every id a person reads', () => {
  it('reads a role slug as words with its acronyms, a panel of functions as a list', () => {
    expect(roleLabel('ml-scientist')).toBe('ML scientist');
    expect(roleLabel('vp-product')).toBe('VP product');
    expect(roleLabel('product-design-finance-panel')).toBe('product, design and finance panel');
    expect(roleLabel('hiring-manager')).toBe('hiring manager');
  });

  it("prefers the content's own title: a rubric label, a round title, a person's name", () => {
    const d08 = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'd08-engineers-vote')!;
    const titles = titlesOf(d08);
    expect(displayName('impact-delta', titles)).toBe('Delta of impact');
    expect(displayName('technical-judgment', titles)).toBe('Technical judgment');
    expect(displayName('dana', titles)).toBe('Dana Whitfield');
  });

  it('reads ids in backticks in prose as names, and a level slug as a level', () => {
    expect(displayProse('The `prd` path is the other candidate.')).toBe('The PRD path is the other candidate.');
    expect(displayProse('the $30k base ask')).toBe('the $30,000 base ask');
    expect(levelName('new-grad')).toBe('the new grad level');
    expect(levelName('L5')).toBe('L5');
  });
});
