import type { AnyStateMachine } from 'xstate';

/** One transition as the diagram labels it: the event, its guard, where it goes. */
export interface ChartTransition {
  event: string;
  guard: string | null;
  /** Target state ids; empty for a transition handled in place. */
  targets: string[];
  /** Target state keys, for reading out. */
  targetKeys: string[];
}

/** A state node as the diagram needs it, read from the machine definition itself. */
export interface ChartNode {
  id: string;
  key: string;
  path: string[];
  type: string;
  description: string | null;
  /** The child a compound state starts in. */
  initial: string | null;
  transitions: ChartTransition[];
  children: ChartNode[];
}

type RawTarget = { id: string; key: string };
type RawTransition = { target?: RawTarget[]; guard?: unknown };
type RawNode = {
  id: string;
  key: string;
  path: string[];
  type: string;
  description?: string;
  initial?: { target?: RawTarget[] };
  states: Record<string, RawNode>;
  transitions: Map<string, RawTransition[]>;
  always?: RawTransition[];
};

/** Readable event names: `xstate.after.untilRound.loop…` becomes `after untilRound`, a child actor's end `round done`. */
const eventName = (e: string) =>
  e.startsWith('xstate.after.')
    ? `after ${e.split('.')[2]}`
    : e.startsWith('xstate.done.actor.')
      ? `${e.split('.')[3]} done`
      : e;

/** A guard's name as the machine's setup() names it; `not(x)` and friends read as such. */
function guardName(guard: unknown): string | null {
  if (!guard) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && 'type' in guard) return String((guard as { type: unknown }).type);
  if (typeof guard === 'function') {
    const inner = (guard as { guards?: unknown[] }).guards;
    const op = guard.name && guard.name !== 'guard' ? guard.name : 'guard';
    return inner?.length ? `${op}(${inner.map((g) => guardName(g) ?? '?').join(', ')})` : op;
  }
  return null;
}

function transitionOf(event: string, t: RawTransition): ChartTransition {
  return {
    event: eventName(event),
    guard: guardName(t.guard),
    targets: t.target?.map((x) => x.id) ?? [],
    targetKeys: t.target?.map((x) => x.key) ?? [],
  };
}

function toChart(node: RawNode): ChartNode {
  // A child's snapshot only keeps the loop's own snapshot moving for its readers: bookkeeping, not an arrow.
  const transitions = [...node.transitions.entries()]
    .filter(([event]) => !event.startsWith('xstate.snapshot.'))
    .flatMap(([event, ts]) => ts.map((t) => transitionOf(event, t)));
  for (const t of node.always ?? []) transitions.push(transitionOf('always', t));
  return {
    id: node.id,
    key: node.key,
    path: node.path,
    type: node.type,
    description: node.description ?? null,
    initial: node.initial?.target?.[0]?.id ?? null,
    transitions,
    children: Object.values(node.states).map(toChart),
  };
}

/** The state tree of a machine with every transition, straight from its definition. */
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
