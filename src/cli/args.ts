import { parseArgs } from 'node:util';
import { COMMANDS, type CommandName, type CommandSpec } from './spec';

/** A command line as its command reads it: operands, flag values by name, and whether help was asked for. */
export interface ParsedCommand {
  operands: string[];
  values: Record<string, string | boolean | undefined>;
  help: boolean;
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A command that could not start for a reason outside the command line (a port in use, no built app): exit 1. */
export class StartError extends Error {
  override name = 'StartError';
}

/**
 * Parse a command's arguments strictly (node:util parseArgs): an unknown flag, a flag without its
 * value or a switch given one is refused with a UsageError that names the closest real flag.
 */
export function parseCommand(name: CommandName, argv: string[]): ParsedCommand {
  const spec: CommandSpec = COMMANDS[name];
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [flag, f] of Object.entries(spec.flags)) options[flag] = { type: f.type };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(`debrief ${name}: ${usageMessage(err, spec)}`);
  }
  const help = parsed.values.help === true;
  if (!help && parsed.positionals.length > spec.maxOperands) {
    const extra = parsed.positionals.slice(spec.maxOperands).join(' ');
    throw new UsageError(
      spec.maxOperands
        ? `debrief ${name}: expected ${spec.operands} only, found also ${extra}`
        : `debrief ${name}: takes no operands, found ${extra}`,
    );
  }
  return { operands: parsed.positionals, values: parsed.values as ParsedCommand['values'], help };
}

/** Node's parse errors, said the CLI's way: the flag, what was expected, and what was probably meant. */
function usageMessage(err: unknown, spec: CommandSpec): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  const known = ['--help', ...Object.keys(spec.flags).map((f) => `--${f}`)];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = closest(flag, known);
    return `unknown flag ${flag}${near ? `; did you mean ${near}?` : `; expected one of ${known.join(', ')}`}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const f = spec.flags[flag.replace(/^--/, '')];
    if (/argument missing/.test(message) && f) return `${flag} expects a value (${flag} ${f.value ?? 'VALUE'})`;
    if (/does not take an argument/.test(message)) return `${flag} is a switch and takes no value`;
    if (/ambiguous/.test(message) && f) return `${flag} expects a value; one starting with "-" is written ${flag}=-…`;
  }
  return message;
}

/** The known word nearest to `word` by edit distance, if it is near enough to be a typo. */
export function closest(word: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(word, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
