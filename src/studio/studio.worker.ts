// The studio's checks off the main thread: a keystroke never waits for the validator or the branch counts.
import type { StudioRequest } from './studioRequests';

// machines/engine/branches.ts reads a limit from process.env, which a browser does not have.
(globalThis as { process?: unknown }).process ??= { env: {} };
const work = import('./studioRequests');

self.onmessage = async (e: MessageEvent<StudioRequest>) => {
  try {
    const result = await (await work).answer(e.data, (done, of) => self.postMessage({ progress: { done, of } }));
    self.postMessage({ ok: true, result });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
