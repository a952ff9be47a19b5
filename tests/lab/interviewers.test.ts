import { beforeAll, describe, expect, it } from 'vitest';
import { runLab } from '../../machines/lab/run';
import { DEFAULT_SETUP } from '../../machines/lab/setup';
import { scenario } from './library';
import type { InterviewersData } from '../../machines/lab/interviewers';

describe('how many interviewers are enough, on the default pack', () => {
  // a04 plays the pm pack; a large N keeps the gains' differences well above the draws' noise.
  let data: InterviewersData;
  let separate: number[];
  let gains: number[];
  beforeAll(() => {
    const result = runLab(scenario('a04-review-calibration'), {
      ...DEFAULT_SETUP,
      question: 'interviewers',
      n: 300_000,
    });
    if (result.question !== 'interviewers') throw new Error('expected interviewers');
    data = result.data;
    separate = data.points.map((p) => p.separate.share);
    gains = separate.slice(1).map((x, i) => x - separate[i]!);
  }, 300_000);

  it('rises with every interviewer added', () => {
    for (const g of gains) expect(g).toBeGreaterThan(0);
  });

  it('flattens: each interviewer past the fourth adds less than the one before', () => {
    // gains[k - 2] is what the k-th interviewer adds.
    for (let k = 5; k <= separate.length; k++) expect(gains[k - 2]!).toBeLessThan(gains[k - 3]!);
    expect(data.flattensAt.separate).not.toBeNull();
  });

  it('a panel, sharing one occasion, gains less than separate interviews', () => {
    const panel = data.points.map((p) => p.panel.share);
    expect(panel[0]).toBe(separate[0]);
    expect(panel.at(-1)!).toBeLessThan(separate.at(-1)! - 0.05);
  });
});
