import type { SeatsView } from './seatsProtocol';
import { hrefFor } from '../shared/router';

type Results = NonNullable<SeatsView['results']>;

const pc = (x: number) => `${Math.round(x * 100)} %`;
const NO_RULE = 'no rule fired: the calibrated votes decided';

/**
 * What the room's committees decided, beside the real committee and the lab: one committee's
 * decision, with who fired each rule and why, side by side with the real one's; or, for parallel
 * committees, how many reached each decision beside the share of the lab's noisy committees, each
 * committee's decision and rules, and which rules fired in how many.
 */
export function SeatsResults({ seats }: { seats: SeatsView }) {
  const r = seats.results!;
  const n = r.committees.length;
  return (
    <div className="seats-results">
      <div className="seats-side">
        <section aria-label="The room's committees">
          <h2>{n > 1 ? `${n} committees of the room` : "The room's committee"}</h2>
          {n > 1 && <Compare r={r} />}
          {/* Many committees fit the screen several to a row, each with its decision and rules, without the seat-by-seat votes. */}
          <ol
            className={
              n > 8 ? 'seats-committees compact three' : n > 3 ? 'seats-committees compact' : 'seats-committees'
            }
          >
            {r.committees.map((c) => (
              <li key={c.committee}>
                <strong>
                  {n > 1 ? `Committee ${c.committee + 1}: ` : ''}
                  {c.label}
                </strong>
                {n <= 3 && (
                  <>
                    {c.consensus !== null && <span className="seats-muted"> · consensus {c.consensus.toFixed(2)}</span>}
                    <br />
                    <span className="seats-votes">
                      {c.seats.map((s) => `${s.name} ${shortVote(seats, s.vote, s.revised)}`).join(' · ')}
                    </span>
                  </>
                )}
                {(n <= 3 || c.rules.length > 0) && (
                  <>
                    <br />
                    <span className="seats-rules">
                      {c.rules.length
                        ? c.rules.map((f) => (n > 1 ? f.label : `${f.label}, fired by ${f.by}: ${f.reason}`)).join('; ')
                        : NO_RULE}
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
        <section aria-label="The real committee" className="seats-real">
          <h2>The real committee</h2>
          <p>
            <strong>{r.recorded.label}</strong>
            <br />
            <span className="seats-rules">{r.recorded.rules.map((f) => f.label).join('; ') || NO_RULE}</span>
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
                {n > 1 && "Each decision's share is in the table, beside the room's."}
                {n === 1 && r.lab.decisions.map((d) => `${d.label} ${pc(d.share)}`).join(' · ')}
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

/** Each decision: how many of the room's committees reached it, beside the lab's share, in the ladder's order. */
function Compare({ r }: { r: Results }) {
  const n = r.committees.length;
  const order = r.lab?.decisions.map((d) => d.decision) ?? [];
  const rank = (d: string) => (order.includes(d) ? order.indexOf(d) : order.length);
  const decisions = [
    ...r.decisions.map((d) => ({ decision: d.decision, label: d.label })),
    ...(r.lab?.decisions ?? []).filter((d) => !r.decisions.some((x) => x.decision === d.decision)),
  ].sort((a, b) => rank(a.decision) - rank(b.decision));
  return (
    <table className="seats-compare">
      <thead>
        <tr>
          <th scope="col">Decision</th>
          <th scope="col">This room</th>
          {r.lab && <th scope="col">The lab</th>}
        </tr>
      </thead>
      <tbody>
        {decisions.map((d) => {
          const count = r.decisions.find((x) => x.decision === d.decision)?.count ?? 0;
          const lab = r.lab?.decisions.find((x) => x.decision === d.decision);
          return (
            <tr key={d.decision}>
              <th scope="row">{d.label}</th>
              <td>
                {count} of {n}
              </td>
              {r.lab && <td>{lab ? pc(lab.share) : '—'}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A seat's vote as the results show it: the sealed vote, and the revision when it changed. */
function shortVote(seats: SeatsView, vote: string | null, revised: string | null) {
  const text = (id: string | null) => seats.recommendations.find((r) => r.id === id)?.text.toLowerCase() ?? '—';
  if (!vote) return "(empty: its own scorecard's vote)";
  return revised && revised !== vote ? `${text(vote)} → ${text(revised)}` : text(vote);
}
