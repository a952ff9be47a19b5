import type { ResolvedScenario } from '../../machines/content/resolve';
import type { PlayReport } from '../../machines/engine/report';
import { DECISION_LABELS } from '../../machines/engine/report';
import type { DebriefOutcome } from '../../machines/rules/types';

interface Props {
  resolved: ResolvedScenario;
  real: PlayReport;
  yours: DebriefOutcome;
  seat: string;
}

/** Your committee beside the real one: the decisions, the rules that fired, and your seat's vote on both. */
export function Comparison({ resolved, real, yours, seat }: Props) {
  const label = (d: string) => (resolved.scenario.decisionLabels as Record<string, string>)[d] ?? DECISION_LABELS[d as keyof typeof DECISION_LABELS];
  const mine = yours.votes.find((v) => v.member === seat);
  const theirs = real.votes.find((v) => v.member === seat);
  const same = real.decision === yours.decision;
  return (
    <section className="end" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{same ? 'You reached the same decision as the real committee' : 'The real committee decided differently'}</h2>
      <div className="compare-grid">
        <section>
          <h3>Your committee: {label(yours.decision)}</h3>
          <p>Consensus {yours.consensus}.</p>
          <ul>{yours.rulesFired.map((f, i) => <li key={i}><span className="rule">{f.rule}</span> {f.by}: {f.reason}</li>)}</ul>
          {mine && <p>You voted <strong>{mine.recommendation.replace('_', ' ')}</strong>.</p>}
        </section>
        <section>
          <h3>The real committee: {label(real.decision)}</h3>
          <p>Consensus {real.consensus}.</p>
          <ul>{real.rulesFired.filter((f) => /^V/.test(f.rule)).map((f, i) => <li key={i}><span className="rule">{f.rule}</span> {f.by}: {f.reason}</li>)}</ul>
          {theirs && <p>In your seat, {theirs.name} voted <strong>{theirs.recommendation.replace('_', ' ')}</strong>: {theirs.reason}.</p>}
        </section>
      </div>
      <h3>Why they decided so</h3>
      <p className="summary">{resolved.scenario.summary}</p>
      <p><a className="button" href="#/">Back to the library</a></p>
    </section>
  );
}
