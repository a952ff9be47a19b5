import type { RoomReport } from './protocol';

const LETTERS = 'ABCDEFGH';

/** The printed handout: every step the room played, its tally beside what happened. */
export function Handout({ report }: { report: RoomReport }) {
  return (
    <section className="handout print-only" aria-hidden="true">
      <h1>{report.title}</h1>
      <p>
        Room {report.code} · {report.participants} participants ·{' '}
        {report.mode === 'path' ? 'the room answered for the candidate' : 'the room sat as the committee'}
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
    </section>
  );
}
