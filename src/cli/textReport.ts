import type { PlayReport } from '../../machines/engine/report';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { formatMoney as money } from '../../machines/format';

/** The play report as a coach reads it in a terminal: rounds, scorecards, debrief, decision, offer. */
export function textReport(report: PlayReport, resolved: ResolvedScenario): string {
  const s = resolved.scenario;
  const lines: string[] = [];
  const rule = (title: string) => lines.push('', `── ${title} ${'─'.repeat(Math.max(3, 68 - title.length))}`);
  lines.push(
    `${s.title}  [${s.id}]`,
    `${s.role}, ${s.level} · pack ${s.pack} · path ${report.path}`,
    `Teaches: ${s.teaches}`,
  );

  for (const card of report.packet) {
    const round = resolved.rounds.find((r) => r.id === card.round)!;
    rule(`Day ${round.day} · ${round.title} with ${round.interviewer.name} (${round.interviewer.role})`);
    for (const t of report.transcript.filter((x) => x.round === round.title)) {
      lines.push(`${t.probe ? '  ↳ probe: ' : '  Q: '}${t.promptText}`, `     A: ${t.answer}`);
    }
    const scores = Object.entries(card.scores)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ');
    lines.push(
      `  Scorecard: ${scores} → overall ${card.overall}, ${card.recommendation}${card.reliability !== null ? `, reliability ${card.reliability}/10` : ''}`,
    );
    for (const [dim, text] of Object.entries(card.narratives)) lines.push(`  Narrative (${dim}): ${text}`);
    for (const note of card.notes) lines.push(`  - ${note}`);
  }

  if (report.votes.length) {
    rule('Debrief');
    for (const v of report.votes) {
      lines.push(`  ${v.name} (${v.role}): ${v.recommendation}, ${v.score} → calibrated ${v.calibrated}  ${v.reason}`);
    }
    lines.push(`  Consensus (calibrated mean): ${report.consensus}`);
  }
  // An offer that lapsed ends on the deadline's firing: the offer's, not the committee's.
  const lapse = report.offer?.outcome === 'expired' ? report.rulesFired.at(-1) : undefined;
  const committeeRules = report.rulesFired.filter(
    (f) => f !== lapse && !report.negotiation.some((n) => n.firing === f),
  );
  rule(
    `Decision: ${report.decisionLabel.toUpperCase()}${report.level ? ` at ${report.level}` : ''} · day ${report.days}`,
  );
  if (!committeeRules.length) lines.push('  No committee rule fired: the calibrated scores decided.');
  for (const f of committeeRules) lines.push(`  ${f.rule} fired by ${f.by}: ${f.reason}`);

  if (report.offer) {
    const o = report.offer;
    const cash = (n: number) => money(n, o.currency);
    rule(`Offer · ${o.level}`);
    for (const n of report.negotiation) {
      const why = n.firing ? ` (${n.firing.rule}: ${n.firing.reason})` : '';
      lines.push(
        n.ask === 'competing'
          ? `  Named a competing offer of ${cash(n.amount)}: ${n.firing ? `raised ${cash(n.granted)}${why}` : 'no rule of this pack meets a competing offer; the offer stands'}`
          : `  Asked ${cash(n.amount)} more ${n.ask}: granted ${cash(n.granted)}${why}`,
      );
    }
    lines.push(`  Base ${cash(o.base)} · bonus ${cash(o.bonus)} · equity ${cash(o.equity)}`);
    for (const e of o.extras) lines.push(`  + ${e.label}: ${cash(e.amount)} per ${e.per} while ${e.condition}`);
    lines.push(
      o.outcome === 'expired'
        ? `  Lapsed${lapse ? ` (${lapse.rule}: ${lapse.reason})` : ''}.`
        : `  ${o.accepted ? 'Accepted' : 'Declined'}.`,
    );
  } else lines.push('  No offer.');
  rule('What the committee said');
  lines.push(`  ${s.summary}`);
  return lines.join('\n');
}
