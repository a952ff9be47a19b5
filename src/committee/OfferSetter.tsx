import { useMachine } from '@xstate/react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { PlayReport } from '../../machines/engine/report';
import { offerInputOf, offerMachine } from '../../machines/offerMachine';
import type { Scorecard } from '../../machines/rules/types';
import { annualTotal, bandFor, bonusRange } from '../../machines/rules/offerRules';
import { formatMoney } from '../../machines/format';

interface Props {
  resolved: ResolvedScenario;
  level: string;
  scorecards: Scorecard[];
  /** The seat's role: a band adjustment from it goes through the band rule (V6). */
  role: string;
  real: PlayReport['offer'];
}

/** The committee's offer, set through the offer machine: every figure held inside the band and the total band, with the reason said. */
export function OfferSetter({ resolved, level, scorecards, role, real }: Props) {
  const money = (n: number) => formatMoney(n, resolved.pack.comp.currency);
  const [snap, send] = useMachine(offerMachine, { input: offerInputOf(resolved, level, scorecards) });
  const { terms, notice, firings, policy } = snap.context;
  const band = bandFor(policy.comp, level);
  const bonusBand = bonusRange(band, terms.base);
  const set = (change: Partial<Pick<typeof terms, 'base' | 'bonus' | 'equity'>>) =>
    send({ type: 'committee.setTerms', base: terms.base, bonus: terms.bonus, equity: terms.equity, ...change });
  const row = (label: string, key: 'base' | 'bonus' | 'equity', [lo, hi]: readonly [number, number]) => (
    <label>
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={0}
        step={1000}
        defaultValue={terms[key]}
        key={`${key}-${terms[key]}`}
        onBlur={(e) => set({ [key]: Number(e.target.value) })}
        onKeyDown={(e) => e.key === 'Enter' && set({ [key]: Number((e.target as HTMLInputElement).value) })}
        aria-describedby={`band-${key}`}
      />
      <span id={`band-${key}`} className="muted">
        {' '}
        band {money(lo)} to {money(hi)}
      </span>
    </label>
  );
  const setter = policy.setter;
  const lastBandFiring = firings.filter((f) => f.rule === setter?.id).at(-1);
  return (
    <section className="offer-set" aria-labelledby="offer-set-heading">
      <h3 id="offer-set-heading">Set the offer at {level}</h3>
      <p className="muted">
        Type a figure and press Enter: the offer machine holds it inside the band and the total band, and says why when
        it moves it.
      </p>
      {row('Base', 'base', band.base)}
      {row('Bonus', 'bonus', bonusBand)}
      {row('Equity', 'equity', band.equity)}
      <p>
        Annual total <strong>{money(annualTotal(terms))}</strong>
        {band.total ? ` (total band ${money(band.total[0])} to ${money(band.total[1])})` : ''}.
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {setter && (
        <p>
          <button
            type="button"
            onClick={() => send({ type: 'band.adjust', by: role, base: [band.base[0], band.base[1] + 10_000] })}
          >
            Raise the base band by {money(10_000)}
          </button>{' '}
          <span className="muted">
            {setter.id}, {setter.label.toLowerCase()}
          </span>
          {lastBandFiring && <span role="status"> — refused: {lastBandFiring.reason}</span>}
        </p>
      )}
      {real && (
        <p>
          The real committee offered base {money(real.base)}, bonus {money(real.bonus)} and equity {money(real.equity)}{' '}
          at {real.level} ({money(real.base + real.bonus + real.equity)} a year
          {annualTotal(terms) === real.base + real.bonus + real.equity
            ? ', the same as yours'
            : `, ${money(Math.abs(annualTotal(terms) - (real.base + real.bonus + real.equity)))} ${annualTotal(terms) > real.base + real.bonus + real.equity ? 'less than' : 'more than'} yours`}
          ).
        </p>
      )}
    </section>
  );
}
