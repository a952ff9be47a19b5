import type { RoomContext } from '../../machines/room/context';
import { tallyOf, winnerOf } from '../../machines/room/tally';
import type { RoomReport } from '../room/protocol';
import type { RoomRecord } from './store';
import { exerciseReportOf } from './exerciseView';

/** The room's whole session, step by step with its tallies, for export and the printed handout. */
export function roomReportOf(record: RoomRecord, ctx: RoomContext): RoomReport {
  return {
    code: record.code,
    scenario: record.scenario,
    title: ctx.plan.title,
    mode: record.mode,
    participants: ctx.participants.size,
    steps: ctx.steps.map((r, i) => {
      const tally = tallyOf(r.step.options, r.votes);
      return {
        position: i + 1,
        id: r.step.id,
        kind: r.step.kind,
        heading: r.step.heading,
        text: r.step.text,
        revealed: r.revealed,
        recorded: r.step.recorded,
        winner: winnerOf(r.step.options, r.votes, r.tiebreak),
        options: r.step.options.map((o, j) => ({ id: o.id, text: o.text, votes: tally[j]!.votes })),
        vetoes: [...r.votes.values()].filter((v) => v.veto).length,
        ...(r.step.outcome ? { outcome: r.step.outcome } : {}),
        ...(r.step.committee ? { committee: r.step.committee } : {}),
      };
    }),
    ...(ctx.exercise ? { exercise: exerciseReportOf(ctx.exercise, ctx.participants) } : {}),
  };
}
