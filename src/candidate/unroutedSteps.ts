// The address bar takes a step after the next prompt is painted (history.replaceState costs
// milliseconds in Chromium, more than React's whole swap). A reload inside that frame would open
// the link as it stood a step earlier: the page, as it goes, notes in this tab's sessionStorage
// which steps the link should have said, and the reloaded screen takes them.
const KEY = 'debrief.unrouted.candidate.';

/** Note, as the page goes, that the link saying `linked` should have said `steps`. */
export function noteUnroutedSteps(scenarioId: string, linked: string | null, steps: string) {
  try {
    sessionStorage.setItem(KEY + scenarioId, JSON.stringify({ linked, steps }));
  } catch {
    // No sessionStorage: a reload within the frame opens the link one step back, as links do.
  }
}

/**
 * The steps to open: the link's, unless this tab left while its link was a step behind. Read, not
 * taken: React may start a screen twice (strict mode); the screen forgets the note once it has
 * written its own address.
 */
export function stepsToOpen(scenarioId: string, linked: string | null): string | null {
  try {
    const raw = sessionStorage.getItem(KEY + scenarioId);
    if (raw === null) return linked;
    const note = JSON.parse(raw) as { linked: string | null; steps: string };
    return note.linked === linked ? note.steps : linked;
  } catch {
    return linked;
  }
}

/** The address bar holds this screen's steps again: the note has served. */
export function forgetUnroutedSteps(scenarioId: string) {
  try {
    sessionStorage.removeItem(KEY + scenarioId);
  } catch {
    // Nothing was noted without sessionStorage.
  }
}
