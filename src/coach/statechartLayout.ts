import type { ChartNode, ChartTransition } from './statechart';
import { eventWords, guardWords, stateName } from './plainNames';

/** Sizes the diagram draws at, in screen pixels: big enough for a projector at the back of a room. */
export const FONT = { state: 17, line: 14, edge: 14 } as const;
const LINE_H = 20;
const HEAD_H = 32;
const PAD = 14;

/** One state's box, with the lines written inside it (transitions handled in place). */
interface LaidState {
  node: ChartNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The state's name in plain words; its code name is `node.key`. */
  name: string;
  lines: string[];
  /** The same lines with the machine's code names, for hover. */
  codeLines: string[];
  compound: boolean;
  depth: number;
}

/** One arrow between states, with its label where the layout put it. */
interface LaidEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  /** The label with the machine's code names (event [guard]), for hover. */
  code: string;
  points: Array<{ x: number; y: number }>;
  labelBox: { x: number; y: number; width: number; height: number } | null;
  initial: boolean;
}

export interface LaidChart {
  width: number;
  height: number;
  states: LaidState[];
  edges: LaidEdge[];
  initials: Array<{ x: number; y: number; r: number }>;
}

type Measure = (text: string, px: number, bold?: boolean) => number;

/** Text width in pixels: measured on a canvas in a browser, estimated from letter widths elsewhere (the build). */
function textMeasurer(): Measure {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext?.('2d') : null;
  return (text, px, bold = false) => {
    if (!ctx) return estimateWidth(text, px, bold);
    ctx.font = `${bold ? 700 : 400} ${px}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
    return ctx.measureText(text).width;
  };
}

/**
 * A generous estimate of a sans-serif line's width, letter by letter (em fractions near DejaVu Sans,
 * the widest of the usual system fonts), so a box laid out at build time holds its text everywhere.
 */
export function estimateWidth(text: string, px: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[ijl.,:;'|!()[\] ]/.test(ch)) em += 0.33;
    else if (/[ftr]/.test(ch)) em += 0.43;
    else if (/[mwMW]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else em += 0.62;
  }
  return em * px * (bold ? 1.1 : 1);
}

const isWithin = (id: string, ancestor: string) => id.startsWith(`${ancestor}.`);

/** An arrow's label in plain words: the event and, when there is one, its guard; `always` reads as what it is. */
function edgeLabel(t: ChartTransition, siblings: ChartTransition[]): string {
  if (t.event === 'always') {
    if (t.guard) return `if ${guardWords(t.guard)}`;
    return siblings.some((s) => s.event === 'always' && s.guard) ? 'otherwise' : 'at once';
  }
  return t.guard ? `${eventWords(t.event)}, if ${guardWords(t.guard)}` : eventWords(t.event);
}

/** The same label in the machine's own names, for hover. */
const edgeCode = (t: ChartTransition) => (t.guard ? `${t.event} [${t.guard}]` : t.event);

/** Transitions that stay in the state, one line per event with its guards: plain words, and the code names. */
function inPlaceLines(node: ChartNode): { lines: string[]; codeLines: string[] } {
  const byEvent = new Map<string, string[]>();
  for (const t of node.transitions) {
    const here = !t.targets.length || t.targets.every((id) => id === node.id);
    if (!here) continue;
    const guards = byEvent.get(t.event) ?? [];
    guards.push(t.guard ?? 'otherwise');
    byEvent.set(t.event, guards);
  }
  const lines: string[] = [];
  const codeLines: string[] = [];
  for (const [event, guards] of byEvent) {
    const guarded = guards.length > 1 || guards[0] !== 'otherwise';
    lines.push(
      guarded
        ? `${eventWords(event)}, if ${guards.map((g) => (g === 'otherwise' ? g : guardWords(g))).join(' / ')}`
        : eventWords(event),
    );
    codeLines.push(guarded ? `${event} [${guards.join(' / ')}]` : event);
  }
  // A transition from a state into its own child (the loop's withdraw) applies from anywhere inside.
  for (const t of node.transitions) {
    const inner = t.targetKeys.filter((_, i) => isWithin(t.targets[i]!, node.id));
    if (!inner.length) continue;
    lines.push(`from any state: ${eventWords(t.event)} → ${inner.map(stateName).join(', ')}`);
    codeLines.push(`from any state: ${t.event} → ${inner.join(', ')}`);
  }
  return { lines, codeLines };
}

type ElkNode = {
  id: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  children?: ElkNode[];
  layoutOptions?: Record<string, string>;
  labels?: Array<{ text: string; width: number; height: number; x?: number; y?: number }>;
};
type ElkEdge = {
  id: string;
  sources: string[];
  targets: string[];
  labels?: Array<{ text: string; width: number; height: number; x?: number; y?: number }>;
  sections?: Array<{
    startPoint: { x: number; y: number };
    endPoint: { x: number; y: number };
    bendPoints?: Array<{ x: number; y: number }>;
  }>;
};
type ElkRoot = ElkNode & { edges: ElkEdge[] };
export interface Elk {
  layout(graph: ElkRoot): Promise<ElkRoot>;
}

/**
 * Lay a machine's statechart out with ELK's layered algorithm: nested states as boxes inside their
 * parent, each transition an arrow labelled with its event and guard, an initial dot in each
 * compound state. Coordinates come back absolute, ready to draw.
 */
export async function layoutChart(elk: Elk, root: ChartNode, measure: Measure = textMeasurer()): Promise<LaidChart> {
  const info = new Map<string, { node: ChartNode; lines: string[]; codeLines: string[]; depth: number }>();
  const edges: ElkEdge[] = [];
  const labels = new Map<string, { text: string; code: string }>();
  const initials = new Set<string>();

  const build = (node: ChartNode, depth: number): ElkNode => {
    const { lines, codeLines } = inPlaceLines(node);
    info.set(node.id, { node, lines, codeLines, depth });
    const widest = Math.max(measure(stateName(node.key), FONT.state, true), ...lines.map((l) => measure(l, FONT.line)));
    node.transitions.forEach((t, i) => {
      t.targets.forEach((target, j) => {
        if (target === node.id || isWithin(target, node.id)) return;
        const id = `${node.id}->${target}#${i}.${j}`;
        const text = edgeLabel(t, node.transitions);
        labels.set(id, { text, code: edgeCode(t) });
        edges.push({
          id,
          sources: [node.id],
          targets: [target],
          labels: [{ text, width: measure(text, FONT.edge) + 8, height: LINE_H }],
        });
      });
    });
    if (!node.children.length) {
      return { id: node.id, width: Math.ceil(widest + 2 * PAD), height: HEAD_H + 8 + lines.length * LINE_H };
    }
    const children = node.children.map((c) => build(c, depth + 1));
    if (node.initial) {
      const dot = `${node.id}#initial`;
      initials.add(dot);
      children.unshift({ id: dot, width: 14, height: 14 });
      edges.push({ id: `${dot}->${node.initial}`, sources: [dot], targets: [node.initial] });
    }
    const top = HEAD_H + lines.length * LINE_H + 6;
    return {
      id: node.id,
      children,
      layoutOptions: {
        'elk.padding': `[top=${top},left=${PAD},bottom=${PAD},right=${PAD}]`,
        'elk.nodeSize.minimum': `(${Math.ceil(widest + 2 * PAD)}, ${top + 20})`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      },
    };
  };

  const top = build(root, 0);
  const graph: ElkRoot = {
    ...top,
    edges,
    layoutOptions: {
      ...top.layoutOptions,
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.json.edgeCoords': 'ROOT',
      'elk.json.shapeCoords': 'ROOT',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.spacing.nodeNodeBetweenLayers': '46',
      'elk.spacing.nodeNode': '36',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.edgeNode': '18',
      'elk.layered.spacing.edgeNodeBetweenLayers': '18',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.crossingMinimization.greedySwitch.type': 'TWO_SIDED',
    },
  };
  const laid = await elk.layout(graph);

  const states: LaidState[] = [];
  const dots: LaidChart['initials'] = [];
  const walk = (n: ElkNode) => {
    if (initials.has(n.id)) {
      dots.push({ x: n.x! + 7, y: n.y! + 7, r: 7 });
      return;
    }
    const i = info.get(n.id)!;
    states.push({
      node: i.node,
      x: n.x ?? 0,
      y: n.y ?? 0,
      width: n.width ?? 0,
      height: n.height ?? 0,
      name: stateName(i.node.key),
      lines: i.lines,
      codeLines: i.codeLines,
      compound: !!n.children?.length,
      depth: i.depth,
    });
    n.children?.forEach(walk);
  };
  walk(laid);
  return {
    width: Math.ceil((laid.width ?? 0) + 2),
    height: Math.ceil((laid.height ?? 0) + 2),
    states,
    initials: dots,
    edges: laid.edges.map((e) => {
      const s = e.sections?.[0];
      const label = e.labels?.[0];
      return {
        id: e.id,
        source: e.sources[0]!,
        target: e.targets[0]!,
        label: labels.get(e.id)?.text ?? '',
        code: labels.get(e.id)?.code ?? '',
        points: s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [],
        labelBox:
          label && label.x !== undefined ? { x: label.x, y: label.y!, width: label.width, height: label.height } : null,
        initial: initials.has(e.sources[0]!),
      };
    }),
  };
}
