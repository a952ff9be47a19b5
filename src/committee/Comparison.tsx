import type { ResolvedScenario } from '../../machines/content/resolve';
import { displayProse, titlesOf } from '../../machines/displayName';
import type { PlayReport } from '../../machines/engine/report';
import type { DebriefOutcome } from '../../machines/rules/types';
import { outcomeHeadline } from '../../machines/policy/ladder';
import { recommendationLabel } from '../../machines/format';

interface Props {
  resolved: ResolvedScenario;
  real: PlayReport;
  yours: DebriefOutcome;
  seat: string;
  /** Where the packet is not the recorded one: what the committee decides on it with no one in the seat. */
  packetVerdict: DebriefOutcome | null;
}

/** Your committee beside the real one: the decisions, the rules that fired, and your seat's vote on both. */
export function Comparison({ resolved, real, yours, seat, packetVerdict }: Props) {
  const label = (o: { decision: DebriefOutcome['decision'] | PlayReport['decision']; level: string | null }) =>
    outcomeHeadline(o.decision, o.level, resolved.scenario);
  const mine = yours.votes.find((v) => v.member === seat);
  const theirs = (packetVerdict?.votes ?? real.votes).find((v) => v.member === seat);
  const other = packetVerdict ?? real;
  const same = other.decision === yours.decision && other.level === yours.level;
  const offerRules = new Set(resolved.policy.rules.filter((r) => r.impl.phase === 'offer').map((r) => r.id));
  return (
    <section className="end" aria-labelledby="compare-heading">
      <h2 id="compare-heading">
        {packetVerdict
          ? same
            ? 'The committee would decide the same on this packet without you'
            : 'Without you, the committee would decide differently on this packet'
          : same
            ? 'You reached the same decision as the real committee'
            : 'The real committee decided differently'}
      </h2>
      {packetVerdict && (
        <p className="muted">
          This packet is not the recorded one, so it is compared with the committee's own verdict on it; the real
          committee saw the recorded answers.
        </p>
      )}
      <div className="compare-grid">
        <section>
          <h3>Your committee: {label(yours)}</h3>
          <p>Consensus {yours.consensus}.</p>
          <ul>
            {yours.rulesFired.map((f, i) => (
              <li key={i}>
                <span className="rule">{f.rule}</span> {f.label} — {f.by}: {f.reason}
              </li>
            ))}
          </ul>
          {mine && (
            <p>
              You voted <strong>{recommendationLabel(mine.recommendation)}</strong>.
            </p>
          )}
        </section>
        <section>
          <h3>
            {packetVerdict ? 'Without you' : 'The real committee'}: {label(other)}
          </h3>
          <p>Consensus {other.consensus}.</p>
          <ul>
            {other.rulesFired
              .filter((f) => !offerRules.has(f.rule))
              .map((f, i) => (
                <li key={i}>
                  <span className="rule">{f.rule}</span> {f.label} — {f.by}: {f.reason}
                </li>
              ))}
          </ul>
          {theirs && (
            <p>
              In your seat, {theirs.name} voted <strong>{recommendationLabel(theirs.recommendation)}</strong>:{' '}
              {theirs.reason}.
            </p>
          )}
        </section>
      </div>
      <h3>Why they decided so</h3>
      <p className="summary">{displayProse(resolved.scenario.summary, titlesOf(resolved))}</p>
      <p>
        <a className="button" href="#/">
          Back to the library
        </a>
      </p>
    </section>
  );
}
