import type { Policy } from '../../machines/policy/compile';

/** Every rule of this scenario's committee by id and name, with what it does: the legend for every rule id on screen. */
export function RuleLegend({ policy }: { policy: Policy }) {
  const rules = policy.rules.filter((r) => r.enabled);
  if (!rules.length) return null;
  return (
    <details className="rule-legend">
      <summary>The rules in this loop ({rules.length})</summary>
      <dl>
        {rules.map((r) => (
          <div key={r.id}>
            <dt>
              <span className="rule">{r.id}</span> {r.label}
            </dt>
            <dd>{r.impl.summary}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
