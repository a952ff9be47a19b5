import { useEffect, useMemo, useRef, useState } from 'react';
import type { Recommendation } from '../../machines/content/schema';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { roleLabel } from '../../machines/format';
import { explainChange, NO_CHANGES, runWhatIf, withChanges, type WhatIf } from '../../machines/engine/whatIf';
import type { PlayReport } from '../../machines/engine/report';

const RECS: Recommendation[] = ['strong_no', 'no', 'yes', 'strong_yes'];

/** Flip a rule, a vote, a threshold, a weight or an answer; the committee decides again at once. */
export function WhatIfPanel({
  resolved,
  pathName,
  initial,
  onChange,
}: {
  resolved: ResolvedScenario;
  pathName: string;
  initial?: WhatIf;
  onChange?: (w: WhatIf) => void;
}) {
  // The coach screen keeps the setup in the link: it hands the panel a shared what-if to start from and hears every change.
  // The what-if now and the one before it: each change is said against the path as played, and also
  // against the last what-if when that had already moved the decision or the consensus.
  // The what-if before this one keeps its report, so a change replays the machines once, not twice.
  const [step, setStep] = useState<{ now: WhatIf; prev: WhatIf | null; prevReport: PlayReport | null }>({
    now: initial ?? NO_CHANGES,
    prev: null,
    prevReport: null,
  });
  const w = step.now;
  const choices = resolved.scenario.paths[pathName]!.choices;
  const before = useMemo(() => runWhatIf(resolved, choices, NO_CHANGES), [resolved, choices]);
  const after = useMemo(() => runWhatIf(resolved, choices, w), [resolved, choices, w]);
  const setW = (next: WhatIf) => setStep({ now: next, prev: w, prevReport: after });
  // The link follows once the result is painted: it re-renders the coach screen and writes the
  // address bar (history.replaceState costs milliseconds), neither of which the result waits for.
  const unlinked = useRef<WhatIf | null>(null);
  useEffect(() => {
    if (!onChange) return;
    unlinked.current = w;
    let idle = 0;
    const frame = requestAnimationFrame(() => {
      idle = window.setTimeout(() => {
        unlinked.current = null;
        onChange(w);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(idle);
    };
  }, [w, onChange]);
  // Leaving the panel (another tab, another starting path) links its last change at once.
  const latestOnChange = useRef(onChange);
  latestOnChange.current = onChange;
  useEffect(
    () => () => {
      if (unlinked.current) latestOnChange.current?.(unlinked.current);
    },
    [],
  );
  const changes = useMemo(() => explainChange(before, after, withChanges(resolved, w)), [before, after, resolved, w]);
  const last = step.prev && step.prev !== NO_CHANGES ? step.prevReport : null;
  const lastDiffers =
    !!last && (last.decision !== before.decision || last.consensus !== before.consensus) && w !== NO_CHANGES;
  const sinceLast =
    last && lastDiffers
      ? last.decision !== after.decision
        ? `Against your last what-if (${last.decisionLabel}${last.consensus !== null ? `, consensus ${last.consensus}` : ''}), the decision moves to ${after.decisionLabel}.`
        : `Against your last what-if, the decision stays ${after.decisionLabel}${last.consensus !== after.consensus && after.consensus !== null ? `; consensus ${last.consensus ?? '–'} → ${after.consensus}` : ''}.`
      : null;
  const { bars } = resolved.policy;
  const switchable = resolved.policy.rules.filter((r) => r.enabled && r.impl.phase !== 'offer');
  const rubrics = [...new Map(resolved.rounds.map((r) => [r.rubric.id, r.rubric])).values()];
  return (
    <div className="what-if">
      <section className="what-if-result" aria-live="polite" aria-labelledby="what-if-result">
        <h2 id="what-if-result">
          {after.decisionLabel}
          {after.consensus !== null ? ` · consensus ${after.consensus}` : ''}
        </h2>
        <ul>
          {changes.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
          {sinceLast && <li className="since-last">{sinceLast}</li>}
        </ul>
        <ul className="firings">
          {after.rulesFired
            .filter((f) => f.by !== 'calendar')
            .map((f, i) => (
              <li key={i}>
                <span className="rule">{f.rule}</span> {f.label} — {f.by}: {f.reason}
              </li>
            ))}
        </ul>
        <button type="button" onClick={() => setW(NO_CHANGES)}>
          Reset to the path as played
        </button>
      </section>
      <fieldset>
        <legend>Committee rules</legend>
        {switchable.map(({ id, label }) => (
          <label key={id} className="switch">
            <input
              type="checkbox"
              checked={!w.rulesOff.includes(id)}
              onChange={(e) =>
                setW({ ...w, rulesOff: e.target.checked ? w.rulesOff.filter((r) => r !== id) : [...w.rulesOff, id] })
              }
            />
            {id} · {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Votes</legend>
        {resolved.committee.map((m) => {
          const derived = before.votes.find((v) => v.member === m.id);
          return (
            <label key={m.id} className="row">
              {m.name} <span className="muted">({roleLabel(m.role)})</span>
              <select
                value={w.votes[m.id] ?? ''}
                onChange={(e) => {
                  const votes = { ...w.votes };
                  if (e.target.value) votes[m.id] = e.target.value as Recommendation;
                  else delete votes[m.id];
                  setW({ ...w, votes });
                }}
              >
                <option value="">
                  as the packet says{derived ? ` (${derived.recommendation.replace('_', ' ')})` : ''}
                </option>
                {RECS.map((r) => (
                  <option key={r} value={r}>
                    {r.replace('_', ' ')}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Thresholds and weights</legend>
        <label className="row">
          Hire bar{' '}
          <input
            type="range"
            min={1}
            max={5}
            step={0.05}
            value={w.bars?.hire ?? bars.hire}
            onChange={(e) => setW({ ...w, bars: { ...w.bars, hire: Number(e.target.value) } })}
          />{' '}
          <output>{(w.bars?.hire ?? bars.hire).toFixed(2)}</output>
        </label>
        {bars.downLevel !== undefined && (
          <label className="row">
            Down-level bar{' '}
            <input
              type="range"
              min={1}
              max={5}
              step={0.05}
              value={w.bars?.downLevel ?? bars.downLevel}
              onChange={(e) => setW({ ...w, bars: { ...w.bars, downLevel: Number(e.target.value) } })}
            />{' '}
            <output>{(w.bars?.downLevel ?? bars.downLevel).toFixed(2)}</output>
          </label>
        )}
        {rubrics.map((rubric) =>
          rubric.dimensions.map((d) => {
            const value = w.weights[rubric.id]?.[d.id] ?? d.weight;
            return (
              <label key={`${rubric.id}-${d.id}`} className="row">
                {d.label} <span className="muted">weight</span>
                <input
                  type="range"
                  min={0}
                  max={Math.max(5, d.weight * 2)}
                  step={d.weight >= 10 ? 5 : 0.5}
                  value={value}
                  onChange={(e) =>
                    setW({
                      ...w,
                      weights: {
                        ...w.weights,
                        [rubric.id]: { ...w.weights[rubric.id], [d.id]: Number(e.target.value) },
                      },
                    })
                  }
                />
                <output>{value}</output>
              </label>
            );
          }),
        )}
      </fieldset>
      <fieldset>
        <legend>Answers</legend>
        {after.transcript.map((t) => {
          const prompt = resolved.options.get(t.option)!.prompt;
          return (
            <label key={t.prompt} className="answer-switch">
              <span className="muted">{t.round}</span> {prompt.text}
              <select
                value={t.option}
                onChange={(e) => setW({ ...w, answers: { ...w.answers, [prompt.id]: e.target.value } })}
              >
                {prompt.options.map((o, i) => (
                  <option key={o.id} value={o.id}>
                    {i + 1}. {o.text.length > 90 ? `${o.text.slice(0, 89)}…` : o.text}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
