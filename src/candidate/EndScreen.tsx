import type { ResolvedScenario } from '../../machines/content/resolve';
import type { PlayReport } from '../../machines/engine/report';
import type { SessionEvent } from '../../machines/engine/session';
import type { Scorecard } from '../../machines/rules/types';
import { ScoreChart } from '../charts/ScoreChart';
import { DecisionBanner } from './DecisionBanner';
import type { DebriefOutcome, RuleFiring } from '../../machines/rules/types';

interface Props {
  resolved: ResolvedScenario;
  report: PlayReport;
  packet: Scorecard[];
  outcome: DebriefOutcome | null;
  hold: RuleFiring | null;
  events: SessionEvent[];
  /** The first run's result, when this run branched from it. */
  compare: { decisionLabel: string; steps: number } | null;
  onReplayFrom: (step: number) => void;
  onExport: () => void;
}

const usd = (n: number) => n.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** The end of a play: the decision, the scores against the bar, what each weaker answer cost, replay from any choice. */
export function EndScreen({ resolved, report, packet, outcome, hold, events, compare, onReplayFrom, onExport }: Props) {
  const answers = events
    .map((e, step) => ({ e, step }))
    .filter((x): x is { e: Extract<SessionEvent, { type: 'candidate.answer' }>; step: number } => x.e.type === 'candidate.answer')
    .map(({ e, step }) => ({ step, ...resolved.options.get(e.option)! }));
  return (
    <section className="end" aria-labelledby="decision-heading">
      <DecisionBanner label={report.decisionLabel} decision={report.decision} outcome={outcome} hold={hold} showLevel={resolved.scenario.makesOffer} />
      {compare && (
        <p className="compare">Your first run ended in <strong>{compare.decisionLabel}</strong>; this branch ends in <strong>{report.decisionLabel}</strong>.</p>
      )}
      {report.offer && (
        <p className="final-offer">
          Final offer at {report.offer.level}: base {usd(report.offer.base)}, bonus {usd(report.offer.bonus)}, equity {usd(report.offer.equity)}
          {report.offer.extras.map((x) => `, ${x.label.toLowerCase()} ${usd(x.amount)} a ${x.per}`).join('')}. {report.offer.accepted ? 'Accepted.' : 'Declined.'}
        </p>
      )}
      {!!packet.length && (
        <>
          <h3>Scores per round</h3>
          <ScoreChart cards={packet} bar={resolved.pack.committee.hireAt} />
        </>
      )}
      <h3>What each answer cost</h3>
      <ol className="costs">
        {answers.map(({ step, option, prompt, round }) => (
          <li key={step} className={option.coach ? 'cost' : 'fine'}>
            <p className="muted">{round.title} · {prompt.text}</p>
            <p className="says">{option.text}</p>
            <p><span className="label">Scorecard</span> {option.note}</p>
            {option.coach && <p className="coach"><span className="label">The stronger answer</span> {option.coach}</p>}
            <button type="button" className="link" onClick={() => onReplayFrom(step)}>Replay from here</button>
          </li>
        ))}
      </ol>
      <h3>What the real committee said</h3>
      <p className="summary">{resolved.scenario.summary}</p>
      <div className="actions no-print">
        <button type="button" onClick={onExport}>Export session (JSON)</button>
        <button type="button" onClick={() => window.print()}>Print summary</button>
        <a className="button" href="#/">Back to the library</a>
      </div>
    </section>
  );
}
