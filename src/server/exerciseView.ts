import type { ExerciseContext } from '../../machines/room/exercise';
import { completeRaters, PASSES, sheetsOf } from '../../machines/room/exercise';
import { answerSpread, exerciseNoise, leniencyIn, passIcc } from '../../machines/room/exerciseResults';
import { roomLabQuery } from '../../machines/lab/roomNoise';
import { PUBLISHED } from '../../machines/lab/setup';
import type { ExerciseView, PassIccView } from '../room/exerciseProtocol';
import type { Participant } from '../../machines/room/context';
import type { RoomReport } from '../room/protocol';

/** A pass's ICCs as the wire carries them. */
function passIccView(ex: ExerciseContext, pass: number): PassIccView {
  const r = passIcc(ex, pass);
  return {
    pass,
    icc1: r.table?.icc1 ?? null,
    icc2: r.table?.icc2 ?? null,
    icc3: r.table?.icc3 ?? null,
    problem: r.problem,
    raters: r.raters,
    partial: r.partial,
    targets: ex.plan.answers.length * ex.plan.dimensions.length,
  };
}

/**
 * What every window sees of the exercise: the answer on screen, how many have scored; after a
 * pass's reveal, each answer's spread beside the recorded score, every revealed pass's ICCs
 * beside the literature's, and the lab link with the room's noise.
 */
export function exerciseViewOf(ex: ExerciseContext, revealedNow: boolean): ExerciseView {
  const answer = ex.plan.answers[ex.index]!;
  const revealedPasses = Array.from({ length: ex.revealed }, (_, i) => i + 1);
  const shownPass = revealedNow ? ex.pass : ex.revealed;
  const noise = revealedPasses.length ? exerciseNoise(ex) : null;
  return {
    pass: ex.pass,
    passes: PASSES,
    index: ex.index,
    count: ex.plan.answers.length,
    rubric: ex.plan.rubric,
    answer: { id: answer.id, heading: answer.heading, prompt: answer.prompt, text: answer.text },
    dimensions: ex.plan.dimensions.map(({ id, label }) => ({ id, label })),
    anchors: ex.plan.anchors,
    recommendations: ex.plan.recommendations,
    sheetsIn: sheetsOf(ex, ex.pass, answer.id).size,
    complete: completeRaters(ex, ex.pass).length,
    revealed: revealedNow,
    reveal: revealedNow
      ? {
          spreads: ex.plan.answers.map((a) => answerSpread(ex, shownPass, a.id)),
          icc: revealedPasses.map((p) => passIccView(ex, p)),
          literature: {
            separate: PUBLISHED.separate.value,
            panel: PUBLISHED.panel.value,
            source: PUBLISHED.separate.source,
          },
          lab: noise && {
            scenario: ex.plan.scenario,
            query: roomLabQuery(noise),
            err: noise.err,
            len: noise.len,
            residual: noise.residual,
            clamped: noise.clamped,
          },
        }
      : null,
  };
}

/** A phone's own sheet for the answer on screen and, after a reveal, its own leniency in that pass. */
export function exerciseYouOf(ex: ExerciseContext, pid: string, revealedNow: boolean) {
  const answer = ex.plan.answers[ex.index]!;
  const sheet = sheetsOf(ex, ex.pass, answer.id).get(pid) ?? null;
  return { sheet, leniency: revealedNow ? leniencyIn(ex, ex.pass, pid) : null };
}

/** Every rating of every pass, and each revealed pass's ICCs, for the export. */
export function exerciseReportOf(
  ex: ExerciseContext,
  participants: ReadonlyMap<string, Participant>,
): NonNullable<RoomReport['exercise']> {
  const ratings = ex.sheets.flatMap((byAnswer, i) =>
    ex.plan.answers.flatMap((a) =>
      [...(byAnswer.get(a.id) ?? new Map())].flatMap(([pid, sheet]) =>
        ex.plan.dimensions.map((d) => ({
          pid,
          name: participants.get(pid)?.name ?? '',
          pass: i + 1,
          answer: a.id,
          dimension: d.id,
          score: sheet.scores[d.id]!,
          recommendation: sheet.recommendation,
        })),
      ),
    ),
  );
  const icc = Array.from({ length: ex.revealed }, (_, i) => passIccView(ex, i + 1));
  return { ratings, icc };
}
