import { version } from '../../package.json';
import { closest, parseCommand, StartError, UsageError } from './args';
import { COMMANDS, commandHelp, isCommand, usage } from './spec';
import type { Io } from './io';
import type { list } from './commands/list';
import type { validate } from './commands/validate';
import type { play } from './commands/play';
import type { schema } from './commands/schema';
import type { paths } from './commands/paths';
import type { serve } from './commands/serve';
import type { lab } from './commands/lab';
import type { icc } from './commands/icc';

/** Each command's function; the bin loads only the one it runs, the tests pass them all. */
export interface Commands {
  list: typeof list;
  validate: typeof validate;
  play: typeof play;
  paths: typeof paths;
  serve: typeof serve;
  schema: typeof schema;
  lab: typeof lab;
  icc: typeof icc;
}

/**
 * Run one CLI command with the given command functions; returns the exit code (a promise for
 * `serve`, which settles once it listens or has failed to). Never lets a stack trace reach the user.
 */
export function dispatch(argv: string[], io: Io, commands: Partial<Commands>): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.err(usage());
      return 2;
    }
    if (command === '--version' || command === '-v') {
      io.out(`debrief ${version}`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      const topic = rest[0];
      io.out(topic !== undefined && isCommand(topic) ? commandHelp(topic) : usage());
      return 0;
    }
    if (!isCommand(command)) {
      const near = closest(command, Object.keys(COMMANDS));
      io.err(
        `unknown command "${command}"${near ? `; did you mean ${near}?` : ''} (expected ${Object.keys(COMMANDS).join(', ')}; debrief --help)`,
      );
      return 2;
    }
    const { operands, values, help } = parseCommand(command, rest);
    if (help) {
      io.out(commandHelp(command));
      return 0;
    }
    const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    const json = values.json === true;
    const run = commands as Commands;
    switch (command) {
      case 'list':
        return run.list(io, json, operands);
      case 'validate':
        return run.validate(io, operands, { json });
      case 'play':
        return run.play(io, operands[0], { path: str('path'), seed: str('seed'), json });
      case 'paths':
        return run.paths(io, operands[0], json);
      case 'schema':
        return run.schema(io);
      case 'lab': {
        const flags = {
          q: str('question'),
          n: str('runs'),
          seed: str('seed'),
          path: str('path'),
          err: str('err'),
          len: str('len'),
          off: str('off'),
          scope: str('scope'),
        };
        return run.lab(io, operands[0], { flags, json, csv: values.csv === true });
      }
      case 'icc':
        return run.icc(io, operands[0], json);
      case 'serve':
        // Long-running: resolves 0 once listening (the server keeps the process alive), or the exit code of its failure.
        return run
          .serve(io, {
            port: str('port'),
            host: str('host'),
            dist: str('dist'),
            data: str('data'),
            publicUrl: str('public-url'),
          })
          .then(
            () => 0,
            (err: unknown) => failed(io, err),
          );
    }
  } catch (err) {
    return failed(io, err);
  }
}

/** A usage mistake is one line and exit 2; anything else is Debrief's fault, said plainly, exit 70. */
function failed(io: Io, err: unknown): number {
  if (err instanceof UsageError) {
    io.err(err.message);
    return 2;
  }
  if (err instanceof StartError) {
    io.err(err.message);
    return 1;
  }
  io.err(`debrief: internal error: ${err instanceof Error ? err.message : String(err)}`);
  return 70;
}
