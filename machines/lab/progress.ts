/** Reports how far a run has got, about a hundred times in all, so a worker can move a progress bar. */
export class Progress {
  private next = 0;
  private readonly every: number;
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly report?: (fraction: number) => void,
  ) {
    this.every = Math.max(1, Math.floor(total / 100));
    this.next = this.every;
  }
  /** One unit of work done (i is ignored; the count is kept here). */
  tick(_i?: number) {
    if (++this.done < this.next) return;
    this.next += this.every;
    this.report?.(Math.min(1, this.done / this.total));
  }
}
