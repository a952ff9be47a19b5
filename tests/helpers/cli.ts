import { run } from '../../src/cli/main';

/** Run a debrief command in-process and capture what it prints. */
export function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), errLines: err };
}
