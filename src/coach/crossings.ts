import type { LaidChart } from './statechartLayout';

type Point = { x: number; y: number };
type Box = { x: number; y: number; width: number; height: number };

const turn = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
const EPS = 1e-6;
const opposite = (a: number, b: number) => (a > EPS && b < -EPS) || (a < -EPS && b > EPS);

/** Whether two segments cross in their interiors (touching at an end, as arrows into one state do, is no crossing). */
function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  return opposite(turn(q1, q2, p1), turn(q1, q2, p2)) && opposite(turn(p1, p2, q1), turn(p1, p2, q2));
}

/** Whether a segment runs through a box's inside (a pixel in from its border), sampled finely. */
function segmentEnters(a: Point, b: Point, r: Box): boolean {
  const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2) + 1;
  for (let i = 0; i <= steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    if (x > r.x + 1 && x < r.x + r.width - 1 && y > r.y + 1 && y < r.y + r.height - 1) return true;
  }
  return false;
}

const segments = (points: Point[]) => points.slice(1).map((p, i) => [points[i]!, p] as const);

/** How many times one arrow of a laid-out chart crosses another: what a reader has to untangle. */
export function countCrossings(chart: Pick<LaidChart, 'edges'>): number {
  const paths = chart.edges.map((e) => segments(e.points));
  let n = 0;
  for (let i = 0; i < paths.length; i++)
    for (let j = i + 1; j < paths.length; j++)
      for (const [a, b] of paths[i]!) for (const [c, d] of paths[j]!) if (segmentsCross(a, b, c, d)) n++;
  return n;
}

/**
 * What else hides a chart's meaning: an arrow drawn through another arrow's label, or through a simple
 * state that is neither its end (a box the arrow must leave or enter, its own ends' parents, is no fault).
 */
export function countOverdrawn(chart: Pick<LaidChart, 'edges' | 'states'>): { labels: number; states: number } {
  let labels = 0;
  let states = 0;
  for (const e of chart.edges) {
    const segs = segments(e.points);
    for (const f of chart.edges)
      if (f !== e && f.labelBox && segs.some(([a, b]) => segmentEnters(a, b, f.labelBox!))) labels++;
    for (const s of chart.states) {
      if (s.compound || s.node.id === e.source || s.node.id === e.target) continue;
      if (segs.some(([a, b]) => segmentEnters(a, b, s))) states++;
    }
  }
  return { labels, states };
}
