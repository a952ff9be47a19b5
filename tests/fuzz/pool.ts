import { Worker } from 'node:worker_threads';

/** A job's end: the worker's answer; `hung` when the watchdog had to stop it; `died` when the thread itself failed. */
export type Ended<R> = { kind: 'answered'; result: R } | { kind: 'hung' } | { kind: 'died'; error: string };

/** How long a new worker may take to load its modules before the run gives up on it (a busy machine is slow). */
const START_MS = 10 * 60_000;

/**
 * Run jobs on `size` worker threads, each job watched: a worker that has not answered within
 * `watchdogMs` (a real infinite loop never does) is terminated, its job reported hung, and a fresh
 * worker takes the next job. The watchdog starts with the job, never while a worker loads.
 * The worker script answers each message once, after posting `'ready'` when it has loaded.
 */
export async function runPool<J, R>(options: {
  script: URL;
  size: number;
  jobs: Iterable<J>;
  watchdogMs: number;
  onEnd: (job: J, ended: Ended<R>) => void | Promise<void>;
}): Promise<void> {
  const boot = new URL('./boot.mjs', import.meta.url);
  const queue = options.jobs[Symbol.iterator]();

  const spawn = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(boot, { workerData: { script: options.script.href } });
      const timer = setTimeout(() => reject(new Error('a fuzz worker did not load in time')), START_MS);
      worker.once('message', () => {
        clearTimeout(timer);
        resolve(worker);
      });
      worker.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });

  const one = (worker: Worker, job: J) =>
    new Promise<Ended<R>>((resolve) => {
      const timer = setTimeout(() => done({ kind: 'hung' }), options.watchdogMs);
      const onMessage = (result: R) => done({ kind: 'answered', result });
      const onError = (err: Error) => done({ kind: 'died', error: `${err.name}: ${err.message}` });
      const onExit = (code: number) => done({ kind: 'died', error: `the worker exited with code ${code}` });
      const done = (ended: Ended<R>) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(ended);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });

  const lane = async () => {
    let worker = await spawn();
    try {
      for (let next = queue.next(); !next.done; next = queue.next()) {
        const ended = await one(worker, next.value);
        if (ended.kind !== 'answered') {
          // The stuck or broken thread is stopped where it is; the next job gets a new one.
          await worker.terminate();
          worker = await spawn();
        }
        await options.onEnd(next.value, ended);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: options.size }, lane));
}
