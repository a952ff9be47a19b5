import { z } from 'zod';
import type { Effect, RuleKind } from '../types';

const STEPS = { hire: 0, down_level: -1, down_two: -2 } as const;

const settings = z.strictObject({
  atMost: z
    .enum(['hire', 'down_level', 'down_two'])
    .describe(
      'The highest decision the committee may reach when the rule applies: `hire` takes an up-level away, `down_level` holds the offer one level down. Pair it with `when` or `unless` (an up-level only if the bar-raiser is a strong yes).',
    ),
});
type Settings = z.infer<typeof settings>;

const CAPS: Record<Settings['atMost'], Effect> = {
  hire: Object.freeze({ type: 'cap', step: STEPS.hire }),
  down_level: Object.freeze({ type: 'cap', step: STEPS.down_level }),
  down_two: Object.freeze({ type: 'cap', step: STEPS.down_two }),
};

const WHAT = { hire: 'an offer at level', down_level: 'one level down', down_two: 'two levels down' } as const;

/** A ceiling on the ladder: with a condition, the up-level that needs the bar-raiser's strong yes. */
export const levelCap: RuleKind<Settings> = {
  kind: 'level-cap',
  defaultLabel: 'A ceiling on the level',
  summary: 'The decision goes no higher than this step of the ladder; with `when` or `unless`, only in those cases.',
  phase: 'committee',
  since: 3,
  reads: () => ({ consensus: true }),
  settings,
  evaluate: (s, p) => (p.step !== null && p.step > STEPS[s.atMost] ? CAPS[s.atMost] : null),
  explain: (s, p) => ({
    by: 'committee',
    reason: `the consensus of ${p.consensus} reaches higher, but the committee goes no further than ${WHAT[s.atMost]}`,
  }),
};
