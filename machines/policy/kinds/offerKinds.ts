import { z } from 'zod';
import { leverSchema, name, slug } from '../../content/common';
import type { RuleKind } from '../types';

// The offer's rules: the offer functions (machines/rules/offerRules.ts) look them up by kind in the
// scenario's policy, and every firing names the instance that caused it.

const bandSetterSettings = z.strictObject({
  setBy: name.describe('The only role that may adjust a comp band.'),
});
/** V6 (002): only this role adjusts comp bands. */
export const bandSetter: RuleKind<z.infer<typeof bandSetterSettings>> = {
  kind: 'band-setter',
  defaultLabel: 'The committee sets the bands',
  summary: 'Only this role may adjust a comp band; anyone else is refused.',
  phase: 'offer',
  reads: () => ({ offer: true }),
  settings: bandSetterSettings,
};

const empty = z.strictObject({});
/** K4 (002): once the verbal offer is made, asks are refused. */
export const verbalLock: RuleKind<z.infer<typeof empty>> = {
  kind: 'verbal-lock',
  defaultLabel: 'No negotiation after the verbal offer',
  summary: 'Once the verbal offer is made, every ask is refused.',
  phase: 'offer',
  reads: () => ({ offer: true }),
  settings: empty,
};

/** K1, K4: no part of an offer leaves the level's band, nor the total band. */
export const bandCap: RuleKind<z.infer<typeof empty>> = {
  kind: 'band-cap',
  defaultLabel: "The level's comp band",
  summary: "Base, bonus, equity, sign-on and the total stay inside the level's band; an ask past it is capped.",
  phase: 'offer',
  reads: () => ({ offer: true }),
  settings: empty,
};

const leverSettings = z.strictObject({
  lever: leverSchema
    .omit({ source: true })
    .describe('What the offer may add past the band cap, and on what condition.'),
});
/** K3 (000, A08): a base ask past the band is answered with this lever instead. */
export const baseLever: RuleKind<z.infer<typeof leverSettings>> = {
  kind: 'base-lever',
  defaultLabel: 'A lever instead of base',
  summary: 'A base ask past the band is capped and this lever (a milestone bonus) is offered instead.',
  phase: 'offer',
  reads: () => ({ offer: true }),
  settings: leverSettings,
};
/** K2 (000): an equity ask past the band brings this lever. */
export const equityLever: RuleKind<z.infer<typeof leverSettings>> = {
  kind: 'equity-lever',
  defaultLabel: 'A lever instead of equity',
  summary: 'An equity ask past the band is capped and this lever (an accelerated grant) is offered instead.',
  phase: 'offer',
  reads: () => ({ offer: true }),
  settings: leverSettings,
};

const boostSettings = z.strictObject({
  flag: slug.describe('The scorecard flag that earns the boost.'),
  draftAt: z
    .number()
    .min(0)
    .max(1)
    .describe('Where in the equity range the draft offer starts instead: 0 the minimum, 1 the maximum.'),
});
/** K5 (003): answers carrying this flag (a portfolio of shipped wins) move the equity draft up. */
export const equityBoost: RuleKind<z.infer<typeof boostSettings>> = {
  kind: 'equity-boost',
  defaultLabel: 'Shipped wins earn a larger grant',
  summary: 'When an answer raised this flag, the draft offer starts equity at this point of the range.',
  phase: 'offer',
  reads: (s) => ({ offer: true, cards: [{ flags: [s.flag], meets: (c) => c.flags.includes(s.flag) }] }),
  settings: boostSettings,
};
