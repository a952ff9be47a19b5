import { DEBRIEF, type MapPrompt } from './mapGraph';

/** Sizes the map draws at, in pixels. */
export const MAP = { width: 280, head: 44, row: 22, debrief: 90 } as const;

export interface LaidMap {
  width: number;
  height: number;
  nodes: Array<{ id: string; x: number; y: number; width: number; height: number }>;
  edges: Array<{ id: string; option: string; to: string; points: Array<{ x: number; y: number }> }>;
}

/** The part of elkjs the map uses. */
export interface ElkLike {
  layout(graph: unknown): Promise<ElkOut>;
}
interface ElkOut {
  width?: number;
  height?: number;
  children?: Array<{ id: string; x?: number; y?: number; width?: number; height?: number }>;
  edges?: Array<{
    id: string;
    sections?: Array<{
      startPoint: { x: number; y: number };
      endPoint: { x: number; y: number };
      bendPoints?: Array<{ x: number; y: number }>;
    }>;
  }>;
}

const heightOf = (p: MapPrompt) => MAP.head + p.options.length * MAP.row;

/**
 * Lay the map out left to right with elkjs's layered algorithm: each option is a port on its
 * prompt's right edge, at its row, so every arrow starts at the answer it follows.
 */
export async function layoutMap(elk: ElkLike, prompts: MapPrompt[]): Promise<LaidMap> {
  const known = new Set(prompts.map((p) => p.id));
  const children = [
    ...prompts.map((p) => ({
      id: p.id,
      width: MAP.width,
      height: heightOf(p),
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
      ports: p.options.map((o, i) => ({
        id: `port:${o.id}`,
        x: MAP.width,
        y: MAP.head + i * MAP.row + MAP.row / 2,
        width: 1,
        height: 1,
      })),
    })),
    { id: DEBRIEF, width: MAP.debrief, height: 40 },
  ];
  const edges = prompts.flatMap((p) =>
    p.options
      .filter((o) => known.has(o.to) || o.to === DEBRIEF)
      .map((o) => ({ id: `edge:${o.id}`, sources: [`port:${o.id}`], targets: [o.to] })),
  );
  const out = await elk.layout({
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.spacing.nodeNode': '24',
      'elk.edgeRouting': 'SPLINES',
      // A scenario is mostly a chain: one column, read top to bottom, fits the side pane; probes sit beside it.
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children,
    edges,
  });
  const byEdge = new Map(edges.map((e) => [e.id, e]));
  return {
    width: out.width ?? 0,
    height: out.height ?? 0,
    nodes: (out.children ?? []).map((c) => ({
      id: c.id,
      x: c.x ?? 0,
      y: c.y ?? 0,
      width: c.width ?? 0,
      height: c.height ?? 0,
    })),
    edges: (out.edges ?? []).map((e) => {
      const s = e.sections?.[0];
      const src = byEdge.get(e.id)!;
      return {
        id: e.id,
        option: src.sources[0]!.slice('port:'.length),
        to: src.targets[0]!,
        points: s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [],
      };
    }),
  };
}
