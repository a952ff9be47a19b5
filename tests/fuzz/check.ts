import type { Pack } from '../../machines/content/schema';
import { playPath } from '../../machines/engine/playPath';
import { validateDocuments, type ContentDocument, type Validation } from '../../src/content/validateDocuments';
import { withEngineErrors } from './engineErrors';
import { replayAsTheAppDoes, verdictOf } from './replay';

/**
 * What became of one document: refused with a path to the problem, or accepted and played
 * (the validator's branch check and named paths, then a seeded random walk; with `full`, every
 * named path played in full and replayed as the app does) without a throw.
 */
type Outcome = 'rejected' | 'played' | 'crashed' | 'unplayable' | 'pathless' | 'replay-differs';

export interface Checked {
  outcome: Outcome;
  /** Why, for anything but rejected and played. */
  detail: string;
  /** Where it broke: `machines` when the failing code is in machines/, else `src`. */
  where: 'machines' | 'src' | null;
  ms: number;
}

/** Whether the innermost frame of an error's stack is in machines/ (the engine) or elsewhere. */
function whereOf(err: unknown): 'machines' | 'src' {
  const frame =
    (err instanceof Error ? (err.stack ?? '') : '')
      .split('\n')
      .find((l) => /^\s+at /.test(l) && !/node_modules|node:/.test(l)) ?? '';
  return /[\\/]machines[\\/]/.test(frame) ? 'machines' : 'src';
}

const first = (err: unknown) =>
  (err instanceof Error ? `${err.name}: ${err.message}`.split('\n')[0]! : String(err)).slice(0, 300);

type Verdict = Omit<Checked, 'ms'>;

/** The validator's answer on its own: a crash, an issue with no path, or accepted or refused. */
function judged(docs: ContentDocument[], packs: Pack[]): Verdict | Validation {
  let result: Validation;
  try {
    result = validateDocuments(docs, { packs });
  } catch (err) {
    return { outcome: 'crashed', detail: `validateDocuments threw ${first(err)}`, where: whereOf(err) };
  }
  if (result.crashes.length) {
    const c = result.crashes[0]!;
    return { outcome: 'crashed', detail: `${c.stage}: ${first(c.error)}`, where: whereOf(c.error) };
  }
  const pathless = result.issues.find((i) => !i.path || !i.message);
  if (pathless) return { outcome: 'pathless', detail: JSON.stringify(pathless).slice(0, 300), where: 'src' };
  return result;
}

/** Every named path played in full (not the validator's quick check) and replayed as the app does. */
function namedPaths(resolved: Validation['scenarios'][number]): Verdict | null {
  for (const [name, path] of Object.entries(resolved.scenario.paths)) {
    const spec = { name, choices: path.choices, negotiation: path.negotiation };
    const report = playPath(resolved, spec);
    if (report.decision !== path.decision)
      return {
        outcome: 'unplayable',
        detail: `validate accepted path "${name}" as ${path.decision}; played in full it reaches ${report.decision}`,
        where: 'machines',
      };
    const replayed = replayAsTheAppDoes(resolved, spec);
    if (typeof replayed === 'string')
      return { outcome: 'replay-differs', detail: `path "${name}": ${replayed}`, where: 'machines' };
    if (verdictOf(replayed) !== verdictOf(report))
      return {
        outcome: 'replay-differs',
        detail: `path "${name}": played ${verdictOf(report)}, replayed in the app ${verdictOf(replayed)}`,
        where: 'machines',
      };
  }
  return null;
}

/** Check documents as the importer does, then play what was accepted as a player would. */
export async function checkDocuments(
  docs: ContentDocument[],
  packs: Pack[],
  seed: number,
  { full = false }: { full?: boolean } = {},
): Promise<Checked> {
  const started = performance.now();
  const { value, errors } = await withEngineErrors((): Verdict => {
    const result = judged(docs, packs);
    if ('outcome' in result) return result;
    if (!result.scenarios.length) return { outcome: 'rejected', detail: '', where: null };
    for (const resolved of result.scenarios) {
      try {
        if (full) {
          const wrong = namedPaths(resolved);
          if (wrong) return wrong;
        }
        // A walk visits each prompt at most once per path, probes included; past that it is looping.
        const prompts = resolved.rounds.reduce((n, r) => n + r.prompts.length, 0);
        const walk = playPath(resolved, { name: 'random', choices: 'random', negotiation: [] }, seed);
        if (walk.transcript.length > prompts)
          return {
            outcome: 'unplayable',
            detail: `a random walk gave ${walk.transcript.length} answers to ${prompts} prompts and reports ${walk.decision}`,
            where: 'machines',
          };
      } catch (err) {
        return { outcome: 'crashed', detail: `playing the accepted scenario threw ${first(err)}`, where: whereOf(err) };
      }
    }
    return { outcome: 'played', detail: '', where: null };
  });
  const ms = performance.now() - started;
  if (errors.length)
    return { outcome: 'crashed', detail: `uncaught async error ${first(errors[0])}`, where: whereOf(errors[0]), ms };
  return { ...value, ms };
}

/** A pack checked on its own, as `debrief validate packs/` and the importer do: refused with a path, or accepted. */
export async function checkPackAlone(doc: ContentDocument, packs: Pack[]): Promise<Checked> {
  const started = performance.now();
  const { value, errors } = await withEngineErrors((): Verdict => {
    const result = judged([doc], packs);
    if ('outcome' in result) return result;
    return { outcome: result.issues.length ? 'rejected' : 'played', detail: '', where: null };
  });
  const ms = performance.now() - started;
  if (errors.length)
    return { outcome: 'crashed', detail: `uncaught async error ${first(errors[0])}`, where: whereOf(errors[0]), ms };
  return { ...value, ms };
}
