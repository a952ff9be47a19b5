/** A command line split into positionals and `--flag value` / `--flag` options. */
export interface Args {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Parse argv; `valued` names the flags that take a value. */
export function parseArgs(argv: string[], valued: ReadonlySet<string>): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined];
    if (!valued.has(name)) flags.set(name, true);
    else if (inline !== undefined) flags.set(name, inline);
    else if (i + 1 < argv.length) flags.set(name, argv[++i]!);
    else throw new UsageError(`--${name} expects a value`);
  }
  return { positionals, flags };
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
