import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentJsonSchema } from '../../src/studio/contentSchema';
import { hoverAt } from '../../src/studio/hover';
import type { JsonSchema } from '../../src/studio/schemaLookup';
import { at, shipped } from './fixtures';

const a06 = shipped('a06-latency-veto.yaml');
/** The position of `word` inside the first `line` of the text. */
const on = (line: string, word: string, text = a06) => text.indexOf(line) + line.indexOf(word) + 1;

describe('studio hover', () => {
  it('shows a description written on the zod schema, with the field path and what it expects', () => {
    // A schema of the studio's shape with one described key: what every key shows once the schema describes it.
    const schema = z.toJSONSchema(
      z.strictObject({
        kind: z.literal('scenario'),
        rounds: z.array(
          z.strictObject({
            interviewer: z.string().describe('The person (an id under people) who runs this round.'),
          }),
        ),
      }),
      { io: 'input' },
    ) as JsonSchema;
    const [text, pos] = at('kind: scenario\nrounds:\n  - interv|iewer: tobias\n');
    const help = hoverAt(text, pos, schema)!;
    expect(help.path).toBe('rounds[0].interviewer');
    expect(help.description).toBe('The person (an id under people) who runs this round.');
    expect(help.expects).toMatch(/^text/);
    expect(text.slice(help.from, help.to)).toBe('interviewer');
  });

  it('reads descriptions from the content schema itself: whatever the zod schema describes, hover shows', () => {
    const schema = contentJsonSchema();
    const help = hoverAt(a06, on('  - round: data-impact', 'round'), schema);
    expect(help?.path).toBe('rounds[0].round');
    expect(help?.expects).toBe('a lowercase id');
    // Every key of a shipped scenario has help from the schema's own descriptions, names an author chose included.
    const keys = [...a06.matchAll(/^(\s*(?:-\s+)?)([A-Za-z][\w-]*):/gm)];
    const undescribed = keys.filter((m) => !hoverAt(a06, m.index + m[1]!.length + 1, schema)?.description);
    expect(undescribed.map((m) => m[2])).toEqual([]);
    // Descriptions come from the zod schema's .describe()/.meta(): none is written in the studio.
    const described = z.toJSONSchema(z.strictObject({ id: z.string().describe('x') })) as JsonSchema;
    expect(described.properties?.id?.description).toBe('x');
  });

  it("follows a rule's kind to that kind's own settings, and says nothing off a key", () => {
    const text = a06.replace(
      'committee:',
      'rules:\n  - id: bar\n    kind: role-veto\n    holder: hiring-manager\ncommittee:',
    );
    const help = hoverAt(text, on('    holder: hiring', 'holder', text), contentJsonSchema());
    expect(help?.path).toBe('rules[0].holder');
    expect(help?.expects).toMatch(/^text/);
    expect(hoverAt(a06, on('title: The latency veto', 'latency'), contentJsonSchema())).toBeNull();
  });
});
