// `npm run fuzz`: FUZZ_RUNS mutated documents (default 100,000) from FUZZ_SEED, each checked as the
// importer checks it and then played; every failure is kept as a fixture in tests/fixtures/fuzz/.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadCorpus, type Base } from './corpus';
import { documentsFor, fuzzCase, type FuzzCase } from './mutate';
import { checkDocuments, type Checked } from './check';

/** Past this a document counts as hung: the importer and `validate` must answer well within it. */
export const HUNG_MS = 2000;
const FIXTURES = join(import.meta.dirname, '../fixtures/fuzz');

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const { bases, packs } = loadCorpus();
const failed = (r: Checked) => r.outcome !== 'rejected' && r.outcome !== 'played';
const counts = {
  tried: 0,
  rejected: 0,
  'accepted-and-played': 0,
  crashed: 0,
  hung: 0,
  unplayable: 0,
  'rejected-without-path': 0,
};
const kept = new Set<string>();

/** The smallest set of the case's mutations that still fails the same way. */
async function shrink(c: FuzzCase, r: Checked): Promise<FuzzCase> {
  let best = c;
  for (let i = best.mutations.length - 1; i >= 0 && best.mutations.length > 1; i--) {
    const fewer = { ...best, mutations: best.mutations.filter((_, j) => j !== i) };
    const again = await checkDocuments(documentsFor(fewer, bases), packs, fewer.seed);
    if (again.outcome === r.outcome && again.detail === r.detail) best = fewer;
  }
  return best;
}

async function keep(c: FuzzCase, r: Checked, outcome: string, base: Base) {
  // One fixture per kind of failure: the message with ids and numbers taken out.
  const signature = `${outcome}:${r.where}:${r.detail.replace(/"[^"]*"|\d+/g, '_')}`;
  if (kept.has(signature)) return;
  kept.add(signature);
  const small = outcome === 'hung' ? c : await shrink(c, r);
  const documents = documentsFor(small, bases);
  const id = createHash('sha1').update(JSON.stringify(documents)).digest('hex').slice(0, 10);
  mkdirSync(FIXTURES, { recursive: true });
  const file = join(FIXTURES, `${outcome}-${id}.yaml`);
  const body = {
    found: outcome,
    detail: r.detail,
    where: r.where,
    from: base.name,
    mutations: small.mutations.map((m) => m.kind),
    seed: small.seed,
    documents,
  };
  writeFileSync(
    file,
    `# Found by npm run fuzz (seed ${seed}). The regression test in tests/fuzz/fixtures.test.ts replays it.\n${stringify(body, { lineWidth: 0 })}`,
  );
  console.log(`  kept ${outcome} (${r.where}): ${r.detail.slice(0, 160)}\n    -> ${file}`);
}

const BATCH = 500;
const started = performance.now();
console.log(`fuzz: ${runs.toLocaleString('en-US')} documents from ${bases.length} shipped scenarios, seed ${seed}`);
for (let done = 0; done < runs; done += BATCH) {
  const cases = fc.sample(fuzzCase(bases.length), { numRuns: Math.min(BATCH, runs - done), seed: seed + done });
  for (const c of cases) {
    const r = await checkDocuments(documentsFor(c, bases), packs, c.seed);
    counts.tried++;
    const hung = r.ms > HUNG_MS;
    if (hung) counts.hung++;
    if (r.outcome === 'rejected') counts.rejected++;
    else if (r.outcome === 'played') counts['accepted-and-played']++;
    else if (r.outcome === 'crashed') counts.crashed++;
    else if (r.outcome === 'unplayable') counts.unplayable++;
    else counts['rejected-without-path']++;
    if (failed(r)) await keep(c, r, r.outcome, bases[c.base]!);
    else if (hung) await keep(c, { ...r, detail: `took ${Math.round(r.ms)} ms` }, 'hung', bases[c.base]!);
  }
  if ((done / BATCH) % 10 === 9)
    console.log(
      `  ${counts.tried.toLocaleString('en-US')} tried, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
}
console.log(
  Object.entries(counts)
    .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
    .join(' / '),
);
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = counts.crashed || counts.hung || counts.unplayable || counts['rejected-without-path'] ? 1 : 0;
