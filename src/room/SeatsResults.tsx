import type { SeatsView } from './seatsProtocol';
import { hrefFor } from '../shared/router';

const pc = (x: number) => `${Math.round(x * 100)} %`;

/**
 * What the room's committees decided, beside the real committee and the lab: one committee's
 * decision and rules side by side with the real one's, or for parallel committees how many reached
 * each decision, which rules fired where, and the share of the lab's noisy committees for each.
 */
export function SeatsResults({ seats }: { seats: SeatsView }) {
  const r = seats.results!;
  const n = r.committees.length;
  const recordedRules = r.recorded.rules.map((f) => f.label).join('; ');
  return (
    <div className="seats-results">
      <div className="seats-side">
        <section aria-label="The room's committees">
          <h2>{n > 1 ? `${n} committees of the room` : "The room's committee"}</h2>
          {n > 1 && (
            <p className="seats-summary">{r.decisions.map((d) => `${d.count} ${d.label.toLowerCase()}`).join(' · ')}</p>
          )}
          <ol className="seats-committees">
            {r.committees.map((c) => (
              <li key={c.committee}>
                <strong>
                  {n > 1 ? `Committee ${c.committee + 1}: ` : ''}
                  {c.label}
                </strong>
                {c.consensus !== null && <span className="seats-muted"> · consensus {c.consensus.toFixed(2)}</span>}
                <br />
                <span className="seats-votes">
                  {c.seats.map((s) => `${s.name} ${shortVote(seats, s.vote, s.revised)}`).join(' · ')}
                </span>
                <br />
                <span className="seats-rules">
                  {c.rules.length
                    ? // One committee has the room to say who fired each rule and why; several list the names.
                      c.rules.map((f) => (n > 1 ? f.label : `${f.label}, fired by ${f.by}: ${f.reason}`)).join('; ')
                    : 'no rule fired: the calibrated votes decided'}
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-label="The real committee" className="seats-real">
          <h2>The real committee</h2>
          <p>
            <strong>{r.recorded.label}</strong>
            <br />
            <span className="seats-rules">{recordedRules || 'no rule fired: the calibrated votes decided'}</span>
          </p>
          {n > 1 && r.rules.length > 0 && (
            <>
              <h3>Rules that fired in the room</h3>
              <ul>
                {r.rules.map((f) => (
                  <li key={f.rule}>
                    {f.label}: {f.count} of {n} committees
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.lab && (
            <>
              <h3>The lab: {r.lab.n.toLocaleString('en')} noisy committees</h3>
              <p>
                {r.lab.decisions.map((d) => `${d.label} ${pc(d.share)}`).join(' · ')}
                {r.lab.rules
                  .filter((f) => f.share > 0)
                  .map((f) => (
                    <span key={f.rule}>
                      <br />
                      {f.label} fired in {pc(f.share)}
                    </span>
                  ))}
              </p>
              <p>
                <a
                  href={hrefFor({ name: 'lab', id: r.lab.scenario, query: r.lab.query })}
                  target="_blank"
                  rel="noreferrer"
                >
                  Open the lab on this scenario
                </a>
              </p>
            </>
          )}
        </section>
      </div>
    </div>
  );
}

/** A seat's vote as the results show it: the sealed vote, and the revision when it changed. */
function shortVote(seats: SeatsView, vote: string | null, revised: string | null) {
  const text = (id: string | null) => seats.recommendations.find((r) => r.id === id)?.text.toLowerCase() ?? '—';
  if (!vote) return "(empty: its own scorecard's vote)";
  return revised && revised !== vote ? `${text(vote)} → ${text(revised)}` : text(vote);
}
