import type { RoomContext, StepRecord } from '../../machines/room/context';
import { tallyOf, winnerOf } from '../../machines/room/tally';
import type { RoomReport } from '../room/protocol';
import type { RoomRecord } from './store';
import { exerciseReportOf } from './exerciseView';
import { seatsReportOf } from './seatsView';

/**
 * The room's whole session for export and the printed handout: every step with its tallies,
 * including steps an earlier changed answer superseded (marked, in the place they were played),
 * the facilitator's tie-breaks, and the people removed (whose votes no tally holds).
 */
export function roomReportOf(record: RoomRecord, ctx: RoomContext): RoomReport {
  const played: Array<{ r: StepRecord; index: number; superseded: boolean }> = [
    ...ctx.superseded.map((s) => ({ r: s.record, index: s.index, superseded: true })),
    ...ctx.steps.map((r, index) => ({ r, index, superseded: false })),
  ];
  // Stable: at each position the superseded steps come first, in the order they were left.
  played.sort((a, b) => a.index - b.index);
  return {
    code: record.code,
    scenario: record.scenario,
    title: ctx.plan.title,
    mode: record.mode,
    participants: ctx.participants.size,
    removed: [...ctx.removed.values()].map(({ name, votes }) => ({ name: name || 'Someone', votes })),
    steps: played.map(({ r, index, superseded }) => {
      const tally = tallyOf(r.step.options, r.votes);
      return {
        position: index + 1,
        id: r.step.id,
        kind: r.step.kind,
        heading: r.step.heading,
        text: r.step.text,
        revealed: r.revealed,
        superseded,
        recorded: r.step.recorded,
        winner: winnerOf(r.step.options, r.votes, r.tiebreak),
        tiebreak: r.tiebreak,
        options: r.step.options.map((o, j) => ({ id: o.id, text: o.text, votes: tally[j]!.votes })),
        vetoes: [...r.votes.values()].filter((v) => v.veto).length,
        ...(r.step.outcome ? { outcome: r.step.outcome } : {}),
        ...(r.step.committee ? { committee: r.step.committee } : {}),
      };
    }),
    ...(ctx.exercise ? { exercise: exerciseReportOf(ctx.exercise, ctx.participants) } : {}),
    ...(ctx.seating ? { seats: seatsReportOf(ctx.seating, ctx.participants) } : {}),
  };
}
