import type { ResolvedScenario } from '../../machines/content/resolve';
import type { PlayReport } from '../../machines/engine/report';
import { playPath } from '../../machines/engine/playPath';
import { toCsv } from '../export/csv';
import { decisionLabel, ladderOf } from '../../machines/policy/ladder';

/** One screen of a facilitated session: what the room sees, what gets revealed, what the room votes on. */
export type Slide =
  | { kind: 'title'; id: string }
  | {
      kind: 'prompt';
      id: string;
      entry: PlayReport['transcript'][number];
      choices: Array<{ id: string; text: string; note: string; coach?: string }>;
    }
  | { kind: 'packet'; id: string }
  | { kind: 'decision'; id: string; choices: Array<{ id: string; text: string }> }
  | { kind: 'lesson'; id: string };

/** The deck for a path: a title, each prompt as asked, the packet, the decision, the lesson. */
export function deckOf(resolved: ResolvedScenario, report: PlayReport): Slide[] {
  const prompts = report.transcript.map((entry, i): Slide => {
    const prompt = resolved.options.get(entry.option)!.prompt;
    return {
      kind: 'prompt',
      id: `p${i + 1}`,
      entry,
      choices: prompt.options.map((o) => ({ id: o.id, text: o.text, note: o.note, coach: o.coach })),
    };
  });
  // Every step the pack's ladder can reach for this scenario, then no hire: the kernel's ladder, not a copy of it.
  const decisions = [
    ...ladderOf(resolved.policy).map((s) => ({ id: s.decision, text: decisionLabel(s.decision, resolved.scenario) })),
    { id: 'no_hire', text: decisionLabel('no_hire', resolved.scenario) },
  ];
  return [
    { kind: 'title', id: 'title' },
    ...prompts,
    { kind: 'packet', id: 'packet' },
    { kind: 'decision', id: 'decision', choices: decisions },
    { kind: 'lesson', id: 'lesson' },
  ];
}

/** A facilitated session's state; saved after every change so a reload loses nothing. */
export interface PresenterState {
  index: number;
  revealed: string[];
  blank: boolean;
  /** Room votes per slide, per choice id. */
  tally: Record<string, Record<string, number>>;
}

export const START: PresenterState = { index: 0, revealed: [], blank: false, tally: {} };

/** The session as CSV: one row per choice the room voted on, beside what really happened. */
export function sessionCsv(
  resolved: ResolvedScenario,
  report: PlayReport,
  deck: Slide[],
  state: PresenterState,
): string {
  const rows: Array<Array<string | number>> = [];
  for (const slide of deck) {
    if (slide.kind === 'prompt') {
      for (const c of slide.choices)
        rows.push([
          slide.id,
          slide.entry.promptText,
          c.text,
          state.tally[slide.id]?.[c.id] ?? 0,
          c.id === slide.entry.option ? 'chosen' : '',
        ]);
    } else if (slide.kind === 'decision') {
      for (const c of slide.choices)
        rows.push([
          slide.id,
          `What did the committee decide on ${resolved.scenario.candidate.name}?`,
          c.text,
          state.tally[slide.id]?.[c.id] ?? 0,
          c.id === report.decision ? 'decided' : '',
        ]);
    }
  }
  return toCsv(['slide', 'question', 'choice', 'room_votes', 'what_happened'], rows);
}

/** The recorded path as played, which a facilitated session walks through. */
export function recordedReport(resolved: ResolvedScenario): PlayReport {
  const p = resolved.scenario.paths.recorded!;
  return playPath(resolved, { name: 'recorded', choices: p.choices, negotiation: p.negotiation });
}
