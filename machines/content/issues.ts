import type { z } from 'zod';

/** One problem in one content file, named by its field path. */
export interface ContentIssue {
  file: string;
  path: string;
  message: string;
}

/** `paths.recorded.choices[2]` from a zod path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

const describe = (value: unknown) =>
  value === undefined
    ? 'nothing (the key is missing)'
    : Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : typeof value === 'object'
          ? 'a mapping'
          : typeof value;

/**
 * zod issues as one line each. An unknown key is reported at its own path so a typo is found at
 * once; a union is collapsed into the one branch message that matters.
 */
export function fromZodIssues(file: string, issues: ReadonlyArray<z.core.$ZodIssue>, input: unknown): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          file,
          path: formatPath([...issue.path, key]),
          message: `unknown key "${key}": expected one of the schema's keys (check the spelling)`,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length) {
      // The branch with the fewest problems is the one the author meant.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (best.length) {
        out.push(
          ...fromZodIssues(
            file,
            best.map((i) => ({ ...i, path: [...issue.path, ...i.path] })),
            input,
          ),
        );
        continue;
      }
    }
    out.push({ file, path: formatPath(issue.path), message: withFound(issue, input) });
  }
  return out;
}

// zod's type names in the words a content author uses.
const AUTHOR_TERMS: Record<string, string> = {
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  undefined: 'nothing (the key is missing)',
};
const inAuthorTerms = (message: string) =>
  message.replace(
    /\b(expected|received) (object|record|array|undefined)\b/g,
    (_, verb: string, type: string) => `${verb} ${AUTHOR_TERMS[type]}`,
  );

function withFound(issue: z.core.$ZodIssue, input: unknown): string {
  const message = inAuthorTerms(issue.message.replace(/^Invalid input: /, '')).replace(', received ', ', found ');
  const discriminator = issue.code === 'invalid_union' && !issue.errors.length;
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value' && !discriminator) return message;
  let value: unknown = input;
  for (const part of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  if (/found/.test(message)) return message;
  return `${message}, found ${typeof value === 'string' ? `"${value}"` : describe(value)}`;
}

/** `file: path: message`, the one-line form the CLI prints. */
export const formatIssue = (i: ContentIssue) => `${i.file}: ${i.path}: ${i.message}`;
