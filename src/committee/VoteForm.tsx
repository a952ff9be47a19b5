import { useId, useState } from 'react';
import type { Recommendation } from '../../machines/content/schema';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { SessionEvent } from '../../machines/engine/session';

const RECS: Array<{ id: Recommendation; label: string }> = [
  { id: 'strong_no', label: 'Strong no' },
  { id: 'no', label: 'No' },
  { id: 'yes', label: 'Yes' },
  { id: 'strong_yes', label: 'Strong yes' },
];

interface Props {
  resolved: ResolvedScenario;
  seat: string;
  /** Sends the vote; returns the machine's refusal (R2) or null. */
  send: (e: SessionEvent) => string | null;
}

/** The player's own vote: a recommendation, a score per dimension, a level, and R2's narrative for any score below 3. */
export function VoteForm({ resolved, seat, send }: Props) {
  const dims = [...new Map(resolved.rounds.flatMap((r) => r.rubric.dimensions).map((d) => [d.id, d.label])).entries()];
  const levels = resolved.pack.comp.levels;
  const [rec, setRec] = useState<Recommendation | null>(null);
  const [scores, setScores] = useState<Record<string, number>>(() => Object.fromEntries(dims.map(([id]) => [id, 3])));
  const [level, setLevel] = useState(resolved.scenario.level);
  const [narrative, setNarrative] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const low = dims.filter(([id]) => scores[id]! < resolved.pack.scoring.narrativeBelow);
  return (
    <form
      className="vote-form"
      aria-labelledby="vote-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (!rec) return setError('Choose a recommendation first.');
        setError(send({ type: 'committee.vote', member: seat, recommendation: rec, scores, narrative: narrative.trim() || undefined, level }));
      }}
    >
      <h3 id="vote-heading">Your vote</h3>
      <fieldset>
        <legend>Recommendation</legend>
        <div className="recs">
          {RECS.map((r) => (
            <label key={r.id}><input type="radio" name="rec" value={r.id} checked={rec === r.id} onChange={() => setRec(r.id)} /> {r.label}</label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Scores (1-5)</legend>
        <div className="dim-scores">
          {dims.map(([id, label]) => (
            <label key={id}>
              {label}
              <select value={scores[id]} onChange={(e) => setScores({ ...scores, [id]: Number(e.target.value) })}>
                {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        Level {levels.length > 1 && <span className="muted">(one step down is a down-level)</span>}
        <select value={level} onChange={(e) => setLevel(e.target.value)}>
          {levels.map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
      </label>
      <label htmlFor={`${errorId}-narrative`}>
        Narrative {low.length ? <strong>(required: {low.map(([, l]) => l).join(', ')} below {resolved.pack.scoring.narrativeBelow}, R2)</strong> : <span className="muted">(optional)</span>}
      </label>
      <textarea
        id={`${errorId}-narrative`}
        value={narrative}
        onChange={(e) => setNarrative(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={error ? errorId : undefined}
      />
      {error && <p id={errorId} className="field-error" role="alert">{error}</p>}
      <button type="submit" className="primary">Submit your vote</button>
    </form>
  );
}
