/** A seeded source of uniform and standard normal draws: the lab's only randomness. */
export interface Draws {
  uniform: () => number;
  normal: () => number;
}

/**
 * mulberry32 (as machines/engine/random.ts) with standard normals by Box-Muller, each pair used in
 * full, so the same seed gives the same draws in node and in a browser worker. The state lives in
 * typed arrays: a uint32 or a double kept in a closure variable is boxed on every write, and the
 * lab draws millions of them.
 */
export function seededDraws(seed: number): Draws {
  const state = new Uint32Array([seed >>> 0]);
  const spare = new Float64Array(1);
  const flags = new Uint8Array(1);
  const uniform = () => {
    const a = (state[0] = (state[0]! + 0x6d2b79f5) >>> 0);
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    if (flags[0]) {
      flags[0] = 0;
      return spare[0]!;
    }
    // 1 - u lies in (0, 1], so the log is finite.
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const theta = 2 * Math.PI * uniform();
    spare[0] = r * Math.sin(theta);
    flags[0] = 1;
    return r * Math.cos(theta);
  };
  return { uniform, normal };
}
