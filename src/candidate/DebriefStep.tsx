import { type ReactNode, useEffect, useRef } from 'react';
import type { CandidateView } from './view';
import { Packet } from '../shared/Packet';
import { Ranking } from './Ranking';
import { recommendationLabel, roleLabel } from '../../machines/format';
import { membersIn } from '../../machines/committee/committeeInput';
import { leniencyNote } from './leniency';

type DebriefView = Extract<CandidateView, { phase: 'debrief' }>;
type Committee = DebriefView['committee'];
type Block = 'packet' | 'votes' | 'discussion' | 'calibration' | 'ranking';

interface Stage {
  title: string;
  next: string;
  /** What this stage adds, shown first; the rest of the record so far folds away below it. */
  shows: Block[];
}

const calibratorOf = (c: Committee) => membersIn(c, 'calibrator')[0]?.name ?? 'the calibrator';

/** Each stage of the two committees: a conversion calibrates, argues and then ranks against the slots. */
function stageOf(stage: string, c: Committee): Stage {
  if ('phase' in c) {
    const calibrator = calibratorOf(c);
    const conversion: Record<string, Stage> = {
      managerEvaluation: {
        title: "The manager's evaluation",
        next: "Hear the engineers' vote",
        shows: ['packet', 'votes'],
      },
      engineersVote: { title: "The engineers' vote", next: `Hear ${calibrator}'s calibration`, shows: ['votes'] },
      calibration: { title: `${calibrator}'s calibration`, next: 'Open the revision round', shows: ['votes'] },
      discussion: { title: 'The revision round', next: 'Rank against the slots', shows: ['discussion', 'votes'] },
      ranking: { title: 'Ranking against the slots', next: 'Decide', shows: ['ranking', 'calibration'] },
    };
    return conversion[stage] ?? { title: stage, next: 'Next', shows: [] };
  }
  const debrief: Record<string, Stage> = {
    packet: { title: 'The packet', next: 'Collect the votes', shows: ['packet'] },
    discussion: { title: 'Votes and discussion', next: 'Calibrate', shows: ['votes', 'discussion'] },
    calibration: { title: 'Calibration', next: 'Decide', shows: ['calibration'] },
  };
  return debrief[stage] ?? { title: stage, next: 'Next', shows: [] };
}

/** The committee at work, one stage per step: what the stage adds first, the record so far folded below. */
export function DebriefStep({ view, onAdvance }: { view: DebriefView; onAdvance: () => void }) {
  const c = view.committee;
  const stage = stageOf(view.stage, c);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // In the next frame's own callback, as RoundStep places its question: focusing and measuring
    // force a layout of the new stage, which that frame's paint needs anyway. Run here, inside the key
    // press or click that brought the stage (React runs a discrete update's effects before returning),
    // it was a second full layout there: about 10 ms on the answer that opens the debrief.
    const frame = requestAnimationFrame(() => {
      const h = heading.current;
      if (!h) return;
      h.focus({ preventScroll: true });
      // From the second stage on, the stage's news starts at the top of the window, not below the record.
      if (!first.current) window.scrollTo({ top: window.scrollY + h.getBoundingClientRect().top - 8 });
      first.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [view.stage]);
  const votes = Object.values(c.votes);
  const blocks: Record<Block, ReactNode> = {
    packet: <Packet cards={c.scorecards} />,
    votes: votes.length ? (
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
    ) : null,
    discussion: c.discussion.length ? (
      <div className="discussion">
        <h3>{view.stage === 'discussion' && 'phase' in c ? 'Around the table' : 'Discussion'}</h3>
        <ul>
          {c.discussion.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </div>
    ) : null,
    calibration: c.calibrated.length ? (
      <div className="calibration" aria-live="polite">
        <h3>Calibration</h3>
        <p className="muted">
          Each member's score with their leniency history taken off: a member who usually scores above the committee has
          that much taken away, one who usually scores below has it added.
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
    ) : null,
    ranking: view.stage === 'ranking' ? <Ranking committee={c} /> : null,
  };
  const earlier = (['packet', 'votes', 'discussion', 'calibration'] as const).filter(
    (b) => !stage.shows.includes(b) && blocks[b],
  );
  return (
    <section className="debrief" aria-labelledby="debrief-heading">
      <p className="eyebrow">The debrief</p>
      <h2 id="debrief-heading" ref={heading} tabIndex={-1}>
        {stage.title}
      </h2>
      {stage.shows.map((b) => (
        <div key={b}>{blocks[b]}</div>
      ))}
      <button type="button" className="primary" onClick={onAdvance} disabled={!view.awaitingAdvance}>
        {stage.next}
      </button>
      {earlier.length > 0 && (
        <details className="record">
          <summary>Earlier in the debrief: {earlier.map((b) => RECORD[b]).join(', ')}</summary>
          {earlier.map((b) => (
            <div key={b}>{blocks[b]}</div>
          ))}
        </details>
      )}
    </section>
  );
}

const RECORD: Record<Block, string> = {
  packet: 'the packet',
  votes: 'the votes',
  discussion: 'the discussion',
  calibration: 'the calibration',
  ranking: 'the ranking',
};
