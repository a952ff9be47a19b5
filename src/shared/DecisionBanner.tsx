import type { DebriefOutcome, RuleFiring } from '../../machines/rules/types';
import type { Decision } from '../../machines/content/schema';
import { outcomeHeadline } from '../../machines/policy/ladder';

interface Props {
  label: string;
  decision: string;
  outcome: DebriefOutcome | null;
  hold: RuleFiring | null;
  /** False in a review (A04): the level is not part of the outcome there. */
  showLevel?: boolean;
}

/** The committee's decision with every rule that fired, who fired it and why. */
export function DecisionBanner({ label, decision, outcome, hold, showLevel = true }: Props) {
  const firings = [...(hold ? [hold] : []), ...(outcome?.rulesFired ?? [])];
  return (
    <section className={`decision ${decision}`} aria-live="assertive" aria-labelledby="decision-heading">
      <p className="eyebrow">The committee decided</p>
      <h2 id="decision-heading">
        {outcomeHeadline(decision as Decision, outcome?.level ?? null, {
          decisionLabels: { [decision]: label },
          makesOffer: showLevel,
        })}
      </h2>
      {outcome && outcome.consensus !== null && <p className="muted">Calibrated consensus {outcome.consensus}</p>}
      {firings.length ? (
        <ul className="firings">
          {firings.map((f, i) => (
            <li key={i}>
              <span className="rule">{f.rule}</span> {f.label}, fired by {f.by}: {f.reason}
            </li>
          ))}
        </ul>
      ) : (
        outcome && <p>No committee rule fired: the calibrated scores decided.</p>
      )}
    </section>
  );
}
