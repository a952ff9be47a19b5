import { useEffect, useRef } from 'react';
import type { CandidateView } from './view';
import { Packet } from '../shared/Packet';
import { Ranking } from './Ranking';
import { recommendationLabel, roleLabel } from '../../machines/format';
import { leniencyNote } from './leniency';

type DebriefView = Extract<CandidateView, { phase: 'debrief' }>;

const STAGES: Record<string, { title: string; next: string }> = {
  packet: { title: 'The packet', next: 'Collect the votes' },
  discussion: { title: 'Votes and discussion', next: 'Calibrate' },
  calibration: { title: 'Calibration', next: 'Decide' },
  managerEvaluation: { title: "The manager's evaluation", next: "Hear the engineers' vote" },
  engineersVote: { title: "The engineers' vote", next: 'Calibrate with the Head of Product' },
  ranking: { title: 'Ranking against the slots', next: 'Decide' },
};

/** The committee at work, one stage per step: packet, votes, discussion, calibration, then the decision. */
export function DebriefStep({ view, onAdvance }: { view: DebriefView; onAdvance: () => void }) {
  const stage = STAGES[view.stage] ?? { title: view.stage, next: 'Next' };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [view.stage]);
  const c = view.committee;
  const votes = Object.values(c.votes);
  return (
    <section className="debrief" aria-labelledby="debrief-heading">
      <p className="eyebrow">The debrief</p>
      <h2 id="debrief-heading" ref={heading} tabIndex={-1}>
        {stage.title}
      </h2>
      <Packet cards={c.scorecards} />
      {!!votes.length && (
        <div className="votes" aria-live="polite">
          <h3>Votes</h3>
          <ul>
            {votes.map((v) => (
              <li key={v.member}>
                <strong>{v.name}</strong> ({roleLabel(v.role)}):{' '}
                <span className={`rec ${v.recommendation}`}>{recommendationLabel(v.recommendation)}</span> — {v.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!!c.discussion.length && (
        <div className="discussion">
          <h3>Discussion</h3>
          <ul>
            {c.discussion.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {!!c.calibrated.length && (
        <div className="calibration" aria-live="polite">
          <h3>Calibration</h3>
          <p className="muted">
            Each member's score with their leniency history taken off: a member who usually scores above the committee
            has that much taken away, one who usually scores below has it added.
          </p>
          <ul>
            {c.calibrated.map((v) => (
              <li key={v.member}>
                {v.name}: {v.score} → <strong>{v.calibrated}</strong>
                {v.leniency ? <span className="muted"> ({leniencyNote(v.leniency)})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.stage === 'ranking' && <Ranking committee={c} />}
      <button type="button" className="primary" onClick={onAdvance} disabled={!view.awaitingAdvance}>
        {stage.next}
      </button>
    </section>
  );
}
