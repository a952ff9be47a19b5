import { useState } from 'react';
import type { Comp } from '../../machines/content/schema';
import { bandFor, bonusRange, draftOffer } from '../../machines/rules/offerRules';

const usd = (n: number) => n.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** The committee's offer, set inside the band: the controls cannot leave it (K3, V6). */
export function OfferSetter({ comp, level, flags }: { comp: Comp; level: string; flags: string[] }) {
  const band = bandFor(comp, level);
  const draft = draftOffer(comp, level, flags);
  const [base, setBase] = useState(draft.base);
  const [bonus, setBonus] = useState(draft.bonus);
  const [equity, setEquity] = useState(draft.equity);
  const bonusBand = bonusRange(band, base);
  const clampedBonus = Math.min(bonusBand[1], Math.max(bonusBand[0], bonus));
  const row = (label: string, value: number, [lo, hi]: [number, number], set: (n: number) => void) => (
    <label>
      {label}
      <input type="range" min={lo} max={hi} step={1000} value={value} onChange={(e) => set(Number(e.target.value))} aria-valuetext={`${usd(value)}, band ${usd(lo)} to ${usd(hi)}`} />
      <output>{usd(value)}</output>
    </label>
  );
  return (
    <section className="offer-set" aria-labelledby="offer-set-heading">
      <h3 id="offer-set-heading">Set the offer at {level}</h3>
      <p className="muted">The committee sets the band; no one in the room can move it (V6). Base stops at the band's top (K3).</p>
      {row('Base', base, band.base, setBase)}
      {row('Bonus', clampedBonus, bonusBand, setBonus)}
      {row('Equity', equity, band.equity, setEquity)}
      <p>Annual total {usd(base + clampedBonus + equity)}{band.total ? ` (total band ${usd(band.total[0])}–${usd(band.total[1])})` : ''}.</p>
    </section>
  );
}
