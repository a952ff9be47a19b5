import { editorSchema } from '../../../machines/content/jsonSchema';
import type { Io } from '../io';

/** The JSON Schema of a content file (pack or scenario, every format version the loader reads). */
export const jsonSchema = (): unknown => editorSchema();

/** `debrief schema`: print the JSON Schema so an author's editor can autocomplete and explain each key. */
export function schema(io: Io): number {
  io.out(JSON.stringify(jsonSchema(), null, 2));
  return 0;
}
