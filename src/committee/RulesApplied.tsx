import type { RuleCheck } from '../../machines/rules/ruleChecks';

/** Each committee rule with what it would do on this packet: off in this loop, quiet, or firing and why. */
export function RulesApplied({ checks }: { checks: RuleCheck[] }) {
  return (
    <ul className="rules-applied">
      {checks.map((c) => (
        <li key={c.rule} className={!c.enabled ? 'off' : c.firing ? 'fires' : 'quiet'}>
          <span className="rule">{c.rule}</span> {c.name}:{' '}
          {!c.enabled ? 'not a rule in this loop' : c.firing ? <>fires — {c.firing.by}: {c.firing.reason}</> : 'does not fire on this packet'}
        </li>
      ))}
    </ul>
  );
}
