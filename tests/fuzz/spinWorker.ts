// A worker for tests/fuzz/runner.test.ts: doubles a number, or never answers (a real infinite loop).
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', (job: number | 'spin') => {
  if (job === 'spin') for (;;) {}
  parentPort!.postMessage(job * 2);
});
parentPort!.postMessage('ready');
