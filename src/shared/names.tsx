import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { displayName, titlesOf, type Titles } from '../../machines/displayName';

const TitlesContext = createContext<Titles | undefined>(undefined);

/** The open scenario's own titles, for every name shown inside it. */
export function ScenarioNames({ resolved, children }: { resolved: ResolvedScenario; children: ReactNode }) {
  const titles = useMemo(() => titlesOf(resolved), [resolved]);
  return <TitlesContext.Provider value={titles}>{children}</TitlesContext.Provider>;
}

/** The display-name function with the open scenario's titles: an id in, the name a person reads out. */
export function useName(): (id: string) => string {
  const titles = useContext(TitlesContext);
  return useCallback((id: string) => displayName(id, titles), [titles]);
}
