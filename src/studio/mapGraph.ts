import type { Pack, Scenario } from '../../machines/content/schema';
import type { FieldPath } from './yamlPath';

/** One prompt on the branch map, with its options as rows and where each row leads. */
export interface MapPrompt {
  id: string;
  round: number;
  roundTitle: string;
  text: string;
  probe: boolean;
  path: FieldPath;
  options: Array<{ id: string; path: FieldPath; to: string }>;
}

/** The debrief node every last answer leads to. */
export const DEBRIEF = 'debrief';

/**
 * The scenario as a graph: each prompt a node, each option a row leading to the prompt asked next
 * (its follow-up, else the round's next main prompt, else the next round's first, else the
 * debrief). A probe's plain options lead on to the main prompt after the one whose chain reached it.
 */
export function mapGraph(scenario: Scenario, pack: Pack | undefined): MapPrompt[] {
  const titles = new Map(pack?.loop.rounds.map((r) => [r.id, r.title]) ?? []);
  const out: MapPrompt[] = [];
  scenario.rounds.forEach((round, ri) => {
    const mains = round.prompts.filter((p) => !p.probe);
    const after = (main: number) =>
      mains[main + 1]?.id ??
      scenario.rounds
        .slice(ri + 1)
        .find((r) => r.prompts.some((p) => !p.probe))
        ?.prompts.find((p) => !p.probe)?.id ??
      DEBRIEF;
    // Which main prompt's chain reaches each probe: its plain options go on past that main prompt.
    const mainOf = new Map<string, number>();
    mains.forEach((m, mi) => {
      const queue = [m.id];
      while (queue.length) {
        const id = queue.shift()!;
        const prompt = round.prompts.find((p) => p.id === id);
        for (const o of prompt?.options ?? []) {
          if (o.followUp && !mainOf.has(o.followUp) && !mains.some((x) => x.id === o.followUp)) {
            mainOf.set(o.followUp, mi);
            queue.push(o.followUp);
          }
        }
      }
    });
    round.prompts.forEach((prompt, pi) => {
      const main = prompt.probe ? (mainOf.get(prompt.id) ?? -1) : mains.indexOf(prompt);
      out.push({
        id: prompt.id,
        round: ri,
        roundTitle: titles.get(round.round) ?? round.round,
        text: prompt.text,
        probe: prompt.probe,
        path: ['rounds', ri, 'prompts', pi],
        options: prompt.options.map((o, oi) => ({
          id: o.id,
          path: ['rounds', ri, 'prompts', pi, 'options', oi],
          to: o.followUp ?? (main < 0 ? '' : after(main)),
        })),
      });
    });
  });
  return out;
}
