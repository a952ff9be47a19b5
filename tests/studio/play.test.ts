import { describe, expect, it } from 'vitest';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import { enumerateBranches } from '../../machines/engine/branches';
import { checkDraft } from '../../src/studio/checkDraft';
import { branchCounts } from '../../src/studio/optionCounts';
import { choicesTo, replayChoices } from '../../src/studio/playState';
import { packs, shipped } from './fixtures';

const resolvedOf = (text: string): ResolvedScenario => {
  const { playable } = checkDraft({ name: 'draft.yaml', text, packs });
  const r = resolveScenario(playable!.scenario, new Map([[playable!.pack.id, playable!.pack]]), 'draft.yaml');
  if (!r.ok) throw new Error('does not resolve');
  return r.value;
};
const a06 = shipped('a06-latency-veto.yaml');
const recorded = resolvedOf(a06).scenario.paths.recorded!.choices;

describe('the studio play pane', () => {
  it('plays the recorded path to the decision the file declares, with the rule that fired', () => {
    const state = replayChoices(resolvedOf(a06), recorded);
    expect(state.waiting).toBeNull();
    expect(state.report?.decision).toBe('no_hire');
    expect(state.report?.rulesFired.map((f) => f.rule)).toContain('V1');
  });

  it('after an edit renames an answer, replays up to it and waits at its prompt, like Inky', () => {
    const edited = resolvedOf(a06.replaceAll('a06-xf-rerank-yes', 'a06-xf-rerank-agree'));
    const state = replayChoices(edited, recorded);
    expect(state.kept).toEqual(recorded.slice(0, 3));
    expect(state.dropped[0]).toBe('a06-xf-rerank-yes');
    expect(state.waiting?.prompt.options.map((o) => o.id)).toContain('a06-xf-rerank-agree');
  });

  it('"play from here" finds the answers that reach an option, keeping the current ones where they fit', () => {
    const r = resolvedOf(a06);
    const to = choicesTo(r, 'a06-xf-contracts-hold', recorded)!;
    expect(to.at(-1)).toBe('a06-xf-contracts-hold');
    // The recorded answers reach that probe already, so the way there is theirs.
    expect(to).toEqual(recorded.slice(0, to.length));
    const state = replayChoices(r, to);
    expect(state.dropped).toEqual([]);
    expect(state.waiting).not.toBeNull();
  });
});

describe("the map's counts", () => {
  it("the paths through a prompt every path passes split the scenario's count exactly", () => {
    const r = resolvedOf(a06);
    const counts = branchCounts(r);
    expect(counts.paths).toBe(enumerateBranches(r).paths);
    const first = r.rounds[0]!.prompts[0]!;
    const sum: Record<string, number> = {};
    for (const o of first.options)
      for (const [d, n] of Object.entries(counts.byOption[o.id]!.decisions)) sum[d] = (sum[d] ?? 0) + n;
    expect(sum).toEqual(counts.decisions);
  });
});

describe('checking a pack draft', () => {
  it('re-checks the shipped scenarios that name it and reports theirs under their own files', () => {
    const pack = shipped('packs/pm.yaml').replace(/bars: \{ hire: [\d.]+/, 'bars: { hire: 4.9');
    const scenarios = ['a06-latency-veto.yaml', 'c02-defined-success.yaml'].map((f) => ({
      name: `scenarios/${f}`,
      text: shipped(f),
    }));
    const check = checkDraft({ name: 'pm.yaml', text: pack, packs, scenarios });
    expect(check.kind).toBe('pack');
    expect(check.rechecked).toEqual(scenarios.filter((s) => /^pack: pm$/m.test(s.text)).map((s) => s.name));
    // A bar no answer can reach: the paths that were hired no longer are.
    expect(check.problems.some((p) => p.file === 'scenarios/a06-latency-veto.yaml' && /paths\.best/.test(p.path))).toBe(
      true,
    );
  });
});
