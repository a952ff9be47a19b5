import type { Option, Prompt } from '../../machines/content/schema';
import type { ResolvedRound } from '../../machines/content/resolve';
import { humanize } from '../../machines/format';
import { pointsOf, type AnswerCost } from './answerCost';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');
const round2 = (n: number) => Math.round(n * 100) / 100;

/** "3.3 → 4.1 (+0.8)", or the one figure when nothing moves. */
function shift(before: number | null, after: number | null): string {
  if (before === null || after === null) return after === null ? '–' : String(after);
  const d = round2(after - before);
  return d ? `${before} → ${after} (${signed(d)})` : `${before}, unchanged`;
}

interface Props {
  option: Option;
  prompt: Prompt;
  round: ResolvedRound;
  /** Undefined while the replay is still running. */
  cost: AnswerCost | Error | undefined;
  onReplay: (answer?: string) => void;
}

/** One answer on the end screen: what it scored per dimension, and what the stronger answer would have changed. */
export function AnswerCostRow({ option, prompt, round, cost, onReplay }: Props) {
  const points = pointsOf(option, round);
  const { flags, reliability } = option.signals;
  const ready = cost && !(cost instanceof Error) ? cost : null;
  const changed = !!ready?.stronger && ready.decision.changed;
  return (
    <li className={['cost-row', option.coach ? 'cost' : 'fine', changed ? 'decisive' : ''].join(' ').trim()}>
      <p className="muted">
        {round.title} · {prompt.text}
      </p>
      <p className="says">{option.text}</p>
      <p>
        <span className="label">Scorecard</span> {option.note}
      </p>
      <p className="points">
        <span className="label">Points</span>
        {points.length || flags.length || reliability ? (
          <>
            {points.map((p) => (
              <span key={p.id} className={`pt ${p.points < 0 ? 'minus' : p.points > 0 ? 'plus' : ''}`}>
                {signed(p.points)} {p.label}
              </span>
            ))}
            {!!reliability && (
              <span className={`pt ${reliability < 0 ? 'minus' : 'plus'}`}>{signed(reliability)} reliability (R1)</span>
            )}
            {flags.map((f) => (
              <span key={f} className="pt minus">
                flag: {humanize(f)}
              </span>
            ))}
          </>
        ) : (
          <span className="muted">none on this rubric</span>
        )}
      </p>
      {cost instanceof Error ? (
        <p className="notice">This answer could not be replayed: {cost.message}</p>
      ) : !ready ? (
        <p className="muted">Replaying with the stronger answer…</p>
      ) : ready.stronger ? (
        <div className="effect">
          <p>
            <span className="label">With the stronger answer</span> “{ready.stronger.text}”
          </p>
          <dl className="effect-figures">
            <div>
              <dt>{round.title} score</dt>
              <dd>{shift(ready.round.before, ready.round.after)}</dd>
            </div>
            <div>
              <dt>Calibrated consensus</dt>
              <dd>{shift(ready.consensus.before, ready.consensus.after)}</dd>
            </div>
            <div>
              <dt>Decision</dt>
              <dd>
                {ready.decision.changed ? (
                  <strong>
                    {ready.decision.before} → {ready.decision.after}: this answer changed the decision
                  </strong>
                ) : (
                  `${ready.decision.after}, unchanged`
                )}
              </dd>
            </div>
          </dl>
        </div>
      ) : (
        <p className="fine-note">The strongest answer this question had.</p>
      )}
      {option.coach && (
        <p className="coach">
          <span className="label">Why it cost</span> {option.coach}
        </p>
      )}
      <p className="replays">
        {ready?.stronger && (
          <button type="button" onClick={() => onReplay(ready.stronger!.id)}>
            Replay from here with the stronger answer
          </button>
        )}
        <button type="button" className="link" onClick={() => onReplay()}>
          Replay from here
        </button>
      </p>
    </li>
  );
}
