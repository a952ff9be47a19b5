/** One simulated day. Machines only ever run on a SimulatedClock, so this never becomes a real timer. */
export const DAY = 86_400_000;
/** The hold fires within the day after the hold day: "past day 26" means on day 27. */
export const PAST_THE_DAY = 3_600_000;
