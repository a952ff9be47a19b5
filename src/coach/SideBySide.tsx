import type { ResolvedScenario } from '../../machines/content/resolve';
import { levelName } from '../../machines/displayName';
import type { PlayReport, TranscriptEntry } from '../../machines/engine/report';
import { formatMoney, recommendationLabel } from '../../machines/format';
import { useName } from '../shared/names';
import { pathLine, pathTitle } from './pathNames';

interface Column {
  name: string;
  report: PlayReport;
}

/** The index of the first answer where two paths part ways, or -1 if they never do. */
function divergence(a: PlayReport, b: PlayReport): number {
  const n = Math.max(a.transcript.length, b.transcript.length);
  for (let i = 0; i < n; i++) if (a.transcript[i]?.option !== b.transcript[i]?.option) return i;
  return -1;
}

/** Two paths in two columns, round by round: where they part, and every difference after it. */
export function SideBySide({ resolved, left, right }: { resolved: ResolvedScenario; left: Column; right: Column }) {
  const name = useName();
  const money = (n: number) => formatMoney(n, resolved.pack.comp.currency);
  const split = divergence(left.report, right.report);
  const splitId = split >= 0 ? (left.report.transcript[split] ?? right.report.transcript[split])!.prompt : null;
  const indexed = (r: PlayReport) => r.transcript.map((t, i) => ({ ...t, i }));
  const rulesOf = (r: PlayReport) => new Set(r.rulesFired.map((f) => f.rule));
  // Answers are matched by prompt, not by position: after the paths part, a follow-up asked on one
  // side only shifts every later index, and comparing by index marked nearly everything as different.
  const answersOf = (r: PlayReport) => new Map(r.transcript.map((t) => [t.prompt, t.option]));
  const answers = [answersOf(left.report), answersOf(right.report)];
  const [lr, rr] = [rulesOf(left.report), rulesOf(right.report)];
  return (
    <div className="side-by-side">
      <p className="muted" aria-live="polite">
        {split < 0
          ? 'These two paths give the same answers throughout.'
          : `They part at answer ${split + 1}: “${(left.report.transcript[split] ?? right.report.transcript[split])!.promptText}”`}
      </p>
      <div className="sbs-columns sbs-heads">
        {[left, right].map((col, side) => (
          <div key={side} className="sbs-col">
            <h2>{pathTitle(col.name)}</h2>
            <p className="muted">{pathLine(resolved, col.name)}</p>
          </div>
        ))}
      </div>
      {resolved.rounds.map((round) => {
        const cards = [left, right].map((c) => c.report.packet.find((p) => p.round === round.id));
        return (
          <section key={round.id} className="sbs-round" aria-label={round.title}>
            <h3>
              {round.title} <span className="muted">· {round.interviewer.name}</span>
            </h3>
            <div className="sbs-columns">
              {[left, right].map((col, side) => {
                const otherAnswers = answers[1 - side]!;
                const card = cards[side];
                const otherCard = cards[1 - side];
                return (
                  <div key={side} className="sbs-col">
                    <ol className="sbs-answers">
                      {indexed(col.report)
                        .filter((t) => t.round === round.title)
                        .map((t: TranscriptEntry & { i: number }) => (
                          <li
                            key={t.i}
                            className={
                              [
                                t.prompt === splitId && t.i === split ? 'split' : '',
                                otherAnswers.get(t.prompt) !== t.option ? 'differs' : '',
                              ]
                                .join(' ')
                                .trim() || undefined
                            }
                          >
                            {t.prompt === splitId && t.i === split && (
                              <span className="split-tag">Paths part here</span>
                            )}
                            {!otherAnswers.has(t.prompt) && <span className="only-tag">Asked on this path only</span>}
                            <p className="asks">{t.promptText}</p>
                            <p className="says">{t.answer}</p>
                            <p className="muted">{t.note}</p>
                          </li>
                        ))}
                    </ol>
                    {card && (
                      <dl className="dims">
                        {Object.entries(card.scores).map(([dim, score]) => (
                          <div
                            key={dim}
                            className={otherCard && otherCard.scores[dim] !== score ? 'changed' : undefined}
                          >
                            <dt>{name(dim)}</dt>
                            <dd>{score}</dd>
                          </div>
                        ))}
                        <div className={otherCard && otherCard.overall !== card.overall ? 'changed' : undefined}>
                          <dt>overall</dt>
                          <dd>
                            {card.overall} ({recommendationLabel(card.recommendation)})
                          </dd>
                        </div>
                        {card.reliability !== null && (
                          <div className={otherCard?.reliability !== card.reliability ? 'changed' : undefined}>
                            <dt>reliability</dt>
                            <dd>{card.reliability}/10</dd>
                          </div>
                        )}
                      </dl>
                    )}
                    {!!card?.flags.length && (
                      <p className={`flags ${card.flags.join() !== otherCard?.flags.join() ? 'changed' : ''}`}>
                        Flags: {card.flags.map(name).join(', ')}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
      <section className="sbs-round" aria-label="Outcomes">
        <h3>Outcome</h3>
        <div className="sbs-columns">
          {[left, right].map((col, side) => (
            <div key={side} className="sbs-col">
              <p className={`sbs-decision ${col.report.decision}`}>
                <strong>{col.report.decisionLabel}</strong>
                {col.report.consensus !== null ? ` · consensus ${col.report.consensus}` : ''}
              </p>
              <ul>
                {col.report.rulesFired.map((f, i) => (
                  <li key={i} className={(side ? lr : rr).has(f.rule) ? undefined : 'changed'}>
                    <span className="rule">{f.rule}</span> {f.reason}
                  </li>
                ))}
              </ul>
              {col.report.offer && (
                <p>
                  Offer at {levelName(col.report.offer.level)}: base {money(col.report.offer.base)}
                  {col.report.offer.accepted ? ', accepted' : ', declined'}
                </p>
              )}
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
