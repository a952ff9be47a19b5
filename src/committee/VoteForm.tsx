import { useId, useState } from 'react';
import { missingNarratives } from '../../machines/rules/narrative';
import type { Recommendation } from '../../machines/content/schema';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { PlayEvent } from '../../machines/play/now';

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
  send: (e: PlayEvent) => string | null;
}

/** The player's own vote: a recommendation, a score per dimension, and R2's narrative for any score below 3. */
export function VoteForm({ resolved, seat, send }: Props) {
  const dims = [...new Map(resolved.rounds.flatMap((r) => r.rubric.dimensions).map((d) => [d.id, d.label])).entries()];
  const [rec, setRec] = useState<Recommendation | null>(null);
  // No rating starts filled in: a default of 3 let a vote submit with scores nobody chose.
  const [scores, setScores] = useState<Record<string, number | undefined>>({});
  const [narrative, setNarrative] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const low = dims.filter(([id]) => scores[id] !== undefined && scores[id]! < resolved.pack.scoring.narrativeBelow);
  const unrated = dims.filter(([id]) => scores[id] === undefined);
  return (
    <form
      className="vote-form"
      aria-labelledby="vote-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const missing = [...(rec ? [] : ['a recommendation']), ...unrated.map(([, l]) => l)];
        if (missing.length)
          return setError(`Choose ${missing.length === 1 ? '' : 'these '}before you submit: ${missing.join(', ')}.`);
        const chosen = Object.fromEntries(dims.map(([id]) => [id, scores[id]!]));
        // R2 checked here first so the message names each dimension as the rubric does; the machine holds it too.
        const narratives = Object.fromEntries(dims.map(([id]) => [id, narrative]));
        const labels = new Map(dims);
        const r2 = missingNarratives(
          chosen,
          narratives,
          resolved.pack.scoring.narrativeBelow,
          (d) => labels.get(d) ?? d,
        );
        if (r2.length) return setError(r2.map((p) => p.message).join('; '));
        setError(
          send({
            type: 'committee.vote',
            member: seat,
            recommendation: rec!,
            scores: chosen,
            narrative: narrative.trim() || undefined,
          }),
        );
      }}
    >
      <h3 id="vote-heading">Your vote</h3>
      <fieldset>
        <legend>Recommendation</legend>
        <div className="recs">
          {RECS.map((r) => (
            <label key={r.id}>
              <input type="radio" name="rec" value={r.id} checked={rec === r.id} onChange={() => setRec(r.id)} />{' '}
              {r.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Scores (1-5, each one yours to choose)</legend>
        <div className="dim-scores">
          {dims.map(([id, label]) => (
            <label key={id}>
              {label}
              <select
                value={scores[id] ?? ''}
                aria-invalid={!!error && scores[id] === undefined}
                onChange={(e) => setScores({ ...scores, [id]: e.target.value ? Number(e.target.value) : undefined })}
              >
                <option value="">Choose</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${errorId}-narrative`}>
        Narrative{' '}
        {low.length ? (
          <strong>
            (required: {low.map(([, l]) => l).join(', ')} below {resolved.pack.scoring.narrativeBelow}, R2)
          </strong>
        ) : (
          <span className="muted">(optional)</span>
        )}
      </label>
      <textarea
        id={`${errorId}-narrative`}
        value={narrative}
        onChange={(e) => setNarrative(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        Submit your vote
      </button>
    </form>
  );
}
