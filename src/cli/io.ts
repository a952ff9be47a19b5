import { writeSync } from 'node:fs';

/** Where a command writes: stdout and stderr, swappable in tests. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A progress line that replaces itself, for a person watching; absent when stderr is not a terminal. */
  progress?: (line: string | null) => void;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Write to a standard stream's descriptor directly, as Node's own stdout does for files and pipes
 * (synchronously), without building `process.stdout`: the stream, net and tty modules it loads are
 * about 5 ms of a command's start, a tenth of what a short command adds to a bare Node. A pipe left
 * non-blocking by whoever opened it refuses a write while it is full (EAGAIN): wait a moment and go
 * on. A reader that stops early (`debrief list | head`) ends the command, quietly.
 */
function writeFd(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 2);
      else if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      else throw err;
    }
  }
}

export const processIo: Io = {
  out: (line) => writeFd(1, `${line}\n`),
  err: (line) => writeFd(2, `${line}\n`),
  // Redrawn in place on a terminal; null clears it. A pipe or a log file never sees it. Asked only
  // by a command that shows progress, so no other command loads the terminal's stream.
  get progress() {
    return process.stderr.isTTY
      ? (line: string | null) => writeFd(2, line === null ? '\r\x1b[K' : `\r${line}\x1b[K`)
      : undefined;
  },
};
