// `npm run bench [-- N]`: plays N complete loops headless through the real machines and prints
// figures as JSON. A benchmark, not a test: it asserts nothing.
import { createActor, createMachine } from 'xstate';
import { playPath } from '../../machines/engine/playPath';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { golden } from '../helpers/golden';

const n = Number(process.argv[2] ?? process.env.BENCH_LOOPS ?? 10_000);
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

/** The reference point the issue gives: a minimal 15-event machine, run to completion. */
function baseline(runs: number): number {
  const states = Object.fromEntries(
    Array.from({ length: 16 }, (_, i) => [`s${i}`, i === 15 ? { type: 'final' as const } : { on: { NEXT: `s${i + 1}` } }]),
  );
  const machine = createMachine({ initial: 's0', states });
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const actor = createActor(machine).start();
    for (let e = 0; e < 15; e++) actor.send({ type: 'NEXT' });
  }
  return runs / ((performance.now() - start) / 1000);
}

const library = loadLibrary([REPO_SCENARIOS]).scenarios;
const scenarios = library.length ? library : [golden()];
const decisions: Record<string, number> = {};
let events = 0;
// Warm up so the JIT has settled before the clock starts.
for (let i = 0; i < 200; i++) playPath(scenarios[i % scenarios.length]!, { name: 'random', choices: 'random', negotiation: [] }, i);

const start = performance.now();
for (let i = 0; i < n; i++) {
  const run = playPath(scenarios[i % scenarios.length]!, { name: 'random', choices: 'random', negotiation: [] }, i + 1);
  decisions[run.decision] = (decisions[run.decision] ?? 0) + 1;
  events += run.transcript.length;
  if (i % 500 === 0) sample();
}
const seconds = (performance.now() - start) / 1000;
sample();
const reference = baseline(Math.min(n, 10_000));

console.log(
  JSON.stringify(
    {
      loops: n,
      scenarios: scenarios.map((s) => s.scenario.id),
      seconds: Number(seconds.toFixed(3)),
      loopsPerSecond: Math.round(n / seconds),
      answersPerLoop: Number((events / n).toFixed(1)),
      decisions,
      peakRssMB: Math.round(peakRss / 1048576),
      reference: { minimal15EventMachineRunsPerSecond: Math.round(reference), target: 'at least half of it' },
      ratioToReference: Number((n / seconds / reference).toFixed(2)),
    },
    null,
    2,
  ),
);
