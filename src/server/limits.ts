/** Bounds on what one client may do, so one phone (or one script) cannot flood the room. */
export const LIMITS = {
  /** Messages a connection may send in a burst, and how fast the allowance refills. */
  burst: 20,
  perSecond: 10,
  /** Wrong codes an address may try per minute: 31^8 codes make guessing hopeless at this rate. */
  failedJoinsPerMinute: 10,
  roomsPerMinute: 10,
  participantsPerRoom: 5000,
} as const;

/** A token bucket: `take()` is false once the allowance is spent. */
export function tokenBucket(capacity: number, perSecond: number, now: () => number) {
  let tokens = capacity;
  let at = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(capacity, tokens + ((t - at) / 1000) * perSecond);
      at = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Counts per key in a sliding minute, for join failures and room creation per address. */
export function perMinute(limit: number, now: () => number) {
  const hits = new Map<string, number[]>();
  return {
    /** Whether `key` is still under the limit (without counting a hit). */
    allowed(key: string) {
      const recent = (hits.get(key) ?? []).filter((t) => now() - t < 60_000);
      hits.set(key, recent);
      return recent.length < limit;
    },
    hit(key: string) {
      const recent = (hits.get(key) ?? []).filter((t) => now() - t < 60_000);
      recent.push(now());
      hits.set(key, recent);
    },
  };
}
