import type { ResolvedScenario } from '../../machines/content/resolve';

/** What the library screen shows of a scenario, without the scenario itself. */
export interface ScenarioCardData {
  id: string;
  title: string;
  role: string;
  level: string;
  pack: string;
  packTitle: string;
  teaches: string;
  sources: string[];
  rounds: string[];
  rules: string[];
  members: Array<{ id: string; name: string; role: string }>;
}

export function cardOf(r: ResolvedScenario): ScenarioCardData {
  const s = r.scenario;
  return {
    id: s.id,
    title: s.title,
    role: s.role,
    level: s.level,
    pack: r.pack.id,
    packTitle: r.pack.title,
    teaches: s.teaches,
    sources: s.sources,
    rounds: r.rounds.map((x) => x.title),
    rules: Object.entries(r.rules).filter(([, cfg]) => !!cfg).map(([id]) => id),
    members: r.committee.map(({ id, name, role }) => ({ id, name, role })),
  };
}
