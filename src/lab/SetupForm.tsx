import type { ResolvedScenario } from '../../machines/content/resolve';
import { pathTitle } from '../coach/pathNames';
import {
  DEFAULT_SETUP,
  impliedReliability,
  MAX_N,
  MIN_N,
  PUBLISHED,
  QUESTION_TITLES,
  QUESTIONS,
  type LabSetup,
  type Question,
  type SetupText,
} from '../../machines/lab/setup';

interface Props {
  resolved: ResolvedScenario;
  fields: SetupText;
  setup: LabSetup | null;
  problems: string[];
  running: boolean;
  onChange: (fields: SetupText) => void;
  onRun: () => void;
}

/** The setup's numeric fields, each with its label and range. */
const NUMBERS: ReadonlyArray<{
  key: 'n' | 'err' | 'len' | 'seed';
  label: string;
  min: number;
  max?: number;
  step: number;
}> = [
  { key: 'n', label: 'N (committees)', min: MIN_N, max: MAX_N, step: 1000 },
  { key: 'err', label: 'Reading error (sd, points)', min: 0, max: 3, step: 0.01 },
  { key: 'len', label: 'Leniency spread (sd, points)', min: 0, max: 2, step: 0.05 },
  { key: 'seed', label: 'Seed', min: 0, step: 1 },
];

/** The lab's setup, every field of which is in the link: path, N, error, leniency spread, rules off, seed. */
export function SetupForm({ resolved, fields, setup, problems, running, onChange, onRun }: Props) {
  const set = (key: keyof SetupText, value: string) => onChange({ ...fields, [key]: value });
  const rules = resolved.policy.rules.filter((r) => r.impl.phase !== 'offer' && r.enabled);
  const off = new Set((fields.off ?? '').split(',').filter(Boolean));
  const toggle = (id: string) => {
    const next = new Set(off);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set('off', [...next].join(','));
  };
  const paths = Object.keys(resolved.scenario.paths);
  const path = fields.path ?? 'recorded';
  const implied = setup ? impliedReliability(setup.err, setup.len) : null;
  return (
    <form
      className="lab-setup"
      aria-label="Lab setup"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
    >
      <label>
        Path
        <select
          value={path}
          onChange={(e) => set('path', e.target.value)}
          disabled={(fields.q ?? 'fragility') === 'rules' && fields.scope === 'library'}
        >
          {[...new Set([...paths, path])].map((p) => (
            <option key={p} value={p}>
              {pathTitle(p)}
            </option>
          ))}
        </select>
      </label>
      {NUMBERS.map((n) => (
        <label key={n.key}>
          {n.label}
          <input
            type="number"
            inputMode={n.step < 1 ? 'decimal' : 'numeric'}
            min={n.min}
            max={n.max}
            step={n.step}
            value={fields[n.key] ?? String(DEFAULT_SETUP[n.key])}
            onChange={(e) => set(n.key, e.target.value)}
          />
        </label>
      ))}
      {(fields.q ?? 'fragility') === 'rules' && (
        <label>
          Scope
          <select value={fields.scope ?? 'scenario'} onChange={(e) => set('scope', e.target.value)}>
            <option value="scenario">this scenario</option>
            <option value="library">the whole library</option>
          </select>
        </label>
      )}
      {!!problems.length && (
        <ul className="problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="lab-actions">
        <button type="submit" className="button primary" disabled={!setup || running}>
          Run
        </button>
      </p>
      {!!rules.length && (
        <fieldset className="lab-rules">
          <legend>Rules on</legend>
          {rules.map((r) => (
            <label key={r.id} className="check">
              <input type="checkbox" checked={!off.has(r.id)} onChange={() => toggle(r.id)} /> {r.id} {r.label}
            </label>
          ))}
        </fieldset>
      )}
      <p className="lab-source muted">
        Defaults: error {DEFAULT_SETUP.err} from interrater reliability {PUBLISHED.separate.value} (separate) and{' '}
        {PUBLISHED.panel.value} (panel), {PUBLISHED.separate.source}; leniency spread {DEFAULT_SETUP.len}, the lab’s
        assumption.
        {implied && (
          <>
            {' '}
            These settings give {implied.separate.toFixed(2)} and {implied.panel.toFixed(2)}.
          </>
        )}{' '}
        <button
          type="button"
          className="link"
          onClick={() => onChange({ ...fields, err: String(DEFAULT_SETUP.err), len: String(DEFAULT_SETUP.len) })}
        >
          Use the published defaults
        </button>
      </p>
    </form>
  );
}

/** The tabs' names, short enough for one row at 1366 px; the result's heading asks the whole question. */
const TAB_NAMES: Readonly<Record<Question, string>> = {
  fragility: 'How fragile?',
  rules: 'Which rule decides?',
  interviewers: 'How many interviewers?',
  calibration: 'What calibration buys',
  report: 'Interviewer report',
};

/** The five questions as tabs; choosing one runs it. */
export function QuestionTabs({ question, onPick }: { question: Question; onPick: (q: Question) => void }) {
  return (
    <div className="tabs lab-tabs" role="tablist" aria-label="Questions">
      {QUESTIONS.map((q, i) => (
        <button
          key={q}
          type="button"
          role="tab"
          aria-selected={q === question}
          title={QUESTION_TITLES[q]}
          className={`button tab${q === question ? ' active' : ''}`}
          onClick={() => onPick(q)}
        >
          {i + 1}. {TAB_NAMES[q]}
        </button>
      ))}
    </div>
  );
}
