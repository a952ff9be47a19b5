import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** A free loopback port, for a server that must come back on the same address after a kill. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => resolve(port));
      });
  });
}

/** Wait until `child` answers on `port`, or say why it never did. */
async function answering(child: ChildProcess, port: number, output: () => string, what: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited: ${output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not answer on port ${port} within 60 s: ${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function spawnServer(args: string[], port: number, dataDir: string, what: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, DEBRIEF_ROOM_DIR: dataDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  // A server that dies on its own is a bug under test: say why.
  child.once(
    'exit',
    (code, signal) =>
      signal !== 'SIGKILL' && console.error(`${what} on ${port} exited (${code ?? signal}):\n${output}`),
  );
  return answering(child, port, () => output, what);
}

/**
 * `npm start` (Vite with the room server attached) as a child process on a fixed loopback port,
 * so a test can kill it outright (SIGKILL, no chance to flush anything) and start it again.
 */
export function startDevServer(port: number, dataDir: string): Promise<ChildProcess> {
  return spawnServer(
    [join(ROOT, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    port,
    dataDir,
    'the dev server',
  );
}

/**
 * `debrief serve --dist` (what a facilitator runs on the day) as a child process on a fixed loopback
 * port, serving the e2e project's one build: killable like the dev server, without a dev server's
 * unbundled modules, which every phone's page would otherwise load and transform one by one.
 */
export function startBuiltServer(port: number, dataDir: string, dist: string): Promise<ChildProcess> {
  return spawnServer(
    [
      join(ROOT, 'bin/debrief.js'),
      'serve',
      '--dist',
      dist,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--data',
      dataDir,
    ],
    port,
    dataDir,
    'debrief serve',
  );
}

/** Kill the server without warning and wait until it is gone. */
export async function killServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await gone;
}
