import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkContent, parseContent } from '../../machines/content/parse';
import { SCHEMA_VERSION } from '../../machines/content/schema';

const fixtures = join(import.meta.dirname, '../fixtures');
const yaml = (file: string) => parseYaml(readFileSync(join(fixtures, file), 'utf8')) as Record<string, unknown>;
const messages = (r: ReturnType<typeof checkContent>) => (r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`));

describe('schema version 3', () => {
  it('is the current version; v1 and v2 files load as it', () => {
    expect(SCHEMA_VERSION).toBe(3);
    for (const file of ['v2/packs/bar-raiser.yaml', 'v2/bar-raiser.yaml', 'v1/packs/pgm.yaml', 'golden.yaml']) {
      const r = parseContent(readFileSync(join(fixtures, file), 'utf8'), file);
      expect(r.ok && r.value.schemaVersion, file).toBe(3);
    }
  });

  it('the loader names the versions it reads when a file is outside them', () => {
    const r = checkContent({ ...yaml('v3/packs/committee-v3.yaml'), schemaVersion: 4 }, 'p.yaml');
    expect(messages(r)).toEqual([
      'schemaVersion: expected a format version from 1 (oldest still read) to 3 (current), found version 4, newer than this engine reads',
    ]);
  });

  it('a v2 file that uses a version 3 word is told to say version 3, naming each', () => {
    const pack = { ...yaml('v3/packs/committee-v3.yaml'), schemaVersion: 2 };
    expect(messages(checkContent(pack, 'p.yaml'))).toEqual([
      'rules[0].kind: the rule kind "early-end" needs schemaVersion: 3; this file says version 2 (raise its version: nothing version 2 said changes meaning)',
      'rules[1].kind: the rule kind "committee-vote" needs schemaVersion: 3; this file says version 2 (raise its version: nothing version 2 said changes meaning)',
      "rules[2].reads: role-veto's reads needs schemaVersion: 3; this file says version 2 (raise its version: nothing version 2 said changes meaning)",
      'rules[3].kind: the rule kind "level-cap" needs schemaVersion: 3; this file says version 2 (raise its version: nothing version 2 said changes meaning)',
      'rules[3].unless: a condition (unless) needs schemaVersion: 3; this file says version 2 (raise its version: nothing version 2 said changes meaning)',
      'rules[5].kind: the rule kind "competing-offer" needs schemaVersion: 3; this file says version 2 (raise its version: nothing version 2 said changes meaning)',
      'rules[6].kind: the rule kind "offer-deadline" needs schemaVersion: 3; this file says version 2 (raise its version: nothing version 2 said changes meaning)',
      'comp.currency: a currency needs schemaVersion: 3; this file says version 2 (raise its version: nothing version 2 said changes meaning)',
    ]);
    const scenario = { ...yaml('v3/committee-v3.yaml'), schemaVersion: 2 };
    expect(messages(checkContent(scenario, 's.yaml')).map((m) => m.split(':')[0])).toEqual([
      'paths.recorded.offer',
      'paths.competing.offer',
      'paths.competing.negotiation[1]',
      'paths.lapsed.offer',
      'paths.lapsed.negotiation[1]',
    ]);
  });

  it('a version 3 field with a wrong value says what was expected', () => {
    const pack = yaml('v3/packs/committee-v3.yaml');
    const bad = { ...pack, comp: { ...(pack.comp as object), currency: 'euro' } };
    expect(messages(checkContent(bad, 'p.yaml'))).toEqual([
      'comp.currency: expected an ISO 4217 currency code such as "USD" or "EUR"',
    ]);
    const rules = [...(pack.rules as object[])];
    rules[1] = { id: 'unanimous', kind: 'committee-vote', rule: 'most' };
    expect(messages(checkContent({ ...pack, rules }, 'p.yaml'))).toEqual([
      'rules[1].rule: expected unanimity, majority or {quorum: share}, found "most"',
    ]);
  });
});

describe('a version 1 file', () => {
  it('that names a competing offer in a path is told it needs version 3', () => {
    const golden = yaml('golden.yaml') as { paths: Record<string, { negotiation?: unknown[] }> };
    const paths = {
      ...golden.paths,
      best: { ...golden.paths.best, negotiation: ['verbal', { competing: 300000 }, 'accept'] },
    };
    expect(messages(checkContent({ ...golden, paths }, 'g.yaml'))).toEqual([
      "paths.best.negotiation[1]: a competing offer needs schemaVersion: 3; this file says version 1 (version 1 files are read as they are; write it in version 3's format to use this)",
    ]);
  });
});
