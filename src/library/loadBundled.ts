import { parseContent } from '../../machines/content/parse';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';
import type { ContentIssue } from '../../machines/content/issues';
import type { Pack, Scenario } from '../../machines/content/schema';

/** The scenario files shipped in scenarios/, bundled as text so the browser parses them like the CLI does. */
const files = import.meta.glob(['/scenarios/**/*.{yaml,yml,json}', '!/scenarios/**/_*'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface BundledLibrary {
  scenarios: ResolvedScenario[];
  issues: ContentIssue[];
}

/** Parse and resolve every bundled file; a broken one is reported and the rest still load. */
export function loadBundled(sources: Record<string, string> = files): BundledLibrary {
  const issues: ContentIssue[] = [];
  const packs = new Map<string, Pack>();
  const scenarios: Array<{ file: string; value: Scenario }> = [];
  for (const [path, text] of Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.replace(/^\//, '');
    const result = parseContent(text, file);
    if (!result.ok) issues.push(...result.issues);
    else if (result.value.kind === 'pack') packs.set(result.value.id, result.value);
    else scenarios.push({ file, value: result.value });
  }
  const resolved: ResolvedScenario[] = [];
  for (const { file, value } of scenarios) {
    const r = resolveScenario(value, packs, file);
    if (r.ok) resolved.push(r.value);
    else issues.push(...r.issues);
  }
  return { scenarios: resolved, issues };
}
