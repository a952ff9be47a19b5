// `npm run fuzz`: FUZZ_RUNS mutated documents (default 100,000) from FUZZ_SEED, each in a worker
// thread under a watchdog: the pack checked alone, then pack and scenario as the importer checks
// them, and what was accepted played (every named path in full, replayed as the app replays a
// save, and a random walk). Every outcome is counted once; each kind of failure is kept as a
// fixture in tests/fixtures/fuzz/, which tests/fuzz/fixtures.test.ts replays.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadCorpus } from './corpus';
import { documentsFor, fuzzCase, type FuzzCase } from './mutate';
import type { Checked } from './check';
import { runPool, type Ended } from './pool';
import type { Answer, Job } from './worker';
import { Tally } from './tally';

/** Past this a document counts as slow: the importer and `validate` must answer well within it. */
export const SLOW_MS = 2000;
/** Past this the worker is stopped and the document counted as hung (a real infinite loop never answers). */
const WATCHDOG_MS = Number(process.env.FUZZ_WATCHDOG_MS ?? 60_000);
const FIXTURES = join(import.meta.dirname, '../fixtures/fuzz');

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const workers = Number(process.env.FUZZ_WORKERS ?? Math.max(1, Math.min(4, availableParallelism())));
/** Optional time budget: no new document is started after it, and the table says how many were reached. */
const minutes = process.env.FUZZ_MINUTES ? Number(process.env.FUZZ_MINUTES) : null;
const deadline = minutes === null ? Number.POSITIVE_INFINITY : Date.now() + minutes * 60_000;
const { bases } = loadCorpus();

const pairs = new Tally([
  'rejected with a path to the problem',
  'accepted and played',
  `slow (answered after ${SLOW_MS / 1000} s)`,
  `hung (stopped by the ${WATCHDOG_MS / 1000} s watchdog)`,
  'crashed',
  'unplayable',
  'replay differs',
  'rejected without a path',
]);
const alone = new Tally([
  'rejected with a path to the problem',
  'accepted',
  `slow (answered after ${SLOW_MS / 1000} s)`,
  'crashed',
  'rejected without a path',
  'not reached (its case hung)',
]);

const FAILURE_ROW: Record<Exclude<Checked['outcome'], 'rejected' | 'played'>, string> = {
  crashed: 'crashed',
  unplayable: 'unplayable',
  'replay-differs': 'replay differs',
  pathless: 'rejected without a path',
};

/** The one row a case's pair check lands in: a failure first, then slow, then what it decided. */
function pairRow(ended: Ended<Answer>): string {
  if (ended.kind === 'hung') return pairs.rows[3]!;
  if (ended.kind === 'died') return 'crashed';
  const r = ended.result.pair;
  if (r.outcome !== 'rejected' && r.outcome !== 'played') return FAILURE_ROW[r.outcome];
  if (r.ms > SLOW_MS) return pairs.rows[2]!;
  return r.outcome === 'rejected' ? pairs.rows[0]! : pairs.rows[1]!;
}

function aloneRow(ended: Ended<Answer>): string {
  if (ended.kind !== 'answered') return 'not reached (its case hung)';
  const r = ended.result.packAlone;
  if (r.outcome === 'crashed') return 'crashed';
  if (r.outcome !== 'rejected' && r.outcome !== 'played') return 'rejected without a path';
  if (r.ms > SLOW_MS) return alone.rows[2]!;
  return r.outcome === 'rejected' ? alone.rows[0]! : 'accepted';
}

const kept = new Set<string>();

/** One fixture per kind of failure: the message with ids and numbers taken out. */
function keep(c: FuzzCase, found: string, r: Pick<Checked, 'detail' | 'where'>, packAlone = false) {
  const signature = `${found}:${r.where}:${r.detail.replace(/"[^"]*"|\d+/g, '_')}`;
  if (kept.has(signature)) return;
  kept.add(signature);
  const documents = documentsFor(c, bases);
  const id = createHash('sha1').update(JSON.stringify(documents)).digest('hex').slice(0, 10);
  mkdirSync(FIXTURES, { recursive: true });
  const file = join(FIXTURES, `${found}-${id}.yaml`);
  const body = {
    found,
    detail: r.detail,
    where: r.where,
    from: bases[c.base]!.name,
    ...(packAlone ? { packAlone: true } : {}),
    mutations: c.mutations.map((m) => m.kind),
    seed: c.seed,
    documents,
  };
  writeFileSync(
    file,
    `# Found by npm run fuzz (seed ${seed}). The regression test in tests/fuzz/fixtures.test.ts replays it.\n${stringify(body, { lineWidth: 0 })}`,
  );
  console.log(`  kept ${found} (${r.where}): ${r.detail.slice(0, 160)}\n    -> ${file}`);
}

function* jobs(): Generator<Job> {
  const BATCH = 500;
  for (let done = 0; done < runs; done += BATCH) {
    const cases = fc.sample(fuzzCase(bases.length), { numRuns: Math.min(BATCH, runs - done), seed: seed + done });
    for (const [i, c] of cases.entries()) {
      if (Date.now() > deadline) return;
      yield { index: done + i, case: c };
    }
  }
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
console.log(
  `fuzz: ${runs.toLocaleString('en-US')} documents from ${bases.length} shipped scenarios, seed ${seed}, ${workers} worker${workers === 1 ? '' : 's'}${minutes === null ? '' : `, at most ${minutes} min`}`,
);
await runPool<Job, Answer>({
  script: new URL('./worker.ts', import.meta.url),
  size: workers,
  jobs: jobs(),
  watchdogMs: WATCHDOG_MS,
  onEnd(job, ended) {
    const row = pairRow(ended);
    pairs.add(row);
    alone.add(aloneRow(ended));
    if (ended.kind === 'hung') keep(job.case, 'hung', { detail: `no answer within ${WATCHDOG_MS} ms`, where: null });
    else if (ended.kind === 'died') keep(job.case, 'crashed', { detail: `worker died: ${ended.error}`, where: null });
    else {
      const { pair, packAlone, shrunk } = ended.result;
      if (pair.outcome !== 'rejected' && pair.outcome !== 'played') keep(shrunk ?? job.case, pair.outcome, pair);
      else if (pair.ms > SLOW_MS) keep(job.case, 'slow', { ...pair, detail: `took ${Math.round(pair.ms)} ms` });
      if (packAlone.outcome !== 'rejected' && packAlone.outcome !== 'played')
        keep(job.case, `pack-${packAlone.outcome}`, packAlone, true);
    }
    if (pairs.total % 500 === 0) console.log(`  ${pairs.total.toLocaleString('en-US')} tried, ${elapsed()}`);
  },
});
const reached = pairs.total < runs ? ` (stopped at the ${minutes}-minute budget)` : '';
console.log(`\n${pairs.total.toLocaleString('en-US')} documents in ${elapsed()}${reached}, seed ${seed}\n`);
console.log(pairs.table('Pack and scenario, checked and played'));
console.log();
console.log(alone.table('The pack alone'));
const failures = pairs.total - pairs.count(pairs.rows[0]!) - pairs.count(pairs.rows[1]!);
const packFailures = alone.total - alone.count(alone.rows[0]!) - alone.count('accepted');
process.exitCode = failures || packFailures ? 1 : 0;
