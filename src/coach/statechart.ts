import type { AnyStateMachine } from 'xstate';

/** A state node as the diagram needs it, read from the machine definition itself. */
export interface ChartNode {
  id: string;
  key: string;
  path: string[];
  type: string;
  description: string | null;
  transitions: Array<{ event: string; targets: string[] }>;
  children: ChartNode[];
}

type RawNode = {
  id: string;
  key: string;
  path: string[];
  type: string;
  description?: string;
  states: Record<string, RawNode>;
  transitions: Map<string, Array<{ target?: Array<{ key: string }> }>>;
  always?: Array<{ target?: Array<{ key: string }> }>;
};

/** Readable event names: `xstate.after.untilRound.loop…` becomes `after untilRound`. */
const eventName = (e: string) =>
  e.startsWith('xstate.after.') ? `after ${e.split('.')[2]}` : e.startsWith('xstate.done.actor.') ? `${e.split('.')[3]} done` : e;

function toChart(node: RawNode): ChartNode {
  const transitions = [...node.transitions.entries()].map(([event, ts]) => ({
    event: eventName(event),
    targets: ts.flatMap((t) => t.target?.map((x) => x.key) ?? []),
  }));
  if (node.always?.length) transitions.push({ event: 'immediately', targets: node.always.flatMap((t) => t.target?.map((x) => x.key) ?? []) });
  return {
    id: node.id,
    key: node.key,
    path: node.path,
    type: node.type,
    description: node.description ?? null,
    transitions,
    children: Object.values(node.states).map(toChart),
  };
}

/** The state tree of a machine, straight from its definition. */
export function chartOf(machine: AnyStateMachine): ChartNode {
  return toChart(machine.root as unknown as RawNode);
}

/** Whether a node is active in a snapshot, by its path (`['undecided', 'interviewing']`). */
export function isActive(snapshot: { matches: (v: never) => boolean } | undefined, path: string[]): boolean {
  if (!snapshot) return false;
  if (!path.length) return true;
  const value = path.slice(0, -1).reduceRight<unknown>((inner, key) => ({ [key]: inner }), path[path.length - 1]);
  return snapshot.matches(value as never);
}
