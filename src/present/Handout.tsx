import type { ResolvedScenario } from '../../machines/content/resolve';
import { decidingFirings } from '../../machines/policy/kernel';
import type { PlayReport } from '../../machines/engine/report';
import type { PresenterState, Slide } from './deck';

/** The printable handout: every question with the room's votes beside what happened, the decision, the lesson. */
export function Handout({
  resolved,
  report,
  deck,
  state,
}: {
  resolved: ResolvedScenario;
  report: PlayReport;
  deck: Slide[];
  state: PresenterState;
}) {
  return (
    <section className="handout print-only" aria-hidden="true">
      <h1>{resolved.scenario.title}</h1>
      <p>{resolved.scenario.teaches}</p>
      {deck.map((slide) =>
        slide.kind === 'prompt' ? (
          <div key={slide.id} className="handout-item">
            <h2>
              {slide.entry.round}: {slide.entry.promptText}
            </h2>
            <ol>
              {slide.choices.map((c) => (
                <li key={c.id}>
                  {c.text} <strong>· room {state.tally[slide.id]?.[c.id] ?? 0}</strong>
                  {c.id === slide.entry.option && (
                    <em>
                      {' '}
                      · what {resolved.scenario.candidate.name} said ({c.note})
                    </em>
                  )}
                  {c.coach && <div className="muted">Stronger: {c.coach}</div>}
                </li>
              ))}
            </ol>
          </div>
        ) : null,
      )}
      <h2>The committee decided: {report.decisionLabel}</h2>
      <ul>
        {decidingFirings(resolved.policy, report.rulesFired).map((f, i) => (
          <li key={i}>
            {f.rule}: {f.reason}
          </li>
        ))}
      </ul>
      <p>{resolved.scenario.summary}</p>
    </section>
  );
}
