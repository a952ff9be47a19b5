import type { NegotiationStep } from '../content/schema';
import type { ResolvedScenario } from '../content/resolve';
import type { OfferEvent } from '../offerMachine';
import { createPlay, refusalOf, transcriptOf } from '../play/driver';
import type { LoopSnapshot, Now, PlayEvent } from '../play/now';
import { discussionLines } from '../committee/committeeInput';
import { seededRandom } from './random';
import type { PlayReport, TranscriptEntry } from './report';
import { decisionLabel } from '../policy/ladder';

/** What to play: a named path, a list of option ids, or a seeded random walk. */
export interface PathSpec {
  name: string;
  choices: string[] | 'random';
  negotiation: NegotiationStep[];
}

/** A path that says nothing of the offer takes the verbal offer and accepts; one that says anything is played as written. */
export const negotiationOf = (steps: ReadonlyArray<NegotiationStep>): NegotiationStep[] =>
  steps.length ? [...steps] : ['verbal', 'accept'];

/** The event a path's negotiation step sends to the offer. */
export function offerEventOf(step: NegotiationStep): OfferEvent {
  if (step === 'verbal') return { type: 'offer.extend' };
  if (step === 'accept') return { type: 'candidate.accept' };
  if (step === 'decline') return { type: 'candidate.decline' };
  if ('competing' in step) return { type: 'candidate.compete', amount: step.competing };
  if ('wait' in step) return { type: 'candidate.wait', days: step.wait };
  return { type: 'candidate.ask', ask: step.ask, amount: step.amount };
}

/** A path that cannot be played as given; the message says where it went wrong. */
export class PathError extends Error {
  override name = 'PathError';
}

/** Turn `--path` into a spec: a path the scenario names, or comma-separated option ids, or `random`. */
export function pathSpecFor(resolved: ResolvedScenario, arg = 'recorded'): PathSpec {
  const named = Object.hasOwn(resolved.scenario.paths, arg) ? resolved.scenario.paths[arg] : undefined;
  if (named) return { name: arg, choices: named.choices, negotiation: named.negotiation };
  if (arg === 'random') return { name: 'random', choices: 'random', negotiation: [] };
  const ids = arg
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !resolved.options.has(id));
  if (!ids.length || (unknown.length && ids.length === 1 && !arg.includes(','))) {
    const names = Object.keys(resolved.scenario.paths).join(', ');
    throw new PathError(
      `--path "${arg}": expected a path of ${resolved.scenario.id} (${names}), "random", or comma-separated option ids`,
    );
  }
  if (unknown.length)
    throw new PathError(
      `--path: unknown option id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} in ${resolved.scenario.id}`,
    );
  return { name: 'custom', choices: ids, negotiation: [] };
}

/**
 * Play a scenario headless along a path, on a simulated clock, and report what the loop decided.
 * `onNow` sees every now() the path acts on, in order (tests hold it equal to the screens' and the room's).
 */
