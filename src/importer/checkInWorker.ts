import packs from 'virtual:debrief-packs';
import { cards } from 'virtual:debrief-index';
import type { ImportContext } from './check';
import type { ImportRequest, ImportResult } from './importCheck';
import type { ImportedFile } from './imported';

/** Past this the check is stopped and said to have taken too long; the tab stays usable throughout. */
const CHECK_TIMEOUT_MS = 60_000;

/** The bundled packs and scenario ids imports are checked against. */
export const importContext = (): ImportContext => ({
  packs,
  reserved: cards.map((c) => [c.id, `“${c.title}”`] as [string, string]),
});

/**
 * Check imported files (and read any just dropped) in a Web Worker, with the same validator as
 * `debrief validate`. Where there is no Worker (a test DOM), the same check runs inline.
 */
export async function checkInWorker(stored: ImportedFile[], dropped: File[] = []): Promise<ImportResult> {
  const request: ImportRequest = { stored, dropped, context: importContext() };
  if (typeof Worker === 'undefined') return (await import('./importCheck')).runImportCheck(request);
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`checking took longer than ${CHECK_TIMEOUT_MS / 1000} s and was stopped`)),
        CHECK_TIMEOUT_MS,
      );
      worker.onmessage = (e: MessageEvent<{ ok: true; result: ImportResult } | { ok: false; message: string }>) => {
        clearTimeout(timer);
        if (e.data.ok) resolve(e.data.result);
        else reject(new Error(e.data.message));
      };
      worker.onerror = (e) => {
        clearTimeout(timer);
        reject(new Error(e.message || 'the checker stopped'));
      };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
