/// <reference lib="webworker" />
import { runLabRequest, type LabMessage, type LabRequest } from './labRequest';

// The draws run here, off the page's thread; Cancel terminates this worker outright.
self.onmessage = (e: MessageEvent<LabRequest>) => {
  const post = (m: LabMessage) => self.postMessage(m);
  try {
    post({ type: 'done', result: runLabRequest(e.data, (fraction) => post({ type: 'progress', fraction })) });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
