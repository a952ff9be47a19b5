// The import check in a Web Worker: a branch check or a large zip takes seconds, never the tab.
import { runImportCheck, type ImportRequest } from './importCheck';

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  try {
    self.postMessage({ ok: true, result: await runImportCheck(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
