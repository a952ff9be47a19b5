// `npm run bench [-- N]`: plays N complete loops headless through the real machines and prints
// figures as JSON. A benchmark, not a test: it asserts nothing.
import { createActor, createMachine } from 'xstate';
import { playPath } from '../../machines/engine/playPath';
import { roundMachine } from '../../machines/roundMachine';
import { debriefMachine } from '../../machines/debriefMachine';
import { offerInputOf, offerMachine } from '../../machines/offerMachine';
import { committeeInputOf } from '../../machines/committee/committeeInput';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { golden } from '../helpers/golden';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGrown } from '../helpers/grown';

// `debrief paths` on loops grown from a06 to 6, 8 and 10 rounds, each a cold CLI process: its CPU
// time and peak memory, read by the process itself as it exits (the goals: 6 rounds under
// 1 s, 8 and 10 under 5 s and 600 MB).
function grownPaths() {
  const root = join(import.meta.dirname, '../..');
  const bin = join(root, 'bin/debrief.js');
  const dir = mkdtempSync(join(tmpdir(), 'debrief-grown-'));
  const a06 = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'a06-latency-veto')!;
  const measure = `process.on('exit', () => { const r = process.resourceUsage(); process.stderr.write('\\n@@' + JSON.stringify({ cpu: (r.userCPUTime + r.systemCPUTime) / 1e6, rss: r.maxRSS / 1024 })); }); require(process.argv[1]);`;
  spawnSync(process.execPath, [bin, 'list'], { cwd: root }); // builds the CLI bundle if it is stale
  try {
    return Object.fromEntries(
      [6, 8, 10].map((rounds) => {
        const file = writeGrown(dir, a06, rounds);
        const r = spawnSync(process.execPath, ['-e', measure, '--', bin, 'paths', file, '--json'], {
          cwd: root,
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        });
        const figures = JSON.parse(r.stderr.split('@@').at(-1)!) as { cpu: number; rss: number };
        const report = JSON.parse(r.stdout) as { paths: number; states: number };
        return [
          `rounds${rounds}`,
          {
            paths: report.paths,
            states: report.states,
            cpuSeconds: Number(figures.cpu.toFixed(2)),
            peakMB: Math.round(figures.rss),
            goal: rounds === 6 ? 'under 1 s' : 'under 5 s and 600 MB',
          },
        ];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const grown = grownPaths();

const n = Number(process.argv[2] ?? process.env.BENCH_LOOPS ?? 10_000);
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

/** The reference point the issue gives: a minimal 15-event machine, run to completion. */
function baseline(runs: number): number {
  const states = Object.fromEntries(
    Array.from({ length: 16 }, (_, i) => [
      `s${i}`,
      i === 15 ? { type: 'final' as const } : { on: { NEXT: `s${i + 1}` } },
    ]),
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
for (let i = 0; i < 200; i++)
  playPath(scenarios[i % scenarios.length]!, { name: 'random', choices: 'random', negotiation: [] }, i);

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

// Where a loop's time goes: each machine it invokes, run alone on the packets the loops above
// filed, beside the minimal machine. Their sum against a whole loop is the loop machine's own share.
const perRun = (runs: number, f: (i: number) => void) => {
  for (let i = 0; i < 300; i++) f(i);
  const t = performance.now();
  for (let i = 0; i < runs; i++) f(i);
  return Number((((performance.now() - t) / runs) * 1000).toFixed(1));
};
const played = Array.from({ length: 600 }, (_, i) => {
  const resolved = scenarios[i % scenarios.length]!;
  return { resolved, run: playPath(resolved, { name: 'random', choices: 'random', negotiation: [] }, i + 1) };
});
const rounds = played.flatMap(({ resolved, run }) =>
  resolved.rounds
    .map((round) => ({
      resolved,
      round,
      answers: run.transcript.filter((t) => t.round === round.title).map((t) => t.option),
    }))
    .filter((r) => r.answers.length),
);
const debriefs = played.filter(
  ({ resolved, run }) => run.decision !== 'hold' && resolved.pack.committee.kind !== 'conversion',
);
const offers = played.filter(({ run }) => run.offer);
const oneEvent = createMachine({ initial: 'a', states: { a: { on: { NEXT: 'b' } }, b: { type: 'final' } } });
const parts = {
  // What any actor costs: started, one event, done.
  oneEventMachine: perRun(3000, () => createActor(oneEvent).start().send({ type: 'NEXT' })),
  roundMachineAlone: perRun(3000, (i) => {
    const { resolved, round, answers } = rounds[i % rounds.length]!;
    const { pack } = resolved;
    const actor = createActor(roundMachine, {
      input: {
        round,
        scoring: pack.scoring,
        reliabilityBaseline: pack.loop.reliability?.baseline ?? null,
        scoredByPerson: false,
      },
    }).start();
    for (const option of answers) actor.send({ type: 'candidate.answer', option });
  }),
  debriefMachineAlone: perRun(3000, (i) => {
    const { resolved, run } = debriefs[i % debriefs.length]!;
    const actor = createActor(debriefMachine, { input: committeeInputOf(resolved, run.packet) }).start();
    for (let k = 0; k < 3; k++) actor.send({ type: 'debrief.advance' });
  }),
  offerMachineAlone: perRun(3000, (i) => {
    const { resolved, run } = offers[i % offers.length]!;
    const actor = createActor(offerMachine, { input: offerInputOf(resolved, run.level!, run.packet) }).start();
    actor.send({ type: 'offer.extend' });
    actor.send({ type: 'candidate.accept' });
  }),
  wholeLoop: Number(((seconds / n) * 1e6).toFixed(1)),
  roundsPerLoop: Number((rounds.length / played.length).toFixed(2)),
  offersPerLoop: Number((offers.length / played.length).toFixed(2)),
};

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
      partsMicroseconds: parts,
      pathsOnLoopsGrownFromA06: grown,
    },
    null,
    2,
  ),
);
