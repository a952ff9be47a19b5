// The import check in a Web Worker: a branch check or a large zip takes seconds, never the tab.
import type { ImportRequest } from './importCheck';

// machines/engine/branches.ts reads a limit from process.env, which a browser does not have.
(globalThis as { process?: unknown }).process ??= { env: {} };
const check = import('./importCheck');

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  try {
    self.postMessage({ ok: true, result: await (await check).runImportCheck(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
