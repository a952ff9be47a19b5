import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import { checkSchema } from '../../machines/content/parse';
import { SCHEMA_VERSION } from '../../machines/content/schema';
import { jsonSchema } from '../../src/cli/commands/schema';
import { loadCorpus } from '../fuzz/corpus';
import { documentsFor, fuzzCase } from '../fuzz/mutate';

// The editor schema (debrief.schema.json, what an author's YAML extension checks as they type)
// against `debrief validate`'s schema step, on the same parsed data. An independent JSON Schema
// validator, ajv, plays the editor, in JSON Schema draft 7 as VS Code's YAML extension reads it.

const ROOT = join(import.meta.dirname, '../..');
// Strict, but a `required` key need not be listed in `properties` (the named paths of a mapping of paths).
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const editorAccepts = ajv.compile(jsonSchema() as object);

/** The refinements a JSON Schema cannot state (they compare two values): only `validate` checks them. */
const ONLY_VALIDATE = [
  'expected [min, max] with min <= max',
  'expected downLevel at or below hire',
  'expected downTwo at or below downLevel (and downLevel set)',
  'expected upLevel above hire',
  'expected strong_yes > yes > no',
  /^expected a rule id used once/,
];
const onlyValidateChecks = (message: string) =>
  ONLY_VALIDATE.some((m) => (typeof m === 'string' ? message === m : m.test(message)));

interface Doc {
  name: string;
  text: string;
}

const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ya?ml|json)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const read = (file: string): Doc => ({ name: file, text: readFileSync(join(ROOT, file), 'utf8') });

const shipped = files('scenarios').map(read);
const fixtures = files('tests/fixtures')
  .filter((f) => !f.startsWith(join('tests', 'fixtures', 'fuzz')))
  .map(read);
// What the fuzzer once broke Debrief with: each kept fixture's documents.
const fuzzFixtures = files('tests/fixtures/fuzz').flatMap((f) =>
  (parse(readFileSync(join(ROOT, f), 'utf8')) as { documents: Doc[] }).documents.map((d) => ({
    name: `${f} ${d.name}`,
    text: d.text,
  })),
);
const v1 = fixtures.filter((d) => /^schemaVersion: 1$/m.test(d.text));

