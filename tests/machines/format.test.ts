import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney } from '../../machines/format';
import { seededRandom } from '../../machines/engine/random';

const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

describe('formatMoney', () => {
  it('reads as en-US currency in whole dollars, as Intl.NumberFormat writes it', () => {
    const random = seededRandom(3);
    const values = [
      0, 1, 999, 1000, 165000, 1_250_000, 999_999_999, -5000, -0.4, 0.5, 1.5, 2.5, 999.5, 165000.49, -1234.5, 260000,
    ];
    for (let i = 0; i < 2000; i++)
      values.push(Math.round((random() - 0.2) * 10 ** Math.floor(random() * 9) * 100) / 100);
    for (const n of values) expect(formatMoney(n), String(n)).toBe(intl.format(n).replace(/^-\$0$/, '$0'));
    expect(formatMoney(165000)).toBe('$165,000');
    expect(formatMoney(-5000)).toBe('-$5,000');
  });
});

describe('formatCount', () => {
  it('groups whole numbers as en-US does', () => {
    const random = seededRandom(5);
    const values = [0, 7, 999, 1000, 164025, 1_000_000_000, -12345];
    for (let i = 0; i < 2000; i++) values.push(Math.floor(random() * 10 ** Math.floor(random() * 13)));
    for (const n of values) expect(formatCount(n), String(n)).toBe(n.toLocaleString('en-US'));
    expect(formatCount(164025)).toBe('164,025');
  });
});
