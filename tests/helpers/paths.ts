import type { ResolvedScenario } from '../../machines/content/resolve';
import { seededRandom } from '../../machines/engine/random';

/** Every way through one round, as option-id lists (follow-ups included, a probe never asked twice on a path). */
function roundWays(round: ResolvedScenario['rounds'][number], limit: number): string[][] {
  const mains = round.prompts.filter((p) => !p.probe);
  const byId = new Map(round.prompts.map((p) => [p.id, p]));
  const out: string[][] = [];
  const walk = (promptId: string | undefined, main: number, taken: string[], asked: Set<string>) => {
    if (out.length >= limit) return;
    if (!promptId) return void out.push(taken);
    const prompt = byId.get(promptId)!;
    for (const o of prompt.options) {
      if (o.followUp && asked.has(o.followUp)) continue;
      const next = o.followUp ?? mains[main + 1]?.id;
      walk(
        next,
        o.followUp ? main : main + 1,
        [...taken, o.id],
        o.followUp ? new Set([...asked, o.followUp]) : new Set(next ? [next] : []),
      );
    }
  };
  walk(mains[0]?.id, 0, [], new Set(mains[0] ? [mains[0].id] : []));
  return out;
}

/** Every complete path through a scenario when there are at most `limit`, else null. */
export function allPaths(resolved: ResolvedScenario, limit: number): string[][] | null {
  let paths: string[][] = [[]];
  for (const round of resolved.rounds) {
    const ways = roundWays(round, limit + 1);
    if (paths.length * ways.length > limit) return null;
    paths = paths.flatMap((p) => ways.map((w) => [...p, ...w]));
  }
  return paths;
}

/** A seeded sample of complete paths: each round's way picked at random. */
export function samplePaths(resolved: ResolvedScenario, count: number, seed = 7): string[][] {
  const random = seededRandom(seed);
  const ways = resolved.rounds.map((r) => roundWays(r, 5000));
  return Array.from({ length: count }, () => ways.flatMap((w) => w[Math.floor(random() * w.length)]!));
}
