/**
 * Bounds on what one client or one address may do, so one phone (or one script) cannot flood,
 * stuff or fill a room. The per-address numbers are sized for a venue where a whole audience
 * shares one public address behind the Wi-Fi's NAT: 200 people joining over a minute or two,
 * each with a tab or two open, stay well inside them.
 */
export const LIMITS = {
  /** Messages a connection may send in a burst, and how fast the allowance refills. */
  burst: 20,
  perSecond: 10,
  /** Open sockets from one address (a 200-person room behind one NAT, with reloads, fits). */
  socketsPerAddress: 400,
  /** New participants from one address: a burst, then this many a second (a script needs 40 min to fill 5,000). */
  joinBurst: 60,
  joinsPerSecond: 2,
  /** Wrong codes an address may try per minute before every answer to it is slowed (never refused: a NAT shares it). */
  failedJoinsPerMinute: 30,
  /** How long an answer to a slowed address waits: with 31^8 codes, guessing stays hopeless. */
  slowAnswerMs: 2000,
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

/** One token bucket per key (an address), forgotten once there are too many keys to keep. */
export function bucketsByKey(capacity: number, perSecond: number, now: () => number) {
  const buckets = new Map<string, ReturnType<typeof tokenBucket>>();
  return {
    take(key: string) {
      let b = buckets.get(key);
      if (!b) {
        // A bounded map: past this many addresses start afresh rather than grow without end.
        if (buckets.size > 50_000) buckets.clear();
        b = tokenBucket(capacity, perSecond, now);
        buckets.set(key, b);
      }
      return b.take();
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
      if (recent.length) hits.set(key, recent);
      else hits.delete(key);
      return recent.length < limit;
    },
    hit(key: string) {
      const recent = (hits.get(key) ?? []).filter((t) => now() - t < 60_000);
      recent.push(now());
      if (hits.size > 50_000) hits.clear();
      hits.set(key, recent);
    },
  };
}

/** Connections the kernel may queue for the server (Linux caps it at net.core.somaxconn, 4096 by default). */
export const LISTEN_BACKLOG = 4096;
