import type { Pack, Scenario } from '../../machines/content/schema';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import { checkContent } from '../../machines/content/parse';

/**
 * A scenario with `rounds` rounds of `prompts` prompts of five answers each: 5^(rounds × prompts)
 * paths. Each answer moves one of two dimensions by -2 to +2, so the scores take few values.
 */
export function syntheticScenario(rounds: number, prompts: number): ResolvedScenario {
  const pack = checkContent(
    {
      schemaVersion: 2,
      kind: 'pack',
      id: 'synthetic',
      title: 'Synthetic',
      sources: ['V3'],
      loop: {
        source: 'L-PM',
        rounds: Array.from({ length: rounds }, (_, r) => ({
          id: `r${r}`,
          title: `Round ${r}`,
          interviewerRole: 'engineer',
          minutes: 30,
          day: r + 1,
          rubric: 'two',
        })),
        debriefDay: rounds + 2,
        offerDay: rounds + 3,
      },
      rubrics: {
        two: {
          label: 'Two',
          source: 'R4',
          dimensions: [
            { id: 'a', label: 'A', weight: 1 },
            { id: 'b', label: 'B', weight: 1 },
          ],
        },
      },
      scoring: { baseline: 3, recommendation: { strong_yes: 4.2, yes: 3.4, no: 2.6 }, narrativeBelow: 3 },
      committee: { kind: 'debrief', bars: { hire: 3.4, downLevel: 3 } },
      rules: [{ id: 'V3', kind: 'round-disqualifier', round: 'r0', failAt: 'strong_no' }],
      comp: {
        source: 'K1',
        levels: ['L4', 'L5'],
        bands: {
          L4: { base: [1, 2], bonus: { amount: [0, 0] }, equity: [0, 0] },
          L5: { base: [1, 2], bonus: { amount: [0, 0] }, equity: [0, 0] },
        },
        draftAt: 0.5,
        signOnMax: 0,
      },
    },
    'synthetic-pack.yaml',
  );
  if (!pack.ok) throw new Error(JSON.stringify(pack.issues));
  const scenario = checkContent(
    {
      schemaVersion: 2,
      kind: 'scenario',
      id: 'synthetic',
      title: 'Synthetic',
      pack: 'synthetic',
      role: 'Engineer',
      level: 'L5',
      sources: ['V3'],
      teaches: 'Scale.',
      summary: 'Scale.',
      candidate: { name: 'Sam', background: 'Test.' },
      people: [{ id: 'ed', name: 'Ed', role: 'engineer', persona: 'Test.' }],
      rounds: Array.from({ length: rounds }, (_, r) => ({
        round: `r${r}`,
        interviewer: 'ed',
        prompts: Array.from({ length: prompts }, (_, p) => ({
          id: `r${r}p${p}`,
          text: `Prompt ${r}.${p}`,
          options: [-2, -1, 0, 1, 2].map((d, o) => ({
            id: `r${r}p${p}o${o}`,
            text: `Answer ${o}`,
            note: `Note ${o}`,
            signals: { scores: { [p % 2 ? 'a' : 'b']: d } },
          })),
        })),
      })),
      committee: ['ed'],
      paths: Object.fromEntries(
        ['recorded', 'best', 'worst'].map((n) => [
          n,
          {
            description: n,
            choices: Array.from({ length: rounds * prompts }, (_, i) => `r${Math.floor(i / prompts)}p${i % prompts}o2`),
            decision: 'hire',
          },
        ]),
      ),
    },
    'synthetic.yaml',
  );
  if (!scenario.ok) throw new Error(JSON.stringify(scenario.issues));
  const r = resolveScenario(scenario.value as Scenario, new Map([['synthetic', pack.value as Pack]]), 'synthetic.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
