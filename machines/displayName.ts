import type { ResolvedScenario } from './content/resolve';
import { formatMoney } from './format';

// Every name a person reads goes through displayName: the content's own title for an id when it
// has one (a rubric's label, a round's title, a person's name), else the id's words with their
// acronyms kept ("ml-scientist" reads "ML scientist"). No slug reaches a reader.

/** Words that keep their capitals wherever an id is read. */
const ACRONYMS = new Set(['ai', 'api', 'ceo', 'cto', 'hr', 'ml', 'pm', 'pgm', 'prd', 'qa', 'rlhf', 'sql', 'ux', 'vp']);

/** The names a scenario's content gives its own ids, by id. */
export type Titles = ReadonlyMap<string, string>;

/** The titles a scenario's content gives: rubric dimensions, rounds, people. */
export function titlesOf(resolved: Pick<ResolvedScenario, 'rounds' | 'scenario'>): Titles {
  const titles = new Map<string, string>();
  for (const r of resolved.rounds) {
    titles.set(r.id, r.title);
    for (const d of r.rubric.dimensions) titles.set(d.id, d.label);
  }
  for (const p of resolved.scenario.people) titles.set(p.id, p.name);
  return titles;
}

/**
 * An id as a person reads it: the content's own title when it gives one, else its words, acronyms
 * in capitals, and a panel of several functions listed as such ("product, design and finance panel").
 */
export function displayName(id: string, titles?: Titles): string {
  const own = titles?.get(id);
  if (own) return own;
  const words = id
    .replace(/`/g, '')
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w));
  if (words.length > 3 && words.at(-1) === 'panel') {
    const parts = words.slice(0, -1);
    return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)} panel`;
  }
  return words.join(' ');
}

/**
 * Prose as the screens show it: ids in backticks read as names ("the `prd` path" reads "the PRD
 * path"), and money in shorthand as every figure beside it ("$30k" reads "$30,000").
 */
export const displayProse = (text: string, titles?: Titles) =>
  text
    .replace(/`([^`]+)`/g, (_, id: string) => displayName(id, titles))
    .replace(/\$(\d+(?:\.\d+)?)k\b/g, (_, n: string) => formatMoney(Number(n) * 1000));

/** A level as a sentence names it: "L5" stays, "new-grad" reads "the new grad level". */
export const levelName = (level: string) => (/^[A-Z]{1,3}\d+$/.test(level) ? level : `the ${displayName(level)} level`);
