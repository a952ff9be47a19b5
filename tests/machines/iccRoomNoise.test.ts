import { describe, expect, it } from 'vitest';
import { noiseFromRatings, raterLeniency, roomLabQuery, roomLabSetup } from '../../machines/lab/roomNoise';
import { DEFAULT_SETUP, OCCASION_SHARE, parseSetup } from '../../machines/lab/setup';
import { seededDraws } from '../../machines/lab/normal';
import { hrefFor, parseRoute } from '../../src/shared/router';
import type { RatingMatrix } from '../../machines/stats/icc';

/** A simulated room: answers with true levels, raters with a leniency, each reading with its own error. */
function room(opts: { answers: number; raters: number; len: number; own: number; seed: number; round?: boolean }) {
  const draws = seededDraws(opts.seed);
  const bias = Array.from({ length: opts.raters }, () => opts.len * draws.normal());
  const scores = Array.from({ length: opts.answers }, () => {
    const level = 3 + 0.8 * draws.normal();
    return bias.map((b) => {
      const x = level + b + opts.own * draws.normal();
      return opts.round ? Math.round(x) : x;
    });
  });
  const m: RatingMatrix = {
    targets: scores.map((_, i) => `a${i}`),
    raters: bias.map((_, j) => `r${j}`),
    scores,
  };
  return { m, bias };
}

describe("the lab's noise model from a room's ratings", () => {
  it("recovers the raters' leniency spread and their own error from a large simulated room", () => {
    const { m } = room({ answers: 400, raters: 60, len: 0.5, own: 0.4, seed: 3 });
    const noise = noiseFromRatings(m);
    // The leniency estimate is the sd of 60 drawn biases: within sampling error of .5.
    expect(noise.len).toBeGreaterThan(0.4);
    expect(noise.len).toBeLessThan(0.6);
    // Unrounded scores: the residual is the own error less the rounding the model assumes (1/12).
    expect(noise.residual).toBeCloseTo(Math.sqrt(0.16 - 1 / 12), 1);
    expect(noise.spread).toBeCloseTo(0.8, 1);
    expect([noise.answers, noise.raters]).toEqual([400, 60]);
  });

  it("the lab's error carries the occasion's part the room cannot see, at the lab's fixed share", () => {
    const { m } = room({ answers: 300, raters: 40, len: 0.2, own: 0.6, seed: 5, round: true });
    const noise = noiseFromRatings(m);
    expect(noise.residual).toBeGreaterThan(0.5);
    expect(noise.residual).toBeLessThan(0.7);
    expect(noise.err).toBeCloseTo(noise.residual / Math.sqrt(1 - OCCASION_SHARE), 1);
  });

  it('a room that agrees perfectly has no leniency and no error', () => {
    const m: RatingMatrix = {
      targets: ['a', 'b', 'c'],
      raters: ['x', 'y'],
      scores: [
        [1, 1],
        [3, 3],
        [5, 5],
      ],
    };
    expect(noiseFromRatings(m)).toMatchObject({ len: 0, err: 0, residual: 0, clamped: false });
  });

  it("each rater's leniency is their mean less the room's: a generous rater is positive", () => {
    const m: RatingMatrix = {
      targets: ['a', 'b'],
      raters: ['kind', 'harsh', 'constructor'],
      scores: [
        [5, 3, 4],
        [4, 2, 3],
      ],
    };
    const len = raterLeniency(m);
    expect(len.get('kind')).toBeCloseTo(1, 12);
    expect(len.get('harsh')).toBeCloseTo(-1, 12);
    expect(len.get('constructor')).toBeCloseTo(0, 12);
  });

  it('a lab link carries the room noise and reads back as the same setup', () => {
    const { m } = room({ answers: 12, raters: 8, len: 0.4, own: 0.5, seed: 9, round: true });
    const noise = noiseFromRatings(m);
    const href = hrefFor({ name: 'lab', id: 'a06-latency-veto', query: roomLabQuery(noise) });
    expect(href).toMatch(
      new RegExp(`^#/lab/a06-latency-veto\\?q=fragility&n=10000&err=${noise.err}&len=${noise.len}&seed=1$`),
    );
    const route = parseRoute(href);
    if (route.name !== 'lab') throw new Error(`expected the lab, found ${route.name}`);
    const back = parseSetup(Object.fromEntries(new URLSearchParams(route.query)));
    expect(back).toEqual({ ok: true, setup: roomLabSetup(noise) });
    expect(back.ok && back.setup.err).not.toBe(DEFAULT_SETUP.err);
  });

  it('a room noisier than the lab accepts is cut to the lab range and says so, so the link still opens', () => {
    const m: RatingMatrix = {
      targets: ['a', 'b', 'c'],
      raters: ['x', 'y'],
      scores: [
        [1, 50],
        [1, 60],
        [1, 40],
      ],
    };
    const noise = noiseFromRatings(m);
    expect(noise.clamped).toBe(true);
    expect(parseSetup(Object.fromEntries(new URLSearchParams(roomLabQuery(noise)))).ok).toBe(true);
  });
});
