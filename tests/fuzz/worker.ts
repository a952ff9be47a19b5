// One fuzz worker: builds each case's documents, checks the pack alone and the pair as the importer
// does, plays what was accepted in full, and shrinks what failed. Run by tests/fuzz/pool.ts.
import { parentPort } from 'node:worker_threads';
import { loadCorpus } from './corpus';
import { documentsFor, type FuzzCase } from './mutate';
import { checkDocuments, checkPackAlone, type Checked } from './check';

export interface Job {
  index: number;
  case: FuzzCase;
}

export interface Answer {
  index: number;
  pair: Checked;
  packAlone: Checked;
  /** For a failure: the smallest set of the case's mutations that still fails the same way. */
  shrunk: FuzzCase | null;
}

const { bases, packs } = loadCorpus();
const failed = (r: Checked) => r.outcome !== 'rejected' && r.outcome !== 'played';
const check = (c: FuzzCase) => checkDocuments(documentsFor(c, bases), packs, c.seed, { full: true });

async function shrink(c: FuzzCase, r: Checked): Promise<FuzzCase> {
  let best = c;
  for (let i = best.mutations.length - 1; i >= 0 && best.mutations.length > 1; i--) {
    const fewer = { ...best, mutations: best.mutations.filter((_, j) => j !== i) };
    const again = await check(fewer);
    if (again.outcome === r.outcome && again.detail === r.detail) best = fewer;
  }
  return best;
}

parentPort!.on('message', async ({ index, case: c }: Job) => {
  const docs = documentsFor(c, bases);
  const packAlone = await checkPackAlone(docs[0]!, packs);
  const pair = await checkDocuments(docs, packs, c.seed, { full: true });
  const shrunk = failed(pair) ? await shrink(c, pair) : null;
  parentPort!.postMessage({ index, pair, packAlone, shrunk } satisfies Answer);
});
parentPort!.postMessage('ready');
