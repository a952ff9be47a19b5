import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The seed documents and the checker sit beside the repository (../shared), in development and in CI.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared');
const TOOL = resolve(SHARED, 'tools/copied.mjs');
const SEEDS = resolve(SHARED, 'seeds');

interface CopiedReport {
  files: number;
  copied: number;
  examples: string[];
}

describe('scenario prose', () => {
  it('shares no run of eight or more words with the seed documents', () => {
    // A missing folder must fail loudly: skipping would pass a library nobody checked.
    for (const needed of [TOOL, SEEDS]) {
      if (!existsSync(needed)) {
        throw new Error(
          `the prose check needs ${needed}: the shared folder must sit at ../shared beside the repository`,
        );
      }
    }

    const run = spawnSync(process.execPath, [TOOL, '../shared/seeds', 'scenarios'], { cwd: ROOT, encoding: 'utf8' });
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
  }, 60_000);
});
