/**
 * The suite's one timeout policy, read by vite.config.ts (tests, hooks, expect.poll) and by the
 * browser helper (every playwright wait and action). Generous on purpose: the suite must pass while
 * other processes keep both cores busy, so a slow machine is slow, never red. A test that needs more
 * (a long property run) says so itself; none may ask for less.
 */
export const TIMEOUTS = {
  /** One test, and one beforeAll/afterAll. */
  test: 180_000,
  /** One wait inside a test: expect.poll, a playwright locator, a navigation, an event. */
  wait: 60_000,
} as const;
