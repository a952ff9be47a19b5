import { z } from 'zod';
import { name } from '../content/common';
import type { RuleKind } from './types';
import { roleVeto } from './kinds/roleVeto';
import { groupDistrust } from './kinds/groupDistrust';
import { roundDisqualifier } from './kinds/roundDisqualifier';
import { flagDisqualifier } from './kinds/flagDisqualifier';
import { dimensionFloor } from './kinds/dimensionFloor';
import { rankSlots } from './kinds/rankSlots';
import { bandCap, bandSetter, baseLever, equityBoost, equityLever, verbalLock } from './kinds/offerKinds';
import { committeeVote } from './kinds/committeeVote';
import { levelCap } from './kinds/levelCap';
import { earlyEnd } from './kinds/earlyEnd';
import { competingOffer } from './kinds/competingOffer';
import { offerDeadline } from './kinds/offerDeadline';
import { conditionSchema, ruleId, type Condition } from './conditions';

export { ruleId };

/** Every kind of rule a pack may use, by kind id: the one registry every screen, the CLI and the kernel read. */
// biome-ignore lint/suspicious/noExplicitAny: one map holds kinds of every settings type
export const RULE_KINDS: ReadonlyMap<string, RuleKind<any>> = new Map(
  [
    roleVeto,
    groupDistrust,
    roundDisqualifier,
    flagDisqualifier,
    dimensionFloor,
    rankSlots,
    bandSetter,
    verbalLock,
    bandCap,
    baseLever,
    equityLever,
    equityBoost,
    committeeVote,
    levelCap,
    earlyEnd,
    competingOffer,
    offerDeadline,
    // biome-ignore lint/suspicious/noExplicitAny: as above
  ].map((k) => [k.kind, k as RuleKind<any>]),
);

/** A rule instance as parsed: id, kind, label, source and the kind's settings side by side. */
export type RuleInstance = {
  id: string;
  kind: string;
  label?: string;
  source?: string;
  when?: Condition;
  unless?: Condition;
} & Record<string, unknown>;

function buildInstanceSchema() {
  const base = {
    id: ruleId.describe('The rule\'s id, unique in the pack ("V1", "bar-raiser"); firings and scenarios name it.'),
    label: name
      .optional()
      .describe('How the rule reads to a person ("The hiring manager\'s veto"); the kind\'s own name when left out.'),
    source: name.optional().describe('The domain.md ID or seed the rule comes from.'),
    when: conditionSchema
      .optional()
      .describe(
        'Schema version 3: the rule applies only when this holds (another rule fired, a member votes so, a seat is filled, a dimension scores so).',
      ),
    unless: conditionSchema.optional().describe('Schema version 3: the rule does not apply when this holds.'),
  };

  const instanceSchemas = [...RULE_KINDS.values()].map((k) =>
    (k.settings as unknown as z.ZodObject)
      .extend({ ...base, kind: z.literal(k.kind).describe(`${k.kind}: ${k.summary}`) })
      .strict()
      .describe(`A ${k.kind} rule: ${k.summary}`),
  );

  return z.discriminatedUnion('kind', instanceSchemas as unknown as [z.ZodObject, ...z.ZodObject[]], {
    error: (issue) =>
      issue.code === 'invalid_union' ? `expected a rule kind: ${[...RULE_KINDS.keys()].join(', ')}` : undefined,
  }) as unknown as z.ZodType<RuleInstance>;
}

let instanceSchema: z.ZodType<RuleInstance> | undefined;
/**
 * One rule instance in a pack or scenario: its id, kind, label and the kind's settings. Built on
 * first use, like the content schemas that hold it: extending every kind's settings is a schema copy each.
 */
export const ruleInstanceSchema = () => (instanceSchema ??= buildInstanceSchema());

/** The kind of an instance; the schema guarantees it exists. */
// biome-ignore lint/suspicious/noExplicitAny: the caller's settings type is not known here
export const kindOf = (rule: Pick<RuleInstance, 'kind'>): RuleKind<any> => RULE_KINDS.get(rule.kind)!;

/**
 * A compiled rule's settings as its kind types them, checked against the kind: code outside a
 * kind's file reads its settings through this, never through a cast of its own.
 */
export function settingsOf<S>(kind: RuleKind<S>, rule: Pick<RuleInstance, 'kind'> & { settings: unknown }): S {
  if (rule.kind !== kind.kind) throw new Error(`rule of kind "${rule.kind}" read as "${kind.kind}"`);
  return rule.settings as S;
}

/** The label a person reads for a rule instance. */
export const ruleLabel = (rule: Pick<RuleInstance, 'kind' | 'label'>) => rule.label ?? kindOf(rule).defaultLabel;
