import type { RoomReport } from './protocol';
import { iccSummary } from './IccChart';

const LETTERS = 'ABCDEFGH';

/** The printed handout: every step the room played, its tally beside what happened. */
export function Handout({ report }: { report: RoomReport }) {
  return (
    <section className="handout print-only" aria-hidden="true">
      <h1>{report.title}</h1>
      <p>
        Room {report.code} · {report.participants} participants ·{' '}
        {report.mode === 'path'
          ? 'the room answered for the candidate'
          : report.mode === 'committee'
            ? 'the room sat as the committee'
            : report.mode === 'seats'
              ? "each person in a member's seat"
              : 'calibration exercise'}
      </p>
      {report.removed.length > 0 && (
        <p>
          Removed by the facilitator:{' '}
          {report.removed.map((r) => `${r.name} (${r.votes} votes left the tallies)`).join(', ')}.
        </p>
      )}
      {report.steps
        .filter((s) => s.options.length)
        .map((s) => (
          <div key={s.id} className="handout-item">
            <h2>
              {s.position}. {s.heading}: {s.text}
              {s.superseded && <em> (superseded: an earlier answer changed)</em>}
            </h2>
            <ol>
              {s.options.map((o, i) => (
                <li key={o.id}>
                  {s.kind === 'prompt' ? `${LETTERS[i]}. ` : ''}
                  {o.text} <strong>· room {o.votes}</strong>
                  {o.id === s.recorded && (
                    <em> · {s.kind === 'prompt' ? 'what the candidate said' : 'what the committee decided'}</em>
                  )}
                  {o.id === s.winner && <em> · the room's answer</em>}
                  {o.id === s.tiebreak && <em> · the facilitator's tie-break</em>}
                </li>
              ))}
            </ol>
            {s.outcome && (
              <p>
                The room's path: {s.outcome.label}. The real committee: {s.outcome.recordedLabel}.
              </p>
            )}
            {s.committee && (
              <p>
                Committee:{' '}
                {s.committee.votes.map((v) => `${v.name} ${v.recommendation} (${v.calibrated.toFixed(1)})`).join(', ')};
                consensus {s.committee.consensus?.toFixed(2) ?? '—'}; {s.vetoes} in the room would veto.
              </p>
            )}
          </div>
        ))}
      {report.exercise && <ExerciseHandout exercise={report.exercise} />}
      {report.seats && <SeatsHandout seats={report.seats} />}
    </section>
  );
}

/** The exercise's figures on the handout: each pass's ICCs with their intervals, and how many rated. */
function ExerciseHandout({ exercise }: { exercise: NonNullable<RoomReport['exercise']> }) {
  const answers = new Set(exercise.ratings.map((r) => r.answer)).size;
  return (
    <div className="handout-item">
      <h2>Calibration exercise: {answers} answers scored on the rubric</h2>
      <p>{iccSummary(exercise.icc)}.</p>
      <p>
        For comparison, interviewers agree at about .44 in separate interviews and .74 on panels (Huffcutt, Culbertson
        &amp; Weyhrauch, 2013). Intervals are 95 % (Shrout &amp; Fleiss, 1979; McGraw &amp; Wong, 1996).
      </p>
    </div>
  );
}

/** Each committee's decision, the rules that fired and its votes (sealed → revised), beside the real committee. */
function SeatsHandout({ seats }: { seats: NonNullable<RoomReport['seats']> }) {
  return (
    <div className="handout-item">
      <h2>
        {seats.committees.length} {seats.committees.length === 1 ? 'committee' : 'committees'} in seats
        {seats.decided ? '' : ' (not decided yet: what the rules would decide on the votes in)'}
      </h2>
      <ol>
        {seats.committees.map((c) => (
          <li key={c.committee}>
            <strong>{c.label}</strong>
            {c.rules.length ? ` (${c.rules.map((f) => f.label).join('; ')})` : ''}:{' '}
            {c.votes
              .map((v) => `${v.seat} ${v.vote ?? '—'}${v.revised && v.revised !== v.vote ? ` → ${v.revised}` : ''}`)
              .join(', ')}
          </li>
        ))}
      </ol>
      <p>
        The real committee: {seats.recorded.label}
        {seats.recorded.rules.length ? ` (${seats.recorded.rules.map((f) => f.label).join('; ')})` : ''}.
      </p>
    </div>
  );
}
