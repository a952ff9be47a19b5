declare module 'virtual:debrief-index' {
  export const cards: import('../shared/card').ScenarioCardData[];
  export const issues: import('../../machines/content/issues').ContentIssue[];
  export const loaders: Record<string, () => Promise<{ default: unknown }>>;
}
declare module 'virtual:debrief-packs' {
  const packs: import('../../machines/content/schema').Pack[];
  export default packs;
}
