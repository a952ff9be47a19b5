/** Counts in fixed rows, each thing counted in exactly one, so the rows add up to the total. */
export class Tally {
  private readonly counts = new Map<string, number>();

  constructor(readonly rows: readonly string[]) {
    for (const r of rows) this.counts.set(r, 0);
  }

  add(row: string) {
    const n = this.counts.get(row);
    if (n === undefined) throw new Error(`no row "${row}" (rows: ${this.rows.join(', ')})`);
    this.counts.set(row, n + 1);
  }

  count(row: string): number {
    return this.counts.get(row) ?? 0;
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** A Markdown table: one line per row, then the total they add up to. */
  table(title: string): string {
    const width = Math.max(title.length, ...this.rows.map((r) => r.length), 'total'.length);
    const num = (n: number) => n.toLocaleString('en-US').padStart(9);
    const share = (n: number) => (this.total ? `${((100 * n) / this.total).toFixed(2)} %` : '-').padStart(8);
    return [
      `| ${title.padEnd(width)} | ${'documents'.padStart(9)} | ${'share'.padStart(8)} |`,
      `| ${'-'.repeat(width)} | ${'-'.repeat(8)}: | ${'-'.repeat(7)}: |`,
      ...this.rows.map((r) => `| ${r.padEnd(width)} | ${num(this.count(r))} | ${share(this.count(r))} |`),
      `| ${'total'.padEnd(width)} | ${num(this.total)} | ${share(this.total)} |`,
    ].join('\n');
  }
}
