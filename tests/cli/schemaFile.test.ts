import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchema } from '../../src/cli/commands/schema';

describe('debrief.schema.json', () => {
  it('is the schema the engine reads today (run `npm run schema` after changing machines/content/schema.ts)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '../../debrief.schema.json'), 'utf8'));
    expect(committed).toEqual(jsonSchema());
  });
});
