import { useState } from 'react';
import { deleteSave, writeSave, type Save } from '../session/saves';
import { hrefFor } from '../shared/router';

const MODE_WORDS: Record<string, string> = {
  candidate: 'as the candidate',
  committee: 'on the committee',
  coach: 'coaching',
  present: 'presenting',
  notes: 'notes',
};

// Dates in the reader's own locale and order, not a fixed US one; a time no Date can hold never throws.
const when = (t: number) =>
  Number.isNaN(new Date(t).getTime())
    ? 'date unknown'
    : new Intl.DateTimeFormat(typeof navigator === 'undefined' ? undefined : [...navigator.languages], {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(t);

/** Saved sessions to pick up again; each can be removed, with a moment to undo it. */
export function ContinueList({ saves, titles }: { saves: Save[]; titles: ReadonlyMap<string, string> }) {
  const [removed, setRemoved] = useState<Save[]>([]);
  const gone = new Set(removed.map((s) => `${s.mode}.${s.scenarioId}`));
  const shown = saves.filter((s) => !gone.has(`${s.mode}.${s.scenarioId}`));
  const last = removed.at(-1);
  if (!shown.length && !last) return null;
  const remove = (s: Save) => {
    deleteSave(s.scenarioId, s.mode);
    setRemoved([...removed, s]);
  };
  const undo = () => {
    if (!last) return;
    writeSave(last);
    setRemoved(removed.slice(0, -1));
  };
  return (
    <section className="continue" aria-labelledby="continue-title">
      <h2 id="continue-title">Continue</h2>
      {!!shown.length && (
        <ul>
          {shown.map((s) => {
            const steps = s.steps.split('.').filter(Boolean).length;
            return (
              <li key={`${s.mode}-${s.scenarioId}`}>
                <a
                  href={hrefFor({
                    name: 'play',
                    mode: s.mode,
                    id: s.scenarioId,
                    steps: s.steps || null,
                    seat: s.seat ?? null,
                  })}
                >
                  {titles.get(s.scenarioId)}
                </a>
                <span className="muted">
                  {' '}
                  · {MODE_WORDS[s.mode] ?? s.mode} ·{' '}
                  {s.finished ? `finished: ${s.outcome}` : `${steps} step${steps === 1 ? '' : 's'} in`} ·{' '}
                  {when(s.updatedAt)}
                </span>{' '}
                <button
                  type="button"
                  className="link remove"
                  onClick={() => remove(s)}
                  aria-label={`Remove ${titles.get(s.scenarioId)} (${MODE_WORDS[s.mode] ?? s.mode}) from Continue`}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {last && (
        <p className="removed" role="status">
          Removed “{titles.get(last.scenarioId)}” from Continue.{' '}
          <button type="button" className="link" onClick={undo}>
            Undo
          </button>
        </p>
      )}
    </section>
  );
}
