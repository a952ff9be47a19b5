/**
 * Run `fn` and collect the errors XState reports after the fact: an actor that throws with no one
 * listening re-throws from a timer (`setTimeout(() => { throw err })`), which in a terminal is a
 * stack trace after the output and in a test an "unhandled error". Caught here, they count as crashes.
 */
export async function withEngineErrors<T>(fn: () => T): Promise<{ value: T; errors: unknown[] }> {
  const errors: unknown[] = [];
  const real = globalThis.setTimeout;
  const guarded = ((callback: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    real(() => {
      try {
        callback(...args);
      } catch (err) {
        errors.push(err);
      }
    }, ms)) as unknown as typeof setTimeout;
  globalThis.setTimeout = guarded;
  let value: T;
  try {
    value = fn();
  } finally {
    globalThis.setTimeout = real;
  }
  // The engine's timers were set inside fn with delay 0; one later tick lets them all run.
  await new Promise((resolve) => real(resolve, 0));
  return { value, errors };
}
