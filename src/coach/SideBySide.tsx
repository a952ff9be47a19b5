import type { ResolvedScenario } from '../../machines/content/resolve';
import type { PlayReport, TranscriptEntry } from '../../machines/engine/report';

interface Column {
  name: string;
  report: PlayReport;
}

/** The index of the first answer where two paths part ways, or -1 if they never do. */
export function divergence(a: PlayReport, b: PlayReport): number {
  const n = Math.max(a.transcript.length, b.transcript.length);
  for (let i = 0; i < n; i++) if (a.transcript[i]?.option !== b.transcript[i]?.option) return i;
  return -1;
}

/** Two paths in two columns, round by round: where they part, and every difference after it. */
export function SideBySide({ resolved, left, right }: { resolved: ResolvedScenario; left: Column; right: Column }) {
  const split = divergence(left.report, right.report);
  const splitId = split >= 0 ? (left.report.transcript[split] ?? right.report.transcript[split])!.prompt : null;
  const indexed = (r: PlayReport) => r.transcript.map((t, i) => ({ ...t, i }));
  const rulesOf = (r: PlayReport) => new Set(r.rulesFired.map((f) => f.rule));
  const [lr, rr] = [rulesOf(left.report), rulesOf(right.report)];
  return (
    <div className="side-by-side">
      <p className="muted" aria-live="polite">
        {split < 0 ? 'These two paths give the same answers throughout.' : `They part at answer ${split + 1}: “${(left.report.transcript[split] ?? right.report.transcript[split])!.promptText}”`}
      </p>
      {resolved.rounds.map((round) => {
        const cards = [left, right].map((c) => c.report.packet.find((p) => p.round === round.id));
        return (
          <section key={round.id} className="sbs-round" aria-label={round.title}>
            <h3>{round.title} <span className="muted">· {round.interviewer.name}</span></h3>
            <div className="sbs-columns">
              {[left, right].map((col, side) => {
                const other = side ? left : right;
                const card = cards[side];
                const otherCard = cards[1 - side];
                return (
                  <div key={col.name} className="sbs-col">
                    <ol className="sbs-answers">
                      {indexed(col.report).filter((t) => t.round === round.title).map((t: TranscriptEntry & { i: number }) => (
                        <li key={t.i} className={[t.prompt === splitId && t.i === split ? 'split' : '', other.report.transcript[t.i]?.option !== t.option ? 'differs' : ''].join(' ')}>
                          {t.prompt === splitId && t.i === split && <span className="split-tag">Paths part here</span>}
                          <p className="asks">{t.promptText}</p>
                          <p className="says">{t.answer}</p>
                          <p className="muted">{t.note}</p>
                        </li>
                      ))}
                    </ol>
                    {card && (
                      <dl className="dims">
                        {Object.entries(card.scores).map(([dim, score]) => (
                          <div key={dim} className={otherCard && otherCard.scores[dim] !== score ? 'changed' : undefined}>
                            <dt>{dim.replace(/-/g, ' ')}</dt>
                            <dd>{score}</dd>
                          </div>
                        ))}
                        <div className={otherCard && otherCard.overall !== card.overall ? 'changed' : undefined}><dt>overall</dt><dd>{card.overall} ({card.recommendation.replace('_', ' ')})</dd></div>
                        {card.reliability !== null && <div className={otherCard?.reliability !== card.reliability ? 'changed' : undefined}><dt>reliability</dt><dd>{card.reliability}/10</dd></div>}
                      </dl>
                    )}
                    {!!card?.flags.length && <p className={`flags ${card.flags.join() !== otherCard?.flags.join() ? 'changed' : ''}`}>Flags: {card.flags.join(', ')}</p>}
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
            <div key={col.name} className="sbs-col">
              <p className={`sbs-decision ${col.report.decision}`}><strong>{col.report.decisionLabel}</strong>{col.report.consensus !== null ? ` · consensus ${col.report.consensus}` : ''}</p>
              <ul>
                {col.report.rulesFired.map((f, i) => (
                  <li key={i} className={(side ? lr : rr).has(f.rule) ? undefined : 'changed'}><span className="rule">{f.rule}</span> {f.reason}</li>
                ))}
              </ul>
              {col.report.offer && <p>Offer at {col.report.offer.level}: base ${col.report.offer.base.toLocaleString('en-US')}{col.report.offer.accepted ? ', accepted' : ', declined'}</p>}
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
