import { z } from 'zod';
import { contentSchemas } from '../../machines/content/schema';
import type { JsonSchema } from './schemaLookup';

let schema: JsonSchema | null = null;
/**
 * The content file's JSON Schema, made from the zod schema as `debrief schema` makes it, so every
 * description written on the zod schema is the studio's hover and completion help at once.
 */
export const contentJsonSchema = (): JsonSchema =>
  (schema ??= z.toJSONSchema(contentSchemas().contentFileSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema);
