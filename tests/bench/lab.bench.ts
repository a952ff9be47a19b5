// `npm run bench`: the calibration lab's speed. 1,000,000 simulated committees of a06's recorded
// path (question 1) in node and in headless Chromium, beside the kernel's own decisions per second
// on a fixed packet and a hand-written loop doing the same arithmetic with nothing but typed
// arrays. Goal: 1,000,000 committees in at most 2 s. Then the lab screen itself, built and served,
// running the same 1,000,000 (question 1, and question 4's heavier draws): the page's frame gaps
// beside its own gaps idle (goal: no gap over about 50 ms). A benchmark, not a test: it asserts nothing.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { runLabRequest, scenarioData } from '../../src/lab/labRequest';
import { labPath } from '../../machines/lab/path';
import { evaluate } from '../../machines/policy/kernel';
import { DEFAULT_SETUP, type LabSetup } from '../../machines/lab/setup';
import { labFrameGaps } from './labFrames';
import { CHROMIUM, LAUNCH } from '../e2e/chromium';

const N = Number(process.env.BENCH_LAB_DRAWS ?? 1_000_000);
const a06 = loadLibrary([REPO_SCENARIOS]).scenarios.find((s) => s.scenario.id === 'a06-latency-veto')!;
const setup: LabSetup = { ...DEFAULT_SETUP, n: N };

const best = (runs: number, f: () => number) => Math.min(...Array.from({ length: runs }, f));
// Wall time is what a user waits; CPU time is printed beside it, since other work on a shared machine inflates the wall clock.
let lastCpu = 0;
const time = (f: () => void) => {
  const t = performance.now();
  const cpu = process.cpuUsage();
  f();
  lastCpu = process.cpuUsage(cpu).user / 1e6;
  return (performance.now() - t) / 1000;
};
const bestCpu: number[] = [];
const timed = (f: () => void) => {
  const s = time(f);
  bestCpu.push(lastCpu);
  return s;
};

// The lab as the screen and the CLI run it.
runLabRequest({ target: scenarioData(a06), setup: { ...setup, n: 20_000 } });
let labResult: ReturnType<typeof runLabRequest> | undefined;
const labSeconds = best(3, () => timed(() => (labResult = runLabRequest({ target: scenarioData(a06), setup }))));
const labCpu = Math.min(...bestCpu.splice(0));

// The kernel alone on one fixed packet: the floor under any draw.
const lab = labPath(a06, setup);
const cm = lab.committee;
cm.vote(cm.floorsFor(cm.policy));
const kernelSeconds = best(3, () =>
  time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += evaluate(cm.policy, cm.packet) ?? 1;
    if (s === 0.5) console.log(s);
  }),
);

/**
 * The same draws with the same arithmetic as the lab, written out for a06 by hand: mulberry32 and
 * Box-Muller inline, the cards, the votes, the ladder and V1 on flat arrays. It must count the same
 * decisions; its speed is what the lab's reused objects and the kernel's generality cost.
 */
function handWritten(n: number, seed: number) {
  const people = cm.people.length;
  const cards = cm.cards.length;
  const truth = cm.truth;
  const weights = cm.weights.map((w) => Float64Array.from(w));
  const totals = Float64Array.from(cm.totals);
  const rel = cm.relTruth.map((r) => r ?? NaN);
  const rater = cm.rater;
  const votes = cm.votes.length;
  const readWeight = cm.members.map((m) => Float64Array.from(cm.cards, (c) => (c.interviewer === m.id ? 2 : 1)));
  const voter = cm.voter;
  const recorded = Float64Array.from(cm.people, (p) => p.leniency);
  const floors = cm.floorsFor(cm.policy);
  const t = a06.pack.scoring.recommendation;
  const bars = cm.policy.bars;
  const veto = cm.policy.committeeRules.find((r) => r.kind === 'role-veto')!.settings as unknown as {
    holder: string;
    vetoes?: string;
  };
  const holder = Int32Array.from(cm.votes, (v) => (v.role === veto.holder ? 1 : 0));
  const anyOffer = veto.vetoes === 'any-offer';
  const bias = new Float64Array(people);
  const overall = new Float64Array(cards);
  const relNow = new Float64Array(cards);
  const counts = { hire: 0, down_level: 0, no_hire: 0 };
  let a = seed >>> 0;
  let spare = 0;
  let hasSpare = false;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const th = 2 * Math.PI * uniform();
    spare = r * Math.sin(th);
    hasSpare = true;
    return r * Math.cos(th);
  };
  const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : Math.min(x, hi));
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < people; p++) bias[p] = setup.len * normal();
    let lowest = Infinity;
    // Cards read in order, the people first: the lab's order of draws, so the counts must match.
    for (let c = 0; c < cards; c++) {
      const off = bias[rater[c]!]! + setup.err * normal();
      const tr = truth[c]!;
      const w = weights[c]!;
      let sum = 0;
      for (let d = 0; d < tr.length; d++) sum += clamp(Math.round(tr[d]! + off), 1, 5) * w[d]!;
      overall[c] = Math.round((sum / totals[c]!) * 100) / 100;
      relNow[c] = clamp(Math.round(rel[c]! + off * 2.25), 1, 10);
      if (relNow[c]! < lowest) lowest = relNow[c]!;
    }
    let consensus = 0;
    let vetoed = false;
    for (let v = 0; v < votes; v++) {
      const rw = readWeight[v]!;
      let sum = 0;
      let weight = 0;
      for (let c = 0; c < cards; c++) {
        sum += overall[c]! * rw[c]!;
        weight += rw[c]!;
      }
      const p = voter[v]!;
      const raw = sum / weight + recorded[p]! + bias[p]!;
      const score = Math.round(clamp(raw, 1, 5) * 100) / 100;
      consensus += Math.round(clamp(raw - recorded[p]!, 1, 5) * 100) / 100;
      const against = lowest < floors[v]! || score < t.yes;
      if (holder[v] && against) vetoed = true;
    }
    consensus = Math.round((consensus / votes) * 100) / 100;
    const step = consensus >= bars.hire ? 0 : bars.downLevel !== undefined && consensus >= bars.downLevel ? -1 : null;
    if (step === null || ((step >= 0 || anyOffer) && vetoed)) counts.no_hire++;
    else if (step === 0) counts.hire++;
    else counts.down_level++;
  }
  return counts;
}
let hand: ReturnType<typeof handWritten> | undefined;
handWritten(20_000, setup.seed);
const handSeconds = best(3, () => timed(() => (hand = handWritten(N, setup.seed))));
const handCpu = Math.min(...bestCpu.splice(0));
const labCounts =
  labResult!.question === 'fragility'
    ? Object.fromEntries(labResult!.data.decisions.map((d) => [d.decision, d.share.count]))
    : {};