/** A valid v2 scenario and a valid v1 pack, each broken one way an author might. */
const a06 = read('scenarios/a06-latency-veto.yaml').text;
const pmV1 = read('tests/fixtures/v1/packs/pm.yaml').text;
const pm = read('scenarios/packs/pm.yaml').text;
const broken: Doc[] = [
  ['version 4', a06.replace('schemaVersion: 2', 'schemaVersion: 4')],
  ['version 0', a06.replace('schemaVersion: 2', 'schemaVersion: 0')],
  ['version as text', a06.replace('schemaVersion: 2', 'schemaVersion: "2"')],
  ['version 1.5', a06.replace('schemaVersion: 2', 'schemaVersion: 1.5')],
  ['no version', a06.replace('schemaVersion: 2\n', '')],
  ['v2 rules in a v1 file', a06.replace('schemaVersion: 2', 'schemaVersion: 1')],
  ['v1 rules in a v2 pack', pmV1.replace('schemaVersion: 1', 'schemaVersion: 2')],
  ['unknown kind', a06.replace('kind: scenario', 'kind: scenery')],
  ['misspelled key', a06.replace('teaches:', 'teachs:')],
  ['missing best path', a06.replace(/^ {2}best:/m, '  better:')],
  ['a path named __proto__', a06.replace(/^ {2}best:/m, '  __proto__:')],
  [
    'a band named __proto__',
    pm.replace(/^( {2}bands:\n)/m, '$1    __proto__: { base: [1, 2], bonus: { amount: [0, 1] }, equity: [0, 1] }\n'),
  ],
  ['a title of spaces', a06.replace(/^title: .*$/m, 'title: "   "')],
  ['a fractional minute', pm.replace(/minutes: (\d+)/, 'minutes: $1.5')],
  ['an id in capitals', a06.replace('id: a06-latency-veto', 'id: A06')],
  [
    'six options',
    a06.replace(
      /^( +)options:\n/m,
      '$1options:\n$1  - { id: extra-1, text: A., note: B. }\n$1  - { id: extra-2, text: A., note: B. }\n$1  - { id: extra-3, text: A., note: B. }\n$1  - { id: extra-4, text: A., note: B. }\n',
    ),
  ],
  ['a score change of 4', a06.replace(/scores: \{ (\w[\w-]*): -?\d/, 'scores: { $1: 4')],
  ['a decision v2 does not know', a06.replace(/decision: no_hire/, 'decision: maybe')],
  [
    'a v2 decision in a v1 file',
    read('tests/fixtures/golden.yaml').text.replace('decision: hire', 'decision: up_level'),
  ],
  ['a list at the root', '- kind: scenario\n'],
  ['a string at the root', 'scenario\n'],
  ['an empty mapping', '{}\n'],
  ['bands out of order', pm.replace(/base: \[(\d+), (\d+)\]/, 'base: [$2, $1]')],
].map(([name, text]) => ({ name: `broken: ${name}`, text: text! }));

/** Mutated documents, as `npm run fuzz` makes them (a fixed seed: the same ones every run). */
const { bases } = loadCorpus();
const mutated = fc
  .sample(fuzzCase(bases.length), { numRuns: Number(process.env.SCHEMA_FUZZ_RUNS ?? 100), seed: 19 })
  .flatMap((c, i) => documentsFor(c, bases).map((d) => ({ name: `mutated #${i} ${d.name}`, text: d.text })));

function verdicts(doc: Doc) {
  let data: unknown;
  try {
    data = doc.name.endsWith('.json') ? JSON.parse(doc.text) : parse(doc.text, { prettyErrors: true });
  } catch {
    return null; // Not YAML at all: neither an editor's schema nor the schema step sees it.
  }
  const validator = checkSchema(data, doc.name);
  const editor = editorAccepts(data);
  const editorErrors = (editorAccepts.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`);
  return { validator, editor, editorErrors };
}

/** Where the two disagree: the editor underlines a file validate accepts, or passes one validate refuses for a reason a schema can state. */
function disagreement(doc: Doc): string | null {
  const v = verdicts(doc);
  if (!v) return null;
  if (v.validator.ok && !v.editor)
    return `${doc.name}: validate accepts, the editor rejects (${v.editorErrors.join('; ')})`;
  if (!v.validator.ok && v.editor) {
    const stateable = v.validator.issues.filter((i) => !onlyValidateChecks(i.message));
    if (stateable.length)
      return `${doc.name}: validate rejects (${stateable.map((i) => `${i.path}: ${i.message}`).join('; ')}), the editor accepts`;
  }
  return null;
}

describe('the editor schema and validate agree', () => {
  it.each([
    ['every shipped scenario and pack', shipped],
    ['every fixture', fixtures],
    ['every format-version-1 file', v1],
    ['every document the fuzzer kept', fuzzFixtures],
    ['broken files', broken],
  ])('%s', (_, docs) => {
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.map(disagreement).filter(Boolean)).toEqual([]);
  });

  it(`${mutated.length} mutated documents`, () => {
    const seen = mutated.map(verdicts).filter((v) => v !== null);
    // Both verdicts occur, or the comparison says little.
    expect(seen.some((v) => v.validator.ok)).toBe(true);
    expect(seen.some((v) => !v.validator.ok)).toBe(true);
    expect(mutated.map(disagreement).filter(Boolean)).toEqual([]);
  });

  it('the shipped files are valid, and in format 2 or the current version (which reads 2 unchanged); the v1 fixtures still are v1', () => {
    for (const d of shipped) {
      const v = verdicts(d)!;
      expect({ file: d.name, ok: v.validator.ok, editor: v.editor }).toEqual({ file: d.name, ok: true, editor: true });
      expect(d.text).toMatch(new RegExp(`^schemaVersion: (2|${SCHEMA_VERSION})$`, 'm'));
    }
    expect(v1.map((d) => relative('tests/fixtures', d.name)).sort()).toEqual(
      expect.arrayContaining(['golden.yaml', 'packs/golden.yaml', 'v1/packs/pm.yaml']),
    );
  });

  it('each broken file is refused by both, except where only validate can tell (two values compared)', () => {
    for (const d of broken) {
      const v = verdicts(d);
      if (!v) continue;
      expect({ file: d.name, validate: v.validator.ok }).toEqual({ file: d.name, validate: false });
      const onlyValidate = !v.validator.ok && v.validator.issues.every((i) => onlyValidateChecks(i.message));
      expect({ file: d.name, editor: v.editor }).toEqual({ file: d.name, editor: onlyValidate });
    }
  });
});

describe('the editor schema explains every key', () => {
  /** Every property of every object the schema describes, with where it is. */
  function properties(node: unknown, at: string, out: Array<{ at: string; schema: Record<string, unknown> }>) {
    if (Array.isArray(node)) node.forEach((n, i) => properties(n, `${at}[${i}]`, out));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties')
          for (const [name, prop] of Object.entries(value as object)) {
            out.push({ at: `${at}.${name}`, schema: prop });
            properties(prop, `${at}.${name}`, out);
          }
        else properties(value, `${at}/${key}`, out);
      }
    }
    return out;
  }

  it('a description on each field, from the zod schema', () => {
    const all = properties(jsonSchema(), '', []);
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter((p) => typeof p.schema.description !== 'string').map((p) => p.at)).toEqual([]);
  });

  it("integers carry only their own bounds, never zod's +-9007199254740991", () => {
    expect(JSON.stringify(jsonSchema())).not.toMatch(/9007199254740991/);
  });
});