export function playPath(resolved: ResolvedScenario, spec: PathSpec, seed = 1, onNow?: (at: Now) => void): PlayReport {
  const play = createPlay(resolved);
  const random = seededRandom(seed);
  const queue = spec.choices === 'random' ? null : [...spec.choices];
  const steps = negotiationOf(spec.negotiation);
  const send = (event: PlayEvent) => {
    const refused = refusalOf(play.actor.getSnapshot(), play.now(), event);
    if (refused) throw new PathError(`path "${spec.name}": ${refused}`);
    // What a machine notes back (an ask refused after the verbal offer) is part of the negotiation, not a refusal.
    play.send(event);
  };

  // Without a cycle, each main prompt is followed by a chain of distinct probes: past this many
  // answers a follow-up has led back into itself, and there is no decision to report.
  const maxAnswers = resolved.rounds.reduce((n, r) => n + r.prompts.length ** 2, 0);
  let answers = 0;
  for (let guard = 0; ; guard++) {
    if (guard === 10_000 || answers > maxAnswers) {
      play.stop();
      throw new PathError(
        `path "${spec.name}": the interview did not end after ${answers} answers (a follow-up leads back into itself)`,
      );
    }
    // An action that threw leaves the actor in error: say so here, not later from a timer.
    const snap = play.actor.getSnapshot();
    if (snap.status === 'error')
      throw new PathError(
        `path "${spec.name}": the loop stopped on an error: ${String((snap as { error?: unknown }).error)}`,
      );
    const at = play.now();
    onNow?.(at);
    if (at.kind === 'ended') break;
    if (at.kind === 'prompt') {
      const { prompt, round } = at;
      let id: string;
      if (queue) {
        if (!queue.length)
          throw new PathError(
            `path "${spec.name}" ends before the loop does: no answer for prompt ${prompt.id} in ${round.title}`,
          );
        id = queue.shift()!;
        if (!at.options.includes(id)) {
          throw new PathError(
            `path "${spec.name}": "${id}" is not an answer to prompt ${prompt.id} (${round.title}); expected one of ${at.options.join(', ')}`,
          );
        }
      } else {
        id = at.options[Math.floor(random() * at.options.length)]!;
      }
      answers++;
      send({ type: 'candidate.answer', option: id });
    } else if (at.kind === 'advance') {
      send({ type: 'debrief.advance' });
    } else if (at.kind === 'offer') {
      const step = steps.shift();
      if (step === undefined)
        throw new PathError(
          `path "${spec.name}": the negotiation ends before the candidate accepts or declines the offer`,
        );
      send(offerEventOf(step));
    } else {
      throw new PathError(`the loop stopped in ${JSON.stringify(snap.value)} with nothing to do`);
    }
  }
  if (queue?.length)
    throw new PathError(`path "${spec.name}" has answers left after the loop ended: ${queue.join(', ')}`);
  const report = reportOf(play.actor.getSnapshot(), resolved, spec.name, transcriptOf(resolved, play.events));
  play.stop();
  return report;
}

/** The report for a finished loop, from its final snapshot. */
export function reportOf(
  snap: LoopSnapshot,
  resolved: ResolvedScenario,
  path: string,
  transcript: TranscriptEntry[],
): PlayReport {
  const ctx = snap.context;
  const outcome = ctx.outcome;
  const offer = ctx.offer;
  const decision = snap.matches('hold')
    ? 'hold'
    : snap.matches('withdrawn')
      ? 'withdrawn'
      : (outcome?.decision ?? 'no_hire');
  return {
    scenario: resolved.scenario.id,
    path,
    decision,
    decisionLabel: decisionLabel(decision, resolved.scenario),
    level: resolved.scenario.makesOffer && outcome?.level ? outcome.level : null,
    rulesFired: [...(ctx.hold ? [ctx.hold] : []), ...(outcome?.rulesFired ?? []), ...(offer?.firings ?? [])],
    scorecards: ctx.scorecards.map((c) => ({
      round: c.round,
      interviewer: c.interviewer,
      scores: c.scores,
      overall: c.overall,
      recommendation: c.recommendation,
      reliability: c.reliability,
    })),
    offer: offer
      ? {
          level: offer.terms.level,
          base: offer.terms.base,
          bonus: offer.terms.bonus,
          equity: offer.terms.equity,
          extras: [
            ...offer.terms.extras.map(({ kind, label, amount, per, condition }) => ({
              kind,
              label,
              amount,
              per,
              condition,
            })),
            ...(offer.terms.signOn
              ? [
                  {
                    kind: 'sign-on',
                    label: 'Sign-on bonus',
                    amount: offer.terms.signOn,
                    per: 'once' as const,
                    condition: 'paid on joining',
                  },
                ]
              : []),
          ],
          accepted: offer.accepted,
          outcome: offer.outcome,
          currency: resolved.pack.comp.currency,
        }
      : null,
    days: ctx.day,
    consensus: outcome?.consensus ?? null,
    votes: (outcome?.votes ?? []).map(({ member, name, role, recommendation, score, calibrated, reason }) => ({
      member,
      name,
      role,
      recommendation,
      score,
      calibrated,
      reason,
    })),
    negotiation: offer?.log ?? [],
    transcript,
    packet: ctx.scorecards,
    discussion: outcome ? discussionLines(outcome.votes, ctx.scorecards) : [],
  };
}
