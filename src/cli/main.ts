import { processIo, type Io } from './io';
import { dispatch } from './dispatch';
import { list } from './commands/list';
import { validate } from './commands/validate';
import { play } from './commands/play';
import { schema } from './commands/schema';
import { paths } from './commands/paths';
import { serve } from './commands/serve';
import { lab } from './commands/lab';
import { icc } from './commands/icc';

/**
 * Run one CLI command in-process (tests, tsx); returns the exit code, a promise for `serve`.
 * The bin runs `entry.ts` instead.
 */
export function run(argv: string[], io: Io = processIo): number | Promise<number> {
  return dispatch(argv, io, { list, validate, play, paths, serve, schema, lab, icc });
}

if (process.argv[1] && /main\.ts$/.test(process.argv[1]))
  void Promise.resolve(run(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
