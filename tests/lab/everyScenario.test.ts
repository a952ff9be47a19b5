import { describe, expect, it } from 'vitest';
import { runLab } from '../../machines/lab/run';
import { DEFAULT_SETUP, QUESTIONS } from '../../machines/lab/setup';
import { labCsv } from '../../src/lab/labCsv';
import { shipped } from './library';

describe('every question answers on every shipped scenario', () => {
  it.each(shipped.map((s) => [s.scenario.id, s] as const))('%s', (_id, resolved) => {
    for (const question of QUESTIONS) {
      const result = runLab(resolved, { ...DEFAULT_SETUP, question, n: 150 });
      expect(result.tables.length, question).toBeGreaterThan(0);
      for (const t of result.tables)
        for (const row of t.rows) expect(row.length, `${question}: ${t.title}`).toBe(t.fields.length);
      // Shares near 0 or 1 have narrow Wilson intervals even at 150 draws; any other says so.
      if (result.warning !== null) expect(result.warning, question).toMatch(/^N = 150 is too small for ±2 points/);
      const rows = labCsv(result)
        .split('\n')
        .filter((l) => l && !l.startsWith('table,'));
      expect(rows.length, question).toBeGreaterThan(0);
      for (const r of rows)
        expect(r, question).toMatch(new RegExp(`,${question},${resolved.scenario.id},recorded,1,150,`));
    }
  });
});
