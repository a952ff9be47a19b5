import { z } from 'zod';
import { contentFileSchema } from '../../../machines/content/schema';
import type { Io } from '../io';

/** The JSON Schema of a content file (pack or scenario), from zod's own converter. */
export function jsonSchema(): unknown {
  return {
    ...z.toJSONSchema(contentFileSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Debrief content file (scenario or pack)',
  };
}

/** `debrief schema`: print the JSON Schema so an author's editor can autocomplete. */
export function schema(io: Io): number {
  io.out(JSON.stringify(jsonSchema(), null, 2));
  return 0;
}
