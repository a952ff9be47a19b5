import { processIo, type Io } from './io';
import { dispatch, type Commands } from './dispatch';

/**
 * What the bin runs: dispatch as `run` does, with only the command this bundle was built for (the
 * bin builds one bundle per command, so `debrief list` never loads the machines, the branch check
 * or the room server; help, --version and mistakes run a bundle with no command at all).
 */
export function start(argv: string[], commands: Partial<Commands> = {}, io: Io = processIo): number | Promise<number> {
  return dispatch(argv, io, commands);
}
