// The branch map's layout in a worker of its own: elkjs (about 450 KB gzip) loads only when a map is first shown.
import type { MapPrompt } from './mapGraph';
import { layoutMap, type ElkLike } from './mapLayout';

const onMessage = async (e: MessageEvent<{ type: 'layout'; prompts: MapPrompt[] }>) => {
  try {
    self.postMessage({ ok: true, result: await layoutMap(await elk, e.data.prompts) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};

// elk.bundled.js in a worker takes the worker's onmessage for ELK's own worker protocol, when an ELK is
// made (it loads its inner worker then), so the handler is set again after that. Without this, the
// built app never drew a map ("Laying out the map…" for ever): elkjs is part of this worker's chunk,
// so the ELK was made before the first request came in, and every request went to ELK, which has no
// answer for it. Under the dev server elkjs arrives over the network after the first request, which
// was answered; by the same reading, later requests to that worker went to ELK too.
const elk = import('elkjs/lib/elk.bundled.js').then((m) => {
  const made = new m.default() as unknown as ElkLike;
  self.onmessage = onMessage;
  return made;
});
self.onmessage = onMessage;
