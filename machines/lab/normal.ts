import { seededRandom } from '../engine/random';

/** A seeded source of uniform and standard normal draws: the lab's only randomness. */
export interface Draws {
  uniform: () => number;
  normal: () => number;
}

/**
 * Standard normals by Box-Muller on the seeded mulberry32 stream, each pair used in full, so the
 * same seed gives the same draws in node and in a browser worker.
 */
export function seededDraws(seed: number): Draws {
  const uniform = seededRandom(seed);
  let spare = 0;
  let hasSpare = false;
  const normal = () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    // 1 - u lies in (0, 1], so the log is finite.
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    hasSpare = true;
    return r * Math.cos(theta);
  };
  return { uniform, normal };
}
