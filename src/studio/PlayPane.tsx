import { useMemo } from 'react';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { replayChoices, type PlayState } from './playState';

/** A play in the pane: what the machines made of the choices, or why they could not. */
function usePlay(
  resolved: ResolvedScenario | null,
  choices: string[],
): { state: PlayState | null; error: string | null } {
  return useMemo(() => {
    if (!resolved) return { state: null, error: null };
    try {
      return { state: replayChoices(resolved, choices), error: null };
    } catch (err) {
      return { state: null, error: err instanceof Error ? err.message : String(err) };
    }
  }, [resolved, choices]);
}

/**
 * Play beside the text, as Inky does: after every edit the path so far is replayed through the
 * machines as far as its answers still exist, and the play goes on from there; any answer already
 * given can be taken back to.
 */
export function PlayPane({
  resolved,
  stale,
  choices,
  setChoices,
}: {
  resolved: ResolvedScenario | null;
  /** The text does not check right now: the play shows the last version that did. */
  stale: boolean;
  choices: string[];
  setChoices: (c: string[]) => void;
}) {
  const { state, error } = usePlay(resolved, choices);
  if (!resolved)
    return <p className="muted">The play starts once the file parses and its references resolve; see the problems.</p>;
  if (error)
    return (
      <p className="notice" role="alert">
        This version cannot be played: {error}
      </p>
    );
  if (!state) return null;
  const prompts = new Map(resolved.rounds.flatMap((r) => r.prompts.map((p) => [p.id, { prompt: p, round: r }])));
  const answered = state.kept.map((id) => resolved.options.get(id)!);
  return (
    <div className="studio-play">
      {stale && (
        <p className="notice" role="status">
          Playing the last version that checked; the text has problems now.
        </p>
      )}
      {!!state.dropped.length && (
        <p className="notice" role="status">
          Replayed {state.kept.length} of {state.kept.length + state.dropped.length} answers: “{state.dropped[0]}” no
          longer answers the prompt that comes next, so the play goes on from there.
        </p>
      )}
      <ol className="studio-transcript" aria-label="Answers so far">
        {answered.map((a, i) => (
          <li key={`${i}-${a.option.id}`}>
            <span className="muted">
              {a.round.title} · {prompts.get(a.prompt.id)?.prompt.probe ? 'follow-up ' : ''}
              <code>{a.prompt.id}</code>
            </span>{' '}
            <strong>{a.option.id}</strong>
            <button type="button" className="link" onClick={() => setChoices(state.kept.slice(0, i))}>
              Answer again from here
            </button>
          </li>
        ))}
      </ol>
      {state.waiting ? (
        <section aria-labelledby="studio-prompt">
          <p className="eyebrow">
            {state.waiting.round.title} · {state.waiting.round.interviewer.name}
          </p>
          <h3 id="studio-prompt">{state.waiting.prompt.text}</h3>
          <ul className="studio-options">
            {state.waiting.prompt.options.map((o) => (
              <li key={o.id}>
                <button type="button" onClick={() => setChoices([...state.kept, o.id])}>
                  <code>{o.id}</code> {o.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : state.report ? (
        <section className="studio-decision" aria-labelledby="studio-decision" aria-live="polite">
          <p className="eyebrow">The committee decides</p>
          <h3 id="studio-decision">
            {state.report.decisionLabel}
            {state.report.level ? ` · ${state.report.level}` : ''}
          </h3>
          <p>
            {state.report.consensus !== null && <>Calibrated consensus {state.report.consensus.toFixed(2)}. </>}
            {state.report.days ? `Decided on day ${state.report.days}.` : ''}
          </p>
          <h4>Rules that fired</h4>
          {state.report.rulesFired.length ? (
            <ul className="studio-rules">
              {state.report.rulesFired.map((f, i) => (
                <li key={i}>
                  <strong>{f.rule}</strong> {f.label}: {f.reason}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None: the scores alone decided.</p>
          )}
        </section>
      ) : null}
      {!!choices.length && (
        <p>
          <button type="button" onClick={() => setChoices([])}>
            Restart the play
          </button>
        </p>
      )}
    </div>
  );
}
