import { config } from 'zod';
import { processIo, type Io } from './io';
import { dispatch, type Commands } from './dispatch';

// One loader per command, so `debrief list` never loads the machines, the branch check or the room server.
const loaders: { [K in keyof Commands]: () => Promise<Pick<Commands, K>> } = {
  list: () => import('./commands/list'),
  validate: () => import('./commands/validate'),
  play: () => import('./commands/play'),
  paths: () => import('./commands/paths'),
  serve: () => import('./commands/serve'),
  schema: () => import('./commands/schema'),
  lab: () => import('./commands/lab'),
  icc: () => import('./commands/icc'),
};

// zod compiles a fast path for each object schema with new Function on first use: code that is
// compiled afresh in every process, since V8's code cache holds only the bundle's own functions. A
// cold command runs each schema a few dozen times at most, where the plain path is as quick.
config({ jitless: true });

/** What the bin runs: load just the named command, then dispatch as `run` does. */
export async function start(argv: string[], io: Io = processIo): Promise<number> {
  const name = argv[0];
  return dispatch(
    argv,
    io,
    name !== undefined && Object.hasOwn(loaders, name) ? await loaders[name as keyof Commands]() : {},
  );
}
