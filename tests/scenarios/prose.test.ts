import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The seed documents and the checker sit beside the repository (../shared), in development and in CI.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// DEBRIEF_SHARED points elsewhere (a worktree, a checkout in another folder).
const SHARED = resolve(ROOT, process.env.DEBRIEF_SHARED ?? '../shared');
const TOOL = resolve(SHARED, 'tools/copied.mjs');
const SEEDS = resolve(SHARED, 'seeds');

interface CopiedReport {
  files: number;
  copied: number;
  examples: string[];
}

// The seeds are not part of the repository: on a clone without them the check is skipped, said
// aloud; under CI a missing folder fails, since skipping there would pass a library nobody checked.
const missing = [TOOL, SEEDS].filter((p) => !existsSync(p));
if (missing.length && process.env.CI)
  throw new Error(`the prose check needs ${missing.join(' and ')}: under CI, ../shared must sit beside the repository`);
if (missing.length)
  console.warn(
    `scenario prose: skipped, no ${missing.join(' and ')} (the seeds sit in ../shared beside the repository)`,
  );

describe('scenario prose', () => {
  it.skipIf(missing.length > 0)('shares no run of eight or more words with the seed documents', () => {
    const run = spawnSync(process.execPath, [TOOL, SEEDS, 'scenarios'], { cwd: ROOT, encoding: 'utf8' });
    // The tool exits 1 when it finds copied runs, 2 on bad usage; only a report on stdout is an answer.
    expect(run.error, 'could not start node on the copied-prose tool').toBeUndefined();
    let report: CopiedReport;
    try {
      report = JSON.parse(run.stdout) as CopiedReport;
    } catch {
      throw new Error(`copied.mjs printed no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    expect(report.files, 'files the tool read under scenarios/').toBeGreaterThan(0);
    expect(report.examples, `${report.copied} runs copied from the seeds; write them afresh`).toEqual([]);
    expect(report.copied).toBe(0);
  });
});
