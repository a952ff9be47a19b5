import { useEffect, useRef, useState } from 'react';
import { useMachine } from '@xstate/react';
import { levelName } from '../../machines/displayName';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { PlayReport } from '../../machines/engine/report';
import { offerInputOf, offerMachine } from '../../machines/offerMachine';
import type { Scorecard } from '../../machines/rules/types';
import { annualTotal, bandAdjustmentRefused, bandFor, bonusRange } from '../../machines/rules/offerRules';
import { formatMoney, roleLabel } from '../../machines/format';

type Field = 'base' | 'bonus' | 'equity';
const FIELDS: Field[] = ['base', 'bonus', 'equity'];
const LABELS: Record<Field, string> = { base: 'Base', bonus: 'Bonus', equity: 'Equity' };

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
  // What the player is typing, per field; cleared on Enter or leaving the field, so the field then
  // shows the offer as the machine holds it (a figure past the band comes back as the band's edge).
  const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
  const [moved, setMoved] = useState<string | null>(null);
  const before = useRef<{ key: Field; terms: Record<Field, number> } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the machine's terms change; money only formats
  useEffect(() => {
    const b = before.current;
    if (!b) return;
    before.current = null;
    // A figure the player did not touch that moved with the one they set is said, never moved silently.
    const others = FIELDS.filter((f) => f !== b.key && b.terms[f] !== terms[f]);
    setMoved(
      others.length
        ? `${others
            .map(
              (f) =>
                `${LABELS[f]} moved from ${money(b.terms[f])} to ${money(terms[f])}${f === 'bonus' ? ': the bonus band is a share of base, so it follows the base' : ''}`,
            )
            .join('; ')}.`
        : null,
    );
  }, [terms]);
  const commit = (key: Field) => {
    const draft = drafts[key];
    setDrafts((d) => ({ ...d, [key]: undefined }));
    if (draft === undefined || draft === '' || Number(draft) === terms[key]) return;
    before.current = { key, terms: { base: terms.base, bonus: terms.bonus, equity: terms.equity } };
    send({
      type: 'committee.setTerms',
      base: terms.base,
      bonus: terms.bonus,
      equity: terms.equity,
      [key]: Number(draft),
    });
  };
  const row = (label: string, key: Field, [lo, hi]: readonly [number, number]) => (
    <label>
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={0}
        step={1000}
        value={drafts[key] ?? String(terms[key])}
        onChange={(e) => setDrafts((d) => ({ ...d, [key]: e.target.value }))}
        onBlur={() => commit(key)}
        onKeyDown={(e) => e.key === 'Enter' && commit(key)}
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
  // The band rule decides who may raise a band: a seat it would refuse is not offered the button.
  const refusedHere = !!bandAdjustmentRefused(policy, role);
  const setBy = (setter?.settings as { setBy?: string } | undefined)?.setBy ?? '';
  return (
    <section className="offer-set" aria-labelledby="offer-set-heading">
      <h3 id="offer-set-heading">Set the offer at {levelName(level)}</h3>
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
      {moved && (
        <p className="notice" role="status">
          {moved}
        </p>
      )}
      {setter &&
        (refusedHere ? (
          <p className="muted">
            Only the {roleLabel(setBy)} may raise a band ({setter.id}, {setter.label.toLowerCase()}); your seat cannot.
          </p>
        ) : (
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
        ))}
      {real && (
        <p>
          The real committee offered base {money(real.base)}, bonus {money(real.bonus)} and equity {money(real.equity)}{' '}
          at {levelName(real.level)} ({money(real.base + real.bonus + real.equity)} a year
          {annualTotal(terms) === real.base + real.bonus + real.equity
            ? ', the same as yours'
            : `, ${money(Math.abs(annualTotal(terms) - (real.base + real.bonus + real.equity)))} ${annualTotal(terms) > real.base + real.bonus + real.equity ? 'less than' : 'more than'} yours`}
          ).
        </p>
      )}
    </section>
  );
}
