declare module 'virtual:debrief-index' {
  export const cards: import('./card').ScenarioCardData[];
  export const issues: import('../../machines/content/issues').ContentIssue[];
  export const loaders: Record<string, () => Promise<{ default: unknown }>>;
}
