/** One simulated day. Machines only ever run on a SimulatedClock, so this never becomes a real timer. */
export const DAY = 86_400_000;
/** The hold fires within the day after the hold day: "past day 26" means on day 27. */
const PAST_THE_DAY = 3_600_000;

// The loop's calendar, shared by the loop machine and every enumerator, so both agree on when a
// step falls and whether the hold came first.

/** The loop's fixed days, from the pack. */
export interface LoopDays {
  debriefDay: number;
  offerDay: number;
  holdDay?: number;
}

/** The day a step is due: its planned day pushed back by the slip so far, never before today. */
export const dueDay = (today: number, planned: number, slip: number) => Math.max(today, planned + slip);

/** Whether a step due on this day comes after the hold has fired (the hold fires just past the hold day). */
export const pastHold = (days: Pick<LoopDays, 'holdDay'>, day: number) =>
  days.holdDay !== undefined && day > days.holdDay;

/** Milliseconds of simulated time from today to a due day. */
export const msUntil = (today: number, due: number) => (due - today) * DAY;

/** When the hold timer fires, in simulated milliseconds from the application. */
export const holdDeadlineMs = (days: Pick<LoopDays, 'holdDay'>) => (days.holdDay ?? 0) * DAY + PAST_THE_DAY;
