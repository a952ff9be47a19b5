import type { ElkLike } from './mapLayout';
import type { StudioAnswer, StudioRequest } from './studioRequests';

type Reply =
  | { ok: true; result: unknown }
  | { ok: false; message: string }
  | { progress: { done: number; of: number } };

/** Thrown to a caller whose request a newer one replaced before it was answered. */
export class Superseded extends Error {
  override name = 'Superseded';
}

/**
 * One worker answering one kind of request, newest first. A check keeps its worker and runs only
 * the latest of the requests that came while it was busy; a count that a newer draft makes
 * pointless is stopped at once (`stopStale`), since it may take seconds.
 */
export class StudioLane {
  private worker: Worker | null = null;
  private busy = false;
  private waiting: { request: StudioRequest; resolve: (x: unknown) => void; reject: (e: Error) => void } | null = null;
  private current: { reject: (e: Error) => void } | null = null;

  constructor(
    private readonly stopStale: boolean,
    private readonly onProgress?: (done: number, of: number) => void,
    /** The map's layout has a worker of its own, so the checker never loads elkjs. */
    private readonly makeWorker: () => Worker = () =>
      new Worker(new URL('./studio.worker.ts', import.meta.url), { type: 'module' }),
  ) {}

  run<R extends StudioRequest>(request: R): Promise<StudioAnswer<R>> {
    return new Promise((resolve, reject) => {
      if (this.busy && this.stopStale) {
        this.worker?.terminate();
        this.worker = null;
        this.current?.reject(new Superseded());
        this.busy = false;
      }
      this.waiting?.reject(new Superseded());
      this.waiting = { request, resolve: resolve as (x: unknown) => void, reject };
      if (!this.busy) void this.next();
    });
  }

  stop() {
    this.worker?.terminate();
    this.worker = null;
  }

  private async next() {
    const job = this.waiting;
    if (!job) return;
    this.waiting = null;
    this.busy = true;
    this.current = job;
    try {
      job.resolve(await this.send(job.request));
    } catch (err) {
      job.reject(err instanceof Error ? err : new Error(String(err)));
    } finally {
      if (this.current === job) {
        this.busy = false;
        this.current = null;
        void this.next();
      }
    }
  }

  private async send(request: StudioRequest): Promise<unknown> {
    if (typeof Worker === 'undefined') {
      if (request.type === 'layout') {
        const [elk, { layoutMap }] = await Promise.all([import('elkjs/lib/elk.bundled.js'), import('./mapLayout')]);
        return layoutMap(new elk.default() as unknown as ElkLike, request.prompts);
      }
      return (await import('./studioRequests')).answer(request, this.onProgress);
    }
    this.worker ??= this.makeWorker();
    const worker = this.worker;
    return new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<Reply>) => {
        if ('progress' in e.data) this.onProgress?.(e.data.progress.done, e.data.progress.of);
        else if (e.data.ok) resolve(e.data.result);
        else reject(new Error(e.data.message));
      };
      worker.onerror = (e) => reject(new Error(e.message || 'the checker stopped'));
      worker.postMessage(request);
    });
  }
}
