import type { ResolvedScenario } from '../../machines/content/resolve';
import { displayProse, levelName, titlesOf } from '../../machines/displayName';
import type { PlayReport } from '../../machines/engine/report';
import type { PlayEvent } from '../../machines/play/now';
import type { DebriefOutcome, RuleFiring, Scorecard } from '../../machines/rules/types';
import { barsFor } from '../../machines/policy/compile';
import { formatMoney } from '../../machines/format';
import { ScoreChart } from '../charts/ScoreChart';
import { DecisionBanner } from '../shared/DecisionBanner';
import { RuleLegend } from '../shared/RuleLegend';
import { AnswerCostRow } from './AnswerCostRow';
import { useAnswerCosts } from './useAnswerCosts';

interface Props {
  resolved: ResolvedScenario;
  report: PlayReport;
  packet: Scorecard[];
  outcome: DebriefOutcome | null;
  hold: RuleFiring | null;
  events: ReadonlyArray<PlayEvent>;
  /** The first run's result, when this run branched from it. */
  compare: { decisionLabel: string; steps: number } | null;
  /** Replay the events before `step`, then give `answer` there if one is named. */
  onReplayFrom: (step: number, answer?: string) => void;
  onExport: () => void;
}

/** The end of a play: the decision, the scores against the bar, what each answer cost, replay from any choice. */
export function EndScreen({ resolved, report, packet, outcome, hold, events, compare, onReplayFrom, onExport }: Props) {
  const money = (n: number) => formatMoney(n, resolved.pack.comp.currency);
  const answers = events
    .map((e, step) => ({ e, step }))
    .filter(
      (x): x is { e: Extract<PlayEvent, { type: 'candidate.answer' }>; step: number } =>
        x.e.type === 'candidate.answer',
    )
    .map(({ e, step }) => ({ step, id: e.option, ...resolved.options.get(e.option)! }));
  const choices = answers.map((a) => a.id);
  const costs = useAnswerCosts(resolved, choices);
  const deciding = answers.filter((a) => {
    const c = costs.get(a.id);
    return c && !(c instanceof Error) && c.decision.changed;
  });
  const pending = costs.size < answers.length;
  return (
    <section className="end" aria-label="How the play ended">
      <DecisionBanner
        label={report.decisionLabel}
        decision={report.decision}
        outcome={outcome}
        hold={hold}
        showLevel={resolved.scenario.makesOffer}
      />
      <RuleLegend policy={resolved.policy} />
      {compare && (
        <p className="compare">
          Your first run ended in <strong>{compare.decisionLabel}</strong>; this branch ends in{' '}
          <strong>{report.decisionLabel}</strong>.
        </p>
      )}
      {report.offer && (
        <p className="final-offer">
          Final offer at {levelName(report.offer.level)}: base {money(report.offer.base)}, bonus{' '}
          {money(report.offer.bonus)}, equity {money(report.offer.equity)}
          {report.offer.extras
            .map((x) => `, ${x.label.toLowerCase()} ${money(x.amount)}${x.per === 'once' ? ' one-off' : ` a ${x.per}`}`)
            .join('')}
          .{' '}
          {report.offer.outcome === 'expired'
            ? 'Lapsed: the offer deadline passed.'
            : report.offer.accepted
              ? 'Accepted.'
              : 'Declined.'}
        </p>
      )}
      {!!packet.length && (
        <>
          <h3>Scores per round</h3>
          <ScoreChart cards={packet} bar={barsFor(resolved.pack.committee, resolved.scenario.level).hire} />
        </>
      )}
      <h3 id="costs-heading">What each answer cost</h3>
      <p className="muted" aria-live="polite">
        Each answer's points on the interviewer's rubric, and what the same loop does with the stronger answer in its
        place, replayed through the committee.{' '}
        {pending
          ? `Working through your answers (${costs.size} of ${answers.length})…`
          : deciding.length
            ? `${deciding.length === 1 ? 'One answer' : `${deciding.length} answers`} on their own changed the decision.`
            : 'No single answer changed the decision on its own.'}
      </p>
      <ol className="costs" aria-labelledby="costs-heading">
        {answers.map(({ step, id, option, prompt, round }) => (
          <AnswerCostRow
            key={step}
            option={option}
            prompt={prompt}
            round={round}
            cost={costs.get(id)}
            onReplay={(answer) => onReplayFrom(step, answer)}
          />
        ))}
      </ol>
      <h3>What the real committee said</h3>
      <p className="summary">{displayProse(resolved.scenario.summary, titlesOf(resolved))}</p>
      <div className="actions no-print">
        <button type="button" onClick={onExport}>
          Export session (JSON)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print summary
        </button>
        <a className="button" href="#/">
          Back to the library
        </a>
      </div>
    </section>
  );
}
