import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent } from '../../machines/content/parse';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { Pack, Scenario } from '../../machines/content/schema';
import { playPath } from '../../machines/engine/playPath';
import { enumerateBranches } from '../../machines/engine/branches';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';

// What every v1 and v2 fixture and shipped scenario decides, path by path: recorded on the commit
// before the v3 vocabulary (tests/machines/baseline/outcomes-v2.json) and held equal since.

const root = join(import.meta.dirname, '../..');
const read = (file: string) => {
  const r = parseContent(readFileSync(join(root, file), 'utf8'), file);
  if (!r.ok) throw new Error(r.issues.map((i) => `${file} ${i.path}: ${i.message}`).join('\n'));
  return r.value;
};
const resolved = (scenario: string, packs: string[], as: string): [string, ResolvedScenario] => {
  const byId = new Map(packs.map((p) => read(p) as Pack).map((p) => [p.id, p]));
  const r = resolveScenario(read(scenario) as Scenario, byId, scenario);
  if (!r.ok) throw new Error(r.issues.map((i) => `${scenario} ${i.path}: ${i.message}`).join('\n'));
  return [as, r.value];
};

/** Every v1 and v2 file the engine reads today, resolved: the library, the golden loop, the bar-raiser, the library on v1 packs. */
export function oldFiles(): Array<[string, ResolvedScenario]> {
  const library = loadLibrary([REPO_SCENARIOS]);
  const v1Packs = readdirSync(join(root, 'tests/fixtures/v1/packs')).map((f) => `tests/fixtures/v1/packs/${f}`);
  const shipped = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
  return [
    ...library.scenarios.map((s) => [s.scenario.id, s] as [string, ResolvedScenario]),
    resolved('tests/fixtures/golden.yaml', ['tests/fixtures/packs/golden.yaml'], 'golden'),
    resolved('tests/fixtures/v2/bar-raiser.yaml', ['tests/fixtures/v2/packs/bar-raiser.yaml'], 'v2/bar-raiser'),
    ...shipped.map((f) => resolved(`scenarios/${f}`, v1Packs, `v1-packs/${f.replace(/\.yaml$/, '')}`)),
  ];
}

/** What one file decides: each named path's decision, level, consensus, offer and firings, and the branch check's counts. */
export function outcomesOf(r: ResolvedScenario) {
  const paths = Object.fromEntries(
    Object.entries(r.scenario.paths).map(([name, p]) => {
      const run = playPath(r, { name, choices: p.choices, negotiation: p.negotiation });
      // Version 3 reports how the offer ended and its currency: for an old file, as accepted says, in dollars.
      const { outcome, currency, ...offer } = run.offer ?? { outcome: undefined, currency: undefined };
      if (run.offer && (currency !== 'USD' || outcome !== (run.offer.accepted ? 'accepted' : 'declined')))
        throw new Error(`${r.scenario.id} ${name}: an old file's offer ended ${outcome}, in ${currency}`);
      return [
        name,
        {
          decision: run.decision,
          level: run.level,
          consensus: run.consensus,
          offer: run.offer ? offer : null,
          fired: run.rulesFired.map((f) => f.rule),
        },
      ];
    }),
  );
  const branches = enumerateBranches(r);
  return { paths, branches: { paths: branches.paths, decisions: branches.decisions, deadEnds: branches.deadEnds } };
}
