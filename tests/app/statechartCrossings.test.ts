import { describe, expect, it } from 'vitest';
import { layAll, type LaidCharts } from '../../src/coach/statechartPlugin';
import { countCrossings, countOverdrawn } from '../../src/coach/crossings';

// The coach's charts as the build lays them out. Each drew with no arrow crossing another when this
// test was written (LAYER_SWEEP with a two-sided greedy switch, network-simplex placement); a change
// to the machines or the layout that tangles them fails here, with the chart named.
const MOST_CROSSINGS: Record<string, number> = { loop: 0, round: 0, debrief: 0, conversion: 0, offer: 0, room: 0 };

describe("the coach's statecharts, laid out at build time", () => {
  let charts: LaidCharts;
  const laid = async () => {
    charts ??= await layAll();
    return charts;
  };

  it('draws every machine the coach shows', async () => {
    expect(Object.keys(await laid()).sort()).toEqual(Object.keys(MOST_CROSSINGS).sort());
  });

  it.each(Object.entries(MOST_CROSSINGS))('%s: no more arrows cross than before (%i)', async (id, most) => {
    expect(countCrossings((await laid())[id]!)).toBeLessThanOrEqual(most);
  });

  it.each(Object.keys(MOST_CROSSINGS))('%s: no arrow runs through a label or a state it does not join', async (id) => {
    expect(countOverdrawn((await laid())[id]!)).toEqual({ labels: 0, states: 0 });
  });

  it('counts a crossing where two arrows do cross, and none where they only meet', () => {
    const edge = (points: Array<[number, number]>) => ({ points: points.map(([x, y]) => ({ x, y })) });
    const crossed = [
      edge([
        [0, 0],
        [10, 10],
      ]),
      edge([
        [0, 10],
        [10, 0],
      ]),
    ];
    const meeting = [
      edge([
        [0, 0],
        [5, 5],
      ]),
      edge([
        [10, 0],
        [5, 5],
      ]),
    ];
    expect(countCrossings({ edges: crossed } as never)).toBe(1);
    expect(countCrossings({ edges: meeting } as never)).toBe(0);
    const box = { node: { id: 'b' }, compound: false, x: 4, y: -5, width: 4, height: 30 };
    const through = {
      ...edge([
        [0, 0],
        [10, 0],
      ]),
      source: 'a',
      target: 'c',
      labelBox: null,
    };
    expect(countOverdrawn({ edges: [through], states: [box] } as never)).toEqual({ labels: 0, states: 1 });
  });
});
