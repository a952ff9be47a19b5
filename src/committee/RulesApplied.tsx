import type { RuleCheck } from '../../machines/policy/kernel';

/** Each committee rule with what it would do on this packet: off in this loop, quiet, or firing and why. */
export function RulesApplied({ checks }: { checks: RuleCheck[] }) {
  return (
    <ul className="rules-applied">
      {checks.map(({ rule, firing }) => (
        <li key={rule.id} className={!rule.enabled ? 'off' : firing ? 'fires' : 'quiet'}>
          <span className="rule">{rule.id}</span> {rule.label}:{' '}
          {!rule.enabled ? (
            'switched off for this scenario'
          ) : firing ? (
            <>
              fires — {firing.by}: {firing.reason}
            </>
          ) : (
            'does not fire on this packet'
          )}
        </li>
      ))}
    </ul>
  );
}
