import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { oldFiles, outcomesOf } from '../helpers/outcomes';

// Recorded on the commit before schema version 3 (tests/machines/baseline/record.ts).
const baseline = JSON.parse(readFileSync(join(import.meta.dirname, 'baseline/outcomes-v2.json'), 'utf8'));

describe('every v1 and v2 file decides as it did before version 3', () => {
  const files = oldFiles();
  it('covers every file recorded', () => {
    expect(files.map(([id]) => id).sort()).toEqual(Object.keys(baseline).sort());
  });
  it.each(files)(
    "%s: each named path (decision, level, offer, firings) and the branch check's counts",
    (id, r) => {
      expect(outcomesOf(r)).toEqual(baseline[id]);
    },
    120_000,
  );
});
