// `npm run bench` (engine part): the speed figures of the CLI, the branch check and the decision
// kernel, each beside its goal, measured side by side in this run. A benchmark: it asserts nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { fastCommittee } from '../../machines/policy/fast';
import { evaluate } from '../../machines/policy/kernel';
import { ladderStep } from '../../machines/policy/ladder';
import { votingMembers } from '../../machines/committee/outcome';
import { seededRandom } from '../../machines/engine/random';
import { enumerateBranches } from '../../machines/engine/branches';
import { syntheticScenario } from '../helpers/synthetic';
import type { Scorecard } from '../../machines/rules/types';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/debrief.js');
const cpuTime = join(import.meta.dirname, 'cpuTime.cjs');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pairs = Number(process.env.BENCH_CLI_RUNS ?? 15);

/** One cold process: its CPU time (user + system, seconds, as the process itself counted it) and wall time. */
function cold(args: string[]): { cpu: number; wall: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', cpuTime, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { cpu: Number(r.output[3]) / 1e6, wall };
}

/**
 * A CLI command beside a bare `node -e 0`, A B A B, so drift in the machine's load hits both alike.
 * CPU time, not wall time: on a shared machine a process waits for a core, and waiting is not its cost.
 */
function paired(args: string[], before?: () => void) {
  const bare: number[] = [];
  const cli: number[] = [];
  const ratios: number[] = [];
  const walls: number[] = [];
  for (let i = 0; i < pairs; i++) {
    before?.();
    const b = cold(['-e', '0']);
    const c = cold([bin, ...args]);
    bare.push(b.cpu);
    cli.push(c.cpu);
    walls.push(c.wall);
    ratios.push(c.cpu / b.cpu);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const q = (f: number) => Number(sorted[Math.floor(f * (sorted.length - 1))]!.toFixed(2));
  return {
    cpuSeconds: Number(median(cli).toFixed(3)),
    bareCpuSeconds: Number(median(bare).toFixed(3)),
    ratioToBare: Number((median(cli) / median(bare)).toFixed(2)),
    ratioQuartiles: [q(0.25), q(0.75)],
    wallSeconds: Number(median(walls).toFixed(3)),
  };
}

cold([bin, 'list']); // builds the CLI bundle if it is stale, so no figure below pays for it
// And once each, so every command's V8 code cache exists before it is measured, as after any first use.
for (const args of [['validate'], ['paths', 'a03-sustainable-pace'], ['list'], ['play', 'a06-latency-veto']])
  cold([bin, ...args]);
const cliGoals = { validate: 3, pathsA03: 2.5, list: 2.5, playA06: 2 };
const cli = {
  validate: paired(['validate']),
  pathsA03: paired(['paths', 'a03-sustainable-pace']),
  list: paired(['list']),
  playA06: paired(['play', 'a06-latency-veto']),
};
// The figures above are runs after a first one, as a user's are: the bin keeps what each command
// read (src/cli/parseCache.ts). These are the same commands reading every file afresh, as the first
// run after each file changed would (the store removed before each run, and written again by it).
const store = (command: string) => {
  const { dir } = JSON.parse(readFileSync(join(root, 'src/cli/.build/current.json'), 'utf8')) as { dir: string };
  return join(root, 'src/cli/.build', dir, `${command}.parses`);
};
const afresh = (args: string[]) => paired(args, () => rmSync(store(args[0]!), { force: true }));
const cliReadingAfresh = {
  validate: afresh(['validate']),
  list: afresh(['list']),
  pathsA03: afresh(['paths', 'a03-sustainable-pace']),
  playA06: afresh(['play', 'a06-latency-veto']),
};

// Committee decisions through the kernel's numeric path: random votes on a shipped packet.
const library = loadLibrary([REPO_SCENARIOS]).scenarios;
const a06 = library.find((s) => s.scenario.id === 'a06-latency-veto')!;
const committee = fastCommittee(
  a06.policy,
  a06.pack.scoring,
  votingMembers({ members: a06.committee, policy: a06.policy }),
);
const random = seededRandom(11);
const N = 2_000_000;
const recs = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
const votes = Array.from({ length: 4096 }, () =>
  committee.votes.map(() => ({ calibrated: 1 + random() * 4, rec: Math.floor(random() * 4) })),
);
const packet = committee.packet;
packet.cards = [] as Scorecard[];
let t = performance.now();
let hires = 0;
for (let i = 0; i < N; i++) {
  const draw = votes[i & 4095]!;
  let sum = 0;
  for (let m = 0; m < draw.length; m++) {
    const v = committee.votes[m]!;
    v.calibrated = draw[m]!.calibrated;
    v.recommendation = recs[draw[m]!.rec]!;
    sum += v.calibrated;
  }
  packet.consensus = Math.round((sum / draw.length) * 100) / 100;
  packet.step = ladderStep(a06.policy, packet.consensus);
  if (evaluate(a06.policy, packet) !== null) hires++;
}
const kernelPerSecond = N / ((performance.now() - t) / 1000);
// The same arithmetic written by hand for this one pack: mean, bar, and the hiring manager's veto.
const hm = a06.committee.findIndex((m) => m.role === 'hiring-manager');
const anyOffer =
  (a06.policy.committeeRules.find((r) => r.kind === 'role-veto')?.settings as { vetoes?: string } | undefined)
    ?.vetoes === 'any-offer';
t = performance.now();
let handHires = 0;
for (let i = 0; i < N; i++) {
  const draw = votes[i & 4095]!;
  let sum = 0;
  for (let m = 0; m < draw.length; m++) sum += draw[m]!.calibrated;
  const consensus = Math.round((sum / draw.length) * 100) / 100;
  const vetoed = hm >= 0 && (anyOffer || consensus >= a06.policy.bars.hire) && draw[hm]!.rec <= 1;
  if (consensus >= (a06.policy.bars.downLevel ?? a06.policy.bars.hire) && !vetoed) handHires++;
}
const handPerSecond = N / ((performance.now() - t) / 1000);

const synthetic = syntheticScenario(1, 13);
t = performance.now();
const billion = enumerateBranches(synthetic);
const billionSeconds = (performance.now() - t) / 1000;

console.log(
  JSON.stringify(
    {
      cliColdStartsInCpuTime: Object.fromEntries(
        Object.entries(cli).map(([k, v]) => [
          k,
          {
            ...v,
            goalRatio: cliGoals[k as keyof typeof cliGoals],
            met: v.ratioToBare <= cliGoals[k as keyof typeof cliGoals],
          },
        ]),
      ),
      cliEveryFileReadAfresh: cliReadingAfresh,
      cliPairs: pairs,
      kernelDecisionsPerSecond: Math.round(kernelPerSecond),
      kernelGoal: 500_000,
      handWrittenLoopPerSecond: Math.round(handPerSecond),
      kernelRatioToHandWritten: Number((kernelPerSecond / handPerSecond).toFixed(2)),
      agreeOnHires: hires === handHires,
      branchCheck: {
        paths: billion.paths,
        states: billion.states,
        seconds: Number(billionSeconds.toFixed(3)),
        goalSeconds: 1,
      },
    },
    null,
    2,
  ),
);
