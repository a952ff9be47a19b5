/** Where a command writes: stdout and stderr, swappable in tests. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A progress line that replaces itself, for a person watching; absent when stderr is not a terminal. */
  progress?: (line: string | null) => void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // Redrawn in place on a terminal; null clears it. A pipe or a log file never sees it.
  progress: process.stderr.isTTY
    ? (line) => process.stderr.write(line === null ? '\r\x1b[K' : `\r${line}\x1b[K`)
    : undefined,
};
