import { describe, expect, it } from 'vitest';
import { runPool, type Ended } from './pool';
import { Tally } from './tally';

describe('the fuzz runner', () => {
  it('counts a document whose check never returns as hung, stops that worker, and goes on with the rest', async () => {
    const ends: Array<[number | 'spin', Ended<number>]> = [];
    await runPool<number | 'spin', number>({
      script: new URL('./spinWorker.ts', import.meta.url),
      size: 1,
      jobs: [1, 'spin', 2, 3],
      // Generous: a trivial answer on a machine whose cores are both busy still comes well within it
      // (its thread is loaded before the watchdog starts). Not longer: the spinning job keeps a core
      // busy for all of it, which the rest of the suite waits on (15 s had cost about 15 s of CPU).
      watchdogMs: 5_000,
      onEnd: (job, ended) => {
        ends.push([job, ended]);
      },
    });
    expect(ends).toEqual([
      [1, { kind: 'answered', result: 2 }],
      ['spin', { kind: 'hung' }],
      [2, { kind: 'answered', result: 4 }],
      [3, { kind: 'answered', result: 6 }],
    ]);
  }, 300_000);

  it('puts each outcome in exactly one row, so the rows add up to the total', () => {
    const t = new Tally(['rejected', 'played', 'hung']);
    for (const row of ['rejected', 'played', 'rejected', 'hung']) t.add(row);
    expect(() => t.add('slow')).toThrow(/no row "slow"/);
    expect(t.total).toBe(4);
    const lines = t.table('Outcome').split('\n');
    expect(lines.at(-1)).toMatch(/\| total +\| +4 \| 100\.00 % \|/);
    const counts = lines.slice(2, -1).map((l) => Number(l.split('|')[2]!.trim()));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
  });
});
