/** The five questions the lab answers. */
export const QUESTIONS = ['fragility', 'rules', 'interviewers', 'calibration', 'report'] as const;
export type Question = (typeof QUESTIONS)[number];

/** What each question asks, as the lab's headings say it. */
export const QUESTION_TITLES: Readonly<Record<Question, string>> = {
  fragility: 'How fragile is this decision?',
  rules: 'Which rule decides?',
  interviewers: 'How many interviewers are enough?',
  calibration: 'What does calibration buy?',
  report: 'Interviewer calibration report',
};

/** A published figure the lab's defaults come from, with where it was published. */
export interface Published {
  value: number;
  what: string;
  source: string;
}

/** The figures the defaults are set from; the lab shows each beside the setting it drives. */
export const PUBLISHED = {
  separate: {
    value: 0.44,
    what: 'interrater reliability of separate interviews',
    source: 'Huffcutt, Culbertson & Weyhrauch (2013), meta-analysis of 125 coefficients',
  },
  panel: {
    value: 0.74,
    what: 'interrater reliability of panel interviews',
    source: 'Huffcutt, Culbertson & Weyhrauch (2013), meta-analysis of 125 coefficients',
  },
  mechanical: {
    value: 1,
    what: 'ratings combined mechanically (averaged) predict better than a subjective combination, so the lab averages',
    source: 'Conway, Jako & Goodman (1995)',
  },
  bock: {
    value: 0.86,
    what: 'share of the attainable prediction reached by four interviews, each further one adding about 1 %',
    source: 'Bock, Work Rules! (2015)',
  },
} satisfies Record<string, Published>;

/** Spread (sd, points on the 1-5 scale) of true level among candidates like this one: the lab's own assumption. */
export const TRUE_SPREAD = 0.7;
/** Scores are whole points: rounding a reading adds this much error variance (a uniform error of ±0.5). */
export const ROUNDING_VARIANCE = 1 / 12;
/** Default spread of leniency between interviewers (sd, points): the lab's own assumption, the library's rosters span -0.2 to +0.6. */
const DEFAULT_LENIENCY = 0.25;
/** How far a harsh or a generous pool sits from the neutral one (points). */
export const POOL_SHIFT = 0.5;
/** Past debriefs a committee's leniency estimate is read from, for calibration. */
export const HISTORY = 20;
/** The largest panel or number of separate interviews per round question 3 tries. */
export const MAX_INTERVIEWERS = 8;
/** An R1 reliability rating is on a 1-10 scale: a reading error of one point on 1-5 moves it this much. */
export const R1_SCALE = 9 / 4;

/**
 * The reading error implied by the published reliabilities: with candidates' true spread s and a
 * rating's total variance T, separate raters agree at s²/T = .44 and panel raters, who share the
 * occasion, at (s² + occasion²)/T = .74. What is left after leniency and rounding is the rater's own.
 */
export function errorsFromPublished(
  separate = PUBLISHED.separate.value,
  panel = PUBLISHED.panel.value,
  leniency = DEFAULT_LENIENCY,
) {
  const total = (TRUE_SPREAD * TRUE_SPREAD) / separate;
  const occasion2 = (panel - separate) * total;
  const rater2 = Math.max(0, (1 - panel) * total - leniency * leniency - ROUNDING_VARIANCE);
  const err = Math.sqrt(occasion2 + rater2);
  return { err, occasionShare: occasion2 / (occasion2 + rater2) };
}

const published = errorsFromPublished();
/** Default error (sd of one reading, points), rounded for a readable link. */
const DEFAULT_ERROR = Math.round(published.err * 100) / 100;
/** The part of a reading's error variance that belongs to the occasion: shared by a panel, not by separate interviews. */
export const OCCASION_SHARE = published.occasionShare;

/** The interrater reliabilities an error and a leniency spread imply, before clamping to the scale. */
export function impliedReliability(err: number, len: number) {
  const s2 = TRUE_SPREAD * TRUE_SPREAD;
  const total = s2 + err * err + len * len + ROUNDING_VARIANCE;
  return { separate: s2 / total, panel: (s2 + OCCASION_SHARE * err * err) / total };
}

