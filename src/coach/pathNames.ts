import type { ResolvedScenario } from '../../machines/content/resolve';
import { displayName, displayProse } from '../../machines/displayName';

/** The paths every scenario has, by what a coach calls them in a room. */
const TITLES: Record<string, string> = {
  recorded: 'What really happened',
  best: 'Strongest answers',
  worst: 'Weakest answers',
  'your-play': 'Your last play',
};

/** A path's name as a coach reads it ("What really happened", never `recorded`). */
export function pathTitle(name: string): string {
  if (Object.hasOwn(TITLES, name)) return TITLES[name]!;
  const words = displayName(name);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The author's one line on what the path is. */
export function pathLine(resolved: ResolvedScenario, name: string): string {
  if (name === 'your-play') return 'The answers you gave the last time you played this as the candidate.';
  return Object.hasOwn(resolved.scenario.paths, name) ? displayProse(resolved.scenario.paths[name]!.description) : '';
}
