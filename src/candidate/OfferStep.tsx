import { useState } from 'react';
import { levelName } from '../../machines/displayName';
import type { CandidateView } from './view';
import { annualTotal, bandFor, bonusRange, type AskKind } from '../../machines/rules/offerRules';
import { settingsOf } from '../../machines/policy/registry';
import { offerDeadline } from '../../machines/policy/kinds/offerDeadline';
import { BandChart } from '../charts/BandChart';
import type { PlayEvent } from '../../machines/play/now';
import { formatMoney } from '../../machines/format';

type OfferView = Extract<CandidateView, { phase: 'offer' }>;

const ASKS: Array<{ kind: AskKind; label: string }> = [
  { kind: 'base', label: 'More base' },
  { kind: 'bonus', label: 'More bonus' },
  { kind: 'equity', label: 'More equity' },
  { kind: 'signOn', label: 'A sign-on bonus' },
];

/** The offer inside the band, and the negotiation: each ask gets the machine's answer (K3 lever, K4 lock). */
export function OfferStep({ view, send }: { view: OfferView; send: (e: PlayEvent) => void }) {
  const { offer, stage } = view;
  const currency = offer.policy.comp.currency;
  const money = (n: number) => formatMoney(n, currency);
  const band = bandFor(offer.policy.comp, offer.terms.level);
  const [kind, setKind] = useState<AskKind>('base');
  const [amount, setAmount] = useState(10000);
  // The ask is drawn on the bands only once the player is weighing one, never before any ask.
  const [considering, setConsidering] = useState(false);
  const askOf = (k: AskKind, now: number) => (considering && kind === k ? now + amount : undefined);
  // A rival a tenth above this offer's first year, in whole thousands, as a start the candidate edits.
  const [rival, setRival] = useState(
    () => Math.round(((annualTotal(offer.terms) + offer.terms.signOn) * 1.1) / 1000) * 1000,
  );
  const deadline = offer.policy.deadline ? settingsOf(offerDeadline, offer.policy.deadline).days : undefined;
  const current =
    kind === 'base'
      ? offer.terms.base
      : kind === 'bonus'
        ? offer.terms.bonus
        : kind === 'equity'
          ? offer.terms.equity
          : offer.terms.signOn;
  return (
    <section className="offer" aria-labelledby="offer-heading">
      <p className="eyebrow">{stage === 'drafting' ? 'Before the verbal offer' : 'The verbal offer is on the table'}</p>
      <h2 id="offer-heading" tabIndex={-1}>
        Offer at {levelName(offer.terms.level)}
      </h2>
      <div className="bands">
        <BandChart
          label="Base"
          range={band.base}
          value={offer.terms.base}
          asked={askOf('base', offer.terms.base)}
          currency={currency}
        />
        <BandChart
          label="Bonus"
          range={bonusRange(band, offer.terms.base)}
          value={offer.terms.bonus}
          asked={askOf('bonus', offer.terms.bonus)}
          currency={currency}
        />
        <BandChart
          label="Equity"
          range={band.equity}
          value={offer.terms.equity}
          asked={askOf('equity', offer.terms.equity)}
          currency={currency}
        />
      </div>
      {!!offer.terms.extras.length && (
        <ul className="extras">
          {offer.terms.extras.map((x) => (
            <li key={x.kind}>
              <strong>{x.label}</strong>: {money(x.amount)} a {x.per === 'once' ? 'one-off' : x.per}, while{' '}
              {x.condition} ({x.source})
            </li>
          ))}
        </ul>
      )}
      {offer.terms.signOn > 0 && <p>Sign-on bonus: {money(offer.terms.signOn)}</p>}
      {!!offer.log.length && (
        <ol className="negotiation" aria-live="polite">
          {offer.log.map((entry, i) => (
            <li key={i}>
              {entry.ask === 'competing' ? (
                <>
                  You named a competing offer of {money(entry.amount)}:{' '}
                  {entry.granted ? `the offer rose ${money(entry.granted)}` : 'the offer did not move'}
                </>
              ) : (
                <>
                  You asked for {money(entry.amount)} more {entry.ask === 'signOn' ? 'sign-on' : entry.ask}:{' '}
                  {entry.granted ? `granted ${money(entry.granted)}` : 'not granted'}
                </>
              )}
              {entry.firing && (
                <span className="reason">
                  {' '}
                  — <span className="rule">{entry.firing.rule}</span> {entry.firing.label}: {entry.firing.reason}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {offer.notice && (
        <p className="notice" role="status">
          {offer.notice}
        </p>
      )}
      {stage === 'drafting' && !offer.policy.comp.asksBeforeVerbal ? (
        <p className="muted">This committee takes asks only once the verbal offer is made.</p>
      ) : (
        <form
          className="ask"
          onSubmit={(e) => {
            e.preventDefault();
            send({ type: 'candidate.ask', ask: kind, amount });
            setConsidering(false);
          }}
        >
          <label>
            Ask for
            <select
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as AskKind);
                setConsidering(true);
              }}
            >
              {ASKS.map((a) => (
                <option key={a.kind} value={a.kind}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            How much more ({currency})
            <input
              type="number"
              min={1000}
              step={1000}
              value={amount}
              onChange={(e) => {
                setAmount(Math.max(0, Number(e.target.value)));
                setConsidering(true);
              }}
            />
          </label>
          <span className="muted">Now {money(current)}</span>
          <button type="submit" disabled={amount <= 0}>
            Ask
          </button>
        </form>
      )}
      {offer.error && (
        <p className="notice" role="status">
          {offer.error}
        </p>
      )}
      <form
        className="ask"
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'candidate.compete', amount: rival });
        }}
      >
        <label>
          A competing offer, first year ({currency})
          <input
            type="number"
            min={1000}
            step={1000}
            value={rival}
            onChange={(e) => setRival(Math.max(0, Number(e.target.value)))}
          />
        </label>
        <button type="submit" disabled={rival <= 0}>
          Name it
        </button>
      </form>
      {stage === 'extended' && deadline !== undefined && (
        <p className="muted">
          The verbal offer stands {deadline} days; {offer.waited} gone.{' '}
          <button type="button" onClick={() => send({ type: 'candidate.wait', days: 2 })}>
            Take two days to think
          </button>
        </p>
      )}
      <div className="actions">
        {stage === 'drafting' ? (
          <button type="button" className="primary" onClick={() => send({ type: 'offer.extend' })}>
            Hear the verbal offer
          </button>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => send({ type: 'candidate.accept' })}>
              Accept the offer
            </button>
            <button type="button" onClick={() => send({ type: 'candidate.decline' })}>
              Decline
            </button>
          </>
        )}
      </div>
    </section>
  );
}