/** Everything a lab run depends on: the same setup gives the same numbers on the screen and in the CLI. */
export interface LabSetup {
  question: Question;
  /** A named path of the scenario, or comma-separated option ids. */
  path: string;
  /** Simulated committees per figure. */
  n: number;
  /** Sd of one interviewer's reading error, points on the 1-5 scale. */
  err: number;
  /** Sd of leniency between interviewers, points. */
  len: number;
  /** Rule instances switched off. */
  off: string[];
  seed: number;
  /** Question 2 only: this scenario, or every scenario of the library. */
  scope: 'scenario' | 'library';
}

export const DEFAULT_SETUP: LabSetup = {
  question: 'fragility',
  path: 'recorded',
  n: 10_000,
  err: DEFAULT_ERROR,
  len: DEFAULT_LENIENCY,
  off: [],
  seed: 1,
  scope: 'scenario',
};

export const MIN_N = 100;
export const MAX_N = 5_000_000;

/** The raw strings a setup is read from: a link's query or the CLI's flags. */
export type SetupText = Partial<Record<'q' | 'path' | 'n' | 'err' | 'len' | 'off' | 'seed' | 'scope', string>>;

/**
 * Read a setup, naming each bad field and what it expects; missing fields take the defaults.
 * `names` says what a field is called where it was written (`--runs` for `n` in the CLI).
 */
export function parseSetup(
  text: SetupText,
  names: Partial<Record<keyof SetupText, string>> = {},
): { ok: true; setup: LabSetup } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const name = (key: keyof SetupText) => names[key] ?? key;
  const setup: LabSetup = { ...DEFAULT_SETUP, off: [] };
  if (text.q !== undefined) {
    if ((QUESTIONS as readonly string[]).includes(text.q)) setup.question = text.q as Question;
    else problems.push(`${name('q')}: expected one of ${QUESTIONS.join(', ')}, found "${text.q}"`);
  }
  if (text.path?.trim()) setup.path = text.path.trim();
  const number = (key: 'n' | 'err' | 'len' | 'seed', ok: (x: number) => boolean, expected: string) => {
    const raw = text[key];
    if (raw === undefined || raw === '') return undefined;
    const x = Number(raw);
    if (Number.isFinite(x) && ok(x)) return x;
    problems.push(`${name(key)}: expected ${expected}, found "${raw}"`);
    return undefined;
  };
  setup.n =
    number(
      'n',
      (x) => Number.isInteger(x) && x >= MIN_N && x <= MAX_N,
      `a whole number of draws from ${MIN_N} to ${MAX_N}`,
    ) ?? setup.n;
  setup.err = number('err', (x) => x >= 0 && x <= 3, 'an error sd in points from 0 to 3') ?? setup.err;
  setup.len = number('len', (x) => x >= 0 && x <= 2, 'a leniency sd in points from 0 to 2') ?? setup.len;
  setup.seed =
    number('seed', (x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff, 'a whole number from 0 to 4294967295') ??
    setup.seed;
  if (text.off)
    setup.off = [
      ...new Set(
        text.off
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
  if (text.scope !== undefined && text.scope !== '') {
    if (text.scope === 'scenario' || text.scope === 'library') setup.scope = text.scope;
    else problems.push(`${name('scope')}: expected scenario or library, found "${text.scope}"`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, setup };
}

/** The setup as link parameters, defaults left out so a shared link stays short. */
export function setupParams(setup: LabSetup): Array<[string, string]> {
  const out: Array<[string, string]> = [['q', setup.question]];
  if (setup.path !== DEFAULT_SETUP.path) out.push(['path', setup.path]);
  out.push(['n', String(setup.n)], ['err', String(setup.err)], ['len', String(setup.len)]);
  if (setup.off.length) out.push(['off', setup.off.join(',')]);
  out.push(['seed', String(setup.seed)]);
  if (setup.scope !== 'scenario') out.push(['scope', setup.scope]);
  return out;
}
