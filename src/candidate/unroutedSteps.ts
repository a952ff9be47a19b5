// The address bar takes a step after the next prompt is painted (history.replaceState costs
// milliseconds in Chromium, more than React's whole swap). A reload started before that write (the
// browser has already taken the address it reloads) would open the link as it stood a step earlier:
// so every write of a step first notes, in this tab's sessionStorage, which steps the old link should
// have said, and a screen opened from that old link soon after takes them. Soon after only: a link
// opened deliberately later is the player's, and opens where it says.
const KEY = 'debrief.unrouted.candidate.';
/** Long enough for a reload on a busy machine to land; short enough that an old link opened on purpose later is not moved. */
const FRESH_MS = 15_000;

/** Note that the link saying `linked` should now say `steps`. */
export function noteUnroutedSteps(scenarioId: string, linked: string | null, steps: string) {
  try {
    sessionStorage.setItem(KEY + scenarioId, JSON.stringify({ linked, steps, at: Date.now() }));
  } catch {
    // No sessionStorage: a reload within the frame opens the link one step back, as links do.
  }
}

/**
 * The steps to open: the link's, unless this tab moved past that link a moment ago. Read, not
 * taken: React may start a screen twice (strict mode).
 */
export function stepsToOpen(scenarioId: string, linked: string | null): string | null {
  try {
    const raw = sessionStorage.getItem(KEY + scenarioId);
    if (raw === null) return linked;
    const note = JSON.parse(raw) as { linked: string | null; steps: string; at?: number };
    const fresh = typeof note.at === 'number' && Math.abs(Date.now() - note.at) < FRESH_MS;
    return fresh && note.linked === linked ? note.steps : linked;
  } catch {
    return linked;
  }
}
