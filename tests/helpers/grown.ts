import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack, Prompt, Scenario } from '../../machines/content/schema';
import { resolveScenario, type ResolvedScenario } from '../../machines/content/resolve';

const suffixed = (id: string, k: number) => (k ? `${id}-${k + 1}` : id);

/**
 * A longer loop grown from a shipped scenario: its rounds sat again and again, each copy with its
 * own round, prompt and option ids, run by the same interviewers, a few days apart, until the loop
 * has `rounds` rounds. What authors writing 6-10 round loops will hand the branch check.
 */
export function grownScenario(base: ResolvedScenario, rounds: number): ResolvedScenario {
  const n = base.rounds.length;
  const copyOf = (i: number) => ({ src: i % n, k: Math.floor(i / n) });
  const defs = new Map(base.pack.loop.rounds.map((d) => [d.id, d]));
  const loopRounds = Array.from({ length: rounds }, (_, i) => {
    const { src, k } = copyOf(i);
    const def = defs.get(base.rounds[src]!.id)!;
    return { ...def, id: suffixed(def.id, k), day: 2 + 3 * i };
  });
  const lastDay = loopRounds.at(-1)!.day;
  const pack: Pack = {
    ...base.pack,
    id: `${base.pack.id}-grown`,
    loop: { ...base.pack.loop, rounds: loopRounds, debriefDay: lastDay + 3, offerDay: lastDay + 5, holdDay: undefined },
  };
  const copyPrompt = (p: Prompt, k: number): Prompt => ({
    ...p,
    id: suffixed(p.id, k),
    options: p.options.map((o) => ({
      ...o,
      id: suffixed(o.id, k),
      ...(o.followUp ? { followUp: suffixed(o.followUp, k) } : {}),
    })),
  });
  const scenarioRounds = Array.from({ length: rounds }, (_, i) => {
    const { src, k } = copyOf(i);
    const r = base.scenario.rounds[src]!;
    return { ...r, round: suffixed(r.round, k), prompts: r.prompts.map((p) => copyPrompt(p, k)) };
  });
  const roundOfOption = (id: string) => base.rounds.indexOf(base.options.get(id)!.round);
  const paths = Object.fromEntries(
    Object.entries(base.scenario.paths).map(([name, path]) => [
      name,
      {
        ...path,
        choices: Array.from({ length: rounds }, (_, i) => {
          const { src, k } = copyOf(i);
          return path.choices.filter((c) => roundOfOption(c) === src).map((c) => suffixed(c, k));
        }).flat(),
      },
    ]),
  );
  const scenario: Scenario = {
    ...base.scenario,
    pack: pack.id,
    id: `${base.scenario.id}-x${rounds}`,
    rounds: scenarioRounds,
    paths,
  };
  const r = resolveScenario(scenario, new Map([[pack.id, pack]]), `${scenario.id}.yaml`);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}

/** The grown loop written out as a scenario file and its pack beside it, for the CLI to read: returns the scenario's path. */
export function writeGrown(dir: string, base: ResolvedScenario, rounds: number): string {
  const grown = grownScenario(base, rounds);
  mkdirSync(join(dir, 'packs'), { recursive: true });
  writeFileSync(join(dir, 'packs', `${grown.pack.id}.json`), JSON.stringify(grown.pack));
  const file = join(dir, `${grown.scenario.id}.json`);
  writeFileSync(file, JSON.stringify(grown.scenario));
  return file;
}
