// Records tests/machines/baseline/outcomes-v2.json (then `npx biome check --write` lays it out): run once on the commit before schema version 3
// (`npx tsx tests/machines/baseline/record.ts`), never to make a failing test pass.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oldFiles, outcomesOf } from '../../helpers/outcomes';

const out = Object.fromEntries(oldFiles().map(([id, r]) => [id, outcomesOf(r)]));
writeFileSync(join(import.meta.dirname, 'outcomes-v2.json'), `${JSON.stringify(out, null, 1)}\n`);
