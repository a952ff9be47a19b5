/**
 * The size of a heavy property run: `ci` under `npm test` (seconds on an idle machine, so the whole
 * suite stays quick on a busy one), `long` under `npm run fuzz`, which sets DEBRIEF_FUZZ=long.
 */
export const propertyRuns = (ci: number, long: number): number => (process.env.DEBRIEF_FUZZ === 'long' ? long : ci);
