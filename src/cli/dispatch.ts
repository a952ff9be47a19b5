import { parseArgs, UsageError } from './args';
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

const USAGE = `debrief: play and check hiring-committee scenarios

  debrief list [--json] [folders…]          every scenario: id, title, pack, role, sources, file
  debrief validate [files or folders…]      check files (default scenarios/); exit 1 on any problem
  debrief play <id or file> [--path P] [--seed N] [--json]
                                            play the loop headless; P is a named path
                                            (recorded, best, worst, …), comma-separated
                                            option ids, or "random" (seeded by --seed)
  debrief paths <id or file> [--json]       every path through a scenario: how many end in each
                                            decision; unreachable prompts and endless follow-ups
  debrief schema                            print the JSON Schema for editors
  debrief lab <id> [--question Q] [--runs N] [--seed S] [--path P] [--err E] [--len L] [--off RULES] [--json|--csv]
                                            simulate noisy committees: Q is fragility, rules
                                            (--scope library for every scenario), interviewers,
                                            calibration or report
  debrief icc <file.csv> [--json]           interrater reliability of a long table of ratings
                                            (columns target, rater, score): ICC(1,1), ICC(2,1)
                                            and ICC(3,1) with 95 % intervals
  debrief serve [--port N] [--host H] [--dist D] [--data DIR] [--public-url URL]
                                            serve the built app and workshop rooms on the local
                                            network (default port 5173, rooms in .debrief/)`;

/** Run one CLI command with the given command functions; returns the exit code. Never lets a stack trace reach the user. */
export function dispatch(argv: string[], io: Io, commands: Partial<Commands>): number {
  const { list, validate, play, paths, serve, schema, lab, icc } = commands as Commands;
  try {
    const [command, ...rest] = argv;
    const args = parseArgs(
      rest,
      new Set([
        'path',
        'seed',
        'port',
        'host',
        'dist',
        'data',
        'question',
        'runs',
        'err',
        'len',
        'off',
        'scope',
        'public-url',
      ]),
    );
    const json = args.flags.has('json');
    switch (command) {
      case 'list':
        return list(io, json, args.positionals);
      case 'validate':
        return validate(io, args.positionals);
      case 'play': {
        const path = args.flags.get('path');
        const seed = args.flags.get('seed');
        return play(io, args.positionals[0], {
          path: typeof path === 'string' ? path : undefined,
          seed: typeof seed === 'string' ? seed : undefined,
          json,
        });
      }
      case 'paths':
        return paths(io, args.positionals[0], json);
      case 'serve': {
        const opt = (name: string) =>
          typeof args.flags.get(name) === 'string' ? (args.flags.get(name) as string) : undefined;
        // Long-running: the listening server keeps the process alive; a failure to start is reported here.
        const serveOptions = { port: opt('port'), host: opt('host'), dist: opt('dist'), data: opt('data') };
        serve(io, { ...serveOptions, publicUrl: opt('public-url') }).catch((err: unknown) => {
          io.err(err instanceof Error ? err.message : String(err));
          process.exitCode = err instanceof UsageError ? 2 : 1;
        });
        return 0;
      }
      case 'schema':
        return schema(io);
      case 'lab': {
        const opt = (name: string) =>
          typeof args.flags.get(name) === 'string' ? (args.flags.get(name) as string) : undefined;
        const flags = {
          q: opt('question'),
          n: opt('runs'),
          seed: opt('seed'),
          path: opt('path'),
          err: opt('err'),
          len: opt('len'),
          off: opt('off'),
          scope: opt('scope'),
        };
        return lab(io, args.positionals[0], { flags, json, csv: args.flags.has('csv') });
      }
      case 'icc':
        return icc(io, args.positionals[0], json);
      case undefined:
      case 'help':
      case '--help':
        io.out(USAGE);
        return command ? 0 : 2;
      default:
        io.err(`unknown command "${command}": expected list, validate, play, paths, lab, icc, schema or serve`);
        return 2;
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(err.message);
      return 2;
    }
    io.err(`debrief: internal error: ${err instanceof Error ? err.message : String(err)}`);
    return 70;
  }
}
