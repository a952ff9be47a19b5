import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCorpus } from './corpus';
import { documentsFor, fuzzCase } from './mutate';
import { checkDocuments, type Checked } from './check';
import { propertyRuns } from '../helpers/propertyRuns';

// A fixed seed, so CI sees the same documents every run; `npm run fuzz` explores with fresh seeds.
const RUNS = Number(process.env.FUZZ_CI_RUNS ?? propertyRuns(200, 3000));
const SEED = 20_240_612;

describe(`${RUNS} mutated scenarios and packs (seed ${SEED})`, () => {
  const results: Array<Checked & { index: number }> = [];
  beforeAll(async () => {
    const { bases, packs } = loadCorpus();
    const cases = fc.sample(fuzzCase(bases.length), { numRuns: RUNS, seed: SEED });
    for (const [index, c] of cases.entries())
      results.push({ index, ...(await checkDocuments(documentsFor(c, bases), packs, c.seed)) });
  }, 30 * 60_000);

  const failures = () =>
    results
      .filter((r) => r.outcome !== 'rejected' && r.outcome !== 'played')
      .map((r) => `#${r.index} ${r.outcome} (${r.where}): ${r.detail}`);

  it('are each refused with a path to the problem, or accepted and played: none crash, loop or go unplayable', () => {
    expect(results.some((r) => r.outcome === 'rejected')).toBe(true);
    expect(results.some((r) => r.outcome === 'played')).toBe(true);
    expect(failures()).toEqual([]);
  });
});
