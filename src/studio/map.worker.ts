// The branch map's layout in a worker of its own: elkjs (about 450 KB gzip) loads only when a map is first shown.
import type { MapPrompt } from './mapGraph';
import { layoutMap, type ElkLike } from './mapLayout';

const elk = import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as ElkLike);

self.onmessage = async (e: MessageEvent<{ type: 'layout'; prompts: MapPrompt[] }>) => {
  try {
    self.postMessage({ ok: true, result: await layoutMap(await elk, e.data.prompts) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
