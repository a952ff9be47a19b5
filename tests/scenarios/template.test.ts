import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';

const TEMPLATE = join(REPO_SCENARIOS, '_template.yaml');

describe('the authoring template', () => {
  it('validates as it stands, so a copy starts from a working file', () => {
    const r = cli('validate', TEMPLATE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('is not listed as a scenario', () => {
    expect(loadLibrary([REPO_SCENARIOS]).scenarios.map((s) => s.scenario.id)).not.toContain('x00-your-scenario');
  });
});
