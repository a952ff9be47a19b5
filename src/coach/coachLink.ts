import type { Recommendation } from '../../machines/content/schema';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { NO_CHANGES, type WhatIf } from '../../machines/engine/whatIf';

export type CoachTab = 'compare' | 'what-if' | 'statechart';

/** What a coach has set up, as a link carries it: the view, the two paths compared, and the what-if. */
export interface CoachSetup {
  tab: CoachTab;
  left: string;
  right: string;
  base: string;
  whatIf: WhatIf;
}

const TABS = new Set<CoachTab>(['compare', 'what-if', 'statechart']);
const RECS = new Set<Recommendation>(['strong_no', 'no', 'yes', 'strong_yes']);

/**
 * The setup as readable query parameters (`view=what-if&base=recorded&off=V2&vote=dana:no&bar=hire:4.2
 * &weight=pm/impact:3&answer=a06-x`), so a coach can prepare a what-if and send it as a link.
 */
export function encodeSetup(s: CoachSetup): string {
  const p = new URLSearchParams();
  if (s.tab !== 'compare') p.set('view', s.tab);
  p.set('left', s.left);
  p.set('right', s.right);
  p.set('base', s.base);
  for (const id of s.whatIf.rulesOff) p.append('off', id);
  for (const [member, rec] of Object.entries(s.whatIf.votes)) p.append('vote', `${member}:${rec}`);
  for (const [bar, value] of Object.entries(s.whatIf.bars ?? {}))
    if (value !== undefined) p.append('bar', `${bar}:${value}`);
  for (const [rubric, dims] of Object.entries(s.whatIf.weights))
    for (const [dim, value] of Object.entries(dims)) p.append('weight', `${rubric}/${dim}:${value}`);
  for (const option of Object.values(s.whatIf.answers)) p.append('answer', option);
  return p.toString();
}

const split = (text: string, sep: string): [string, string] | null => {
  const at = text.lastIndexOf(sep);
  return at > 0 ? [text.slice(0, at), text.slice(at + sep.length)] : null;
};

/**
 * Read a setup from a link's query. A link is untrusted input: anything that does not name a path,
 * rule, member, bar, rubric dimension or answer of this scenario is left out, never guessed at.
 */
export function decodeSetup(
  query: string,
  resolved: ResolvedScenario,
  defaults: Omit<CoachSetup, 'whatIf'>,
  extraPaths: string[] = [],
): CoachSetup {
  const p = new URLSearchParams(query);
  const paths = new Set([...Object.keys(resolved.scenario.paths), ...extraPaths]);
  const path = (key: string, fallback: string, named = paths) => {
    const v = p.get(key);
    return v !== null && named.has(v) ? v : fallback;
  };
  const view = p.get('view') as CoachTab | null;
  const rules = new Set(resolved.policy.rules.filter((r) => r.enabled).map((r) => r.id));
  const members = new Set(resolved.committee.map((m) => m.id));
  const bars = new Set(Object.keys(resolved.policy.bars));
  const rubrics = new Map(resolved.rounds.map((r) => [r.rubric.id, new Set(r.rubric.dimensions.map((d) => d.id))]));

  const whatIf: WhatIf = { ...NO_CHANGES, rulesOff: [], votes: {}, weights: {}, answers: {} };
  for (const id of p.getAll('off')) if (rules.has(id) && !whatIf.rulesOff.includes(id)) whatIf.rulesOff.push(id);
  for (const v of p.getAll('vote')) {
    const kv = split(v, ':');
    if (kv && members.has(kv[0]) && RECS.has(kv[1] as Recommendation)) whatIf.votes[kv[0]] = kv[1] as Recommendation;
  }
  for (const v of p.getAll('bar')) {
    const kv = split(v, ':');
    const n = kv ? Number(kv[1]) : NaN;
    if (kv && bars.has(kv[0]) && Number.isFinite(n) && n >= 1 && n <= 5) whatIf.bars = { ...whatIf.bars, [kv[0]]: n };
  }
  for (const v of p.getAll('weight')) {
    const kv = split(v, ':');
    const at = kv ? split(kv[0], '/') : null;
    const n = kv ? Number(kv[1]) : NaN;
    if (at && rubrics.get(at[0])?.has(at[1]) && Number.isFinite(n) && n >= 0 && n <= 1000) {
      whatIf.weights[at[0]] = { ...whatIf.weights[at[0]], [at[1]]: n };
    }
  }
  for (const id of p.getAll('answer')) {
    const found = resolved.options.get(id);
    if (found) whatIf.answers[found.prompt.id] = id;
  }
  return {
    tab: view && TABS.has(view) ? view : defaults.tab,
    left: path('left', defaults.left),
    right: path('right', defaults.right),
    base: path('base', defaults.base, new Set(Object.keys(resolved.scenario.paths))),
    whatIf,
  };
}
