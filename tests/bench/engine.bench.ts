// `npm run bench` (engine part): the speed figures of the CLI, the branch check and the decision
// kernel, each beside its goal, measured side by side in this run. A benchmark: it asserts nothing.
import { spawnSync } from 'node:child_process';
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
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const wall = (args: string[]) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return (performance.now() - t) / 1000;
};
const thrice = (args: string[]) => median([wall(args), wall(args), wall(args)]);

wall([bin, 'list']); // builds the CLI bundle if it is stale, so no figure below pays for it
const bare = thrice(['-e', '0']);
const cli = {
  validateSeconds: thrice([bin, 'validate']),
  pathsA03Seconds: thrice([bin, 'paths', 'a03-sustainable-pace']),
  listSeconds: thrice([bin, 'list']),
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
      bareNodeStartSeconds: Number(bare.toFixed(3)),
      cli: Object.fromEntries(Object.entries(cli).map(([k, v]) => [k, Number(v.toFixed(3))])),
      cliGoals: { validateSeconds: 0.5, pathsA03Seconds: 0.3, listSeconds: 0.3 },
      cliRatioToBareNode: Object.fromEntries(Object.entries(cli).map(([k, v]) => [k, Number((v / bare).toFixed(1))])),
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