/** The lab's module bundled and loaded in a blank Chromium page, run there on the same data. */
async function inChromium(): Promise<{ seconds: number; counts: Record<string, number> } | { skipped: string }> {
  const bundle = await build({
    stdin: {
      contents: "export { runLabRequest } from './src/lab/labRequest';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'DebriefLab',
    write: false,
    platform: 'browser',
    logLevel: 'error',
  });
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch(LAUNCH);
  } catch (err) {
    return {
      skipped: `no Chromium at ${CHROMIUM}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    };
  }
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return await page.evaluate(
      ({ target, setup }) => {
        const run = (globalThis as unknown as { DebriefLab: { runLabRequest: typeof runLabRequest } }).DebriefLab
          .runLabRequest;
        run({ target, setup: { ...setup, n: 20_000 } });
        let seconds = Infinity;
        let counts: Record<string, number> = {};
        for (let k = 0; k < 3; k++) {
          const t = performance.now();
          const r = run({ target, setup });
          seconds = Math.min(seconds, (performance.now() - t) / 1000);
          if (r.question === 'fragility')
            counts = Object.fromEntries(r.data.decisions.map((d) => [d.decision, d.share.count]));
        }
        return { seconds, counts };
      },
      { target: scenarioData(a06), setup },
    );
  } finally {
    await browser.close();
  }
}
const chromiumRun = await inChromium();
const pageFrames = existsSync(CHROMIUM)
  ? await labFrameGaps(['fragility', 'calibration'], N)
  : { skipped: `no Chromium at ${CHROMIUM}` };

const perSecond = (s: number) => Math.round(N / s);
console.log(
  JSON.stringify(
    {
      lab: {
        scenario: a06.scenario.id,
        question: 'fragility',
        committees: N,
        seed: setup.seed,
        goal: '1,000,000 committees in at most 2 s',
        node: {
          seconds: Number(labSeconds.toFixed(3)),
          cpuSeconds: Number(labCpu.toFixed(3)),
          drawsPerSecond: perSecond(labSeconds),
        },
        chromium:
          'skipped' in chromiumRun
            ? chromiumRun
            : {
                seconds: Number(chromiumRun.seconds.toFixed(3)),
                drawsPerSecond: perSecond(chromiumRun.seconds),
                sameCounts: JSON.stringify(chromiumRun.counts) === JSON.stringify(labCounts),
              },
        labScreenFrames: { goal: 'no frame gap over about 50 ms while a run draws and renders', ...pageFrames },
        kernelDecisionsPerSecond: perSecond(kernelSeconds),
        handWritten: {
          seconds: Number(handSeconds.toFixed(3)),
          cpuSeconds: Number(handCpu.toFixed(3)),
          drawsPerSecond: perSecond(handSeconds),
          sameCounts: ['hire', 'down_level', 'no_hire'].every(
            (d) => (hand as Record<string, number>)[d] === (labCounts[d] ?? 0),
          ),
        },
        counts: labCounts,
      },
    },
    null,
    2,
  ),
);
