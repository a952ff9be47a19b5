import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';

/**
 * The bar-raiser fixture as a v1 scenario on its v2 pack, which takes asks only after the verbal
 * offer. v1 had no up-level, so the at-level path becomes `best`, with `negotiation`.
 */
function v1OnV2Pack(negotiation: string) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-'));
  cpSync(join(import.meta.dirname, '../fixtures/v2'), dir, { recursive: true });
  const file = join(dir, 'bar-raiser.yaml');
  const yaml = readFileSync(file, 'utf8')
    .replace('schemaVersion: 2', 'schemaVersion: 1')
    .replace(/^ {2}best: .*\n/m, '')
    .replace(/^ {2}at-level: (.*)\}$/m, `  best: $1, negotiation: ${negotiation} }`);
  writeFileSync(file, yaml);
  return dir;
}

describe('debrief validate on an ask made before the verbal offer', () => {
  it('warns at the step, with the pack and why the ask changes nothing, and still passes', () => {
    const r = cli('validate', v1OnV2Pack('[{ ask: base, amount: 5000 }, verbal, accept]'));
    expect(r.code).toBe(0);
    expect(r.errLines).toEqual([
      expect.stringMatching(
        /^warning: .*bar-raiser\.yaml: paths\.best\.negotiation\[0\]: an ask \(base 5000\) before the verbal offer, but pack bar-raiser takes asks only once the verbal offer is made \(comp\.asksBeforeVerbal: false\): the committee answers it with nothing/,
      ),
    ]);
    expect(r.stdout).toBe('2 files valid: 1 scenario, 1 pack (1 warning above)');
  });

  it('keeps --json a list of problems, the warning on stderr', () => {
    const r = cli('validate', '--json', v1OnV2Pack('[{ ask: base, amount: 5000 }, verbal, accept]'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('paths.best.negotiation[0]: an ask (base 5000) before the verbal offer');
  });

  it('says nothing of the same ask made after the verbal offer', () => {
    const r = cli('validate', v1OnV2Pack('[verbal, { ask: base, amount: 5000 }, accept]'));
    expect(r.code).toBe(0);
    expect(r.errLines).toEqual([]);
    expect(r.stdout).toBe('2 files valid: 1 scenario, 1 pack');
  });
});
