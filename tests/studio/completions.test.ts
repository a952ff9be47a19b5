import { describe, expect, it } from 'vitest';
import { RULE_KINDS } from '../../machines/policy/registry';
import { complete } from '../../src/studio/completions';
import { contentJsonSchema } from '../../src/studio/contentSchema';
import { at, packs, shipped } from './fixtures';

const kinds = [...RULE_KINDS.keys()];
const labels = (marked: string) => {
  const [text, pos] = at(marked);
  return complete(text, pos, contentJsonSchema(), packs, kinds)?.suggestions.map((s) => s.label) ?? [];
};
const a06 = shipped('a06-latency-veto.yaml');
/** a06 with the cursor put in place of `find`'s first occurrence (its `|` marks the cursor within it). */
const inA06 = (find: string, cursor: string) => {
  const i = a06.indexOf(find);
  if (i < 0) throw new Error(`not in a06: ${find}`);
  return a06.slice(0, i) + cursor + a06.slice(i + find.length);
};

describe('studio completion', () => {
  it('offers the keys a scenario may still have at the top level, and none it already has', () => {
    const found = labels(inA06('level: L5\n', 'level: L5\nmak|\n'));
    expect(found).toContain('makesOffer');
    expect(labels(inA06('level: L5\n', 'level: L5\n|\n'))).not.toContain('title');
  });

  it("offers an option's keys inside an option, required ones marked", () => {
    const [text, pos] = at(inA06('            note: Ties revenue', '            |\n            note: Ties revenue'));
    const found = complete(text, pos, contentJsonSchema(), packs, kinds)!;
    const byLabel = new Map(found.suggestions.map((s) => [s.label, s]));
    // `id`, `text`, `note`, `signals` and `followUp` are on this option already; `coach` is not.
    expect([...byLabel.keys()]).toEqual(['coach']);
    expect(byLabel.get('coach')!.detail).toMatch(/^optional · text, at most 4000 characters/);
    const fresh = labels('kind: scenario\nrounds:\n  - prompts:\n      - options:\n          - |\n');
    expect(fresh).toEqual(expect.arrayContaining(['id', 'text', 'note', 'coach', 'signals', 'followUp']));
  });

  it('offers the people of the scenario for an interviewer and for the committee', () => {
    expect(labels(inA06('interviewer: tobias', 'interviewer: |'))).toEqual(['ines', 'tobias', 'maren', 'victor']);
    expect(labels(inA06('committee: [', 'committee: [ines, v|'))).toEqual(['victor']);
  });

  it("offers the pack's rounds, levels and pack ids where a field names one", () => {
    expect(labels(inA06('  - round: data-impact', '  - round: |'))).toEqual(
      packs.find((p) => p.id === 'pm')!.loop.rounds.map((r) => r.id),
    );
    expect(labels(inA06('level: L5', 'level: |'))).toEqual(packs.find((p) => p.id === 'pm')!.comp.levels);
    expect(labels(inA06('pack: pm', 'pack: p|')).sort()).toEqual(['pgm', 'pm', 'pm-data']);
  });

  it("offers this round's probes for a follow-up and every option id for a path's choices", () => {
    const probes = labels(inA06('followUp: a06-di-confound', 'followUp: |'));
    expect(probes).toContain('a06-di-confound');
    expect(probes.every((id) => id.startsWith('a06-di-'))).toBe(true);
    const choices = labels(inA06('      - a06-xf-rerank-yes\n', '      - a06-xf-r|\n'));
    expect(choices).toEqual(expect.arrayContaining(['a06-xf-rerank-yes', 'a06-xf-rerank-budget']));
    expect(choices).not.toContain('a06-di-attribution-holdout');
  });

  it("offers the rule kinds for a rule's kind and a round rubric's dimensions for an option's scores", () => {
    const rule = a06.replace(/^rules:.*$/m, 'rules:\n  - id: bar\n    kind: |');
    const withRules = /^rules:/m.test(a06)
      ? rule
      : a06.replace('committee:', 'rules:\n  - id: bar\n    kind: |\ncommittee:');
    expect(labels(withRules).sort()).toEqual([...kinds].sort());
    const dims = labels(
      inA06('signals: { scores: { impact: 1, technical-fluency: 1 } }', 'signals: { scores: { | } }'),
    );
    expect(dims.length).toBeGreaterThan(1);
    expect(dims).toContain('impact');
  });

  it('offers the values an enum allows (a path decision)', () => {
    expect(labels(inA06('    decision: no_hire', '    decision: |'))).toEqual(
      expect.arrayContaining(['hire', 'no_hire', 'hold', 'up_level']),
    );
  });
});
