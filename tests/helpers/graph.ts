import { getAdjacencyMap } from 'xstate/graph';
import type { AnyStateMachine, AnyStateNode, EventObject, StateValue } from 'xstate';

/**
 * Every state node id a snapshot can rest in, root excluded. A state that an unguarded `always`
 * leaves at once is passed through, never observed at rest, so it is left out here.
 */
function allStateIds(node: AnyStateNode): string[] {
  return Object.values(node.states as Record<string, AnyStateNode>).flatMap((child) => {
    const passThrough = (child.always ?? []).some((t: { guard?: unknown }) => !t.guard);
    return [...(passThrough ? [] : [child.id]), ...allStateIds(child)];
  });
}

/** The ids of the state nodes a state value makes active. */
function activeIds(prefix: string, value: StateValue): string[] {
  if (typeof value === 'string') return [`${prefix}.${value}`];
  return Object.entries(value).flatMap(([key, sub]) => [
    `${prefix}.${key}`,
    ...(sub ? activeIds(`${prefix}.${key}`, sub) : []),
  ]);
}

/** The delayed-transition events of a machine (`xstate.after.<delay>.<state id>`), read off its definition. */
export function delayEvents(node: AnyStateNode): EventObject[] {
  const own = node.after.map((t: { eventType: string }) => ({ type: t.eventType }));
  return [...own, ...Object.values(node.states as Record<string, AnyStateNode>).flatMap(delayEvents)];
}

/**
 * Explore a machine with the given events and report the state nodes no event sequence reaches
 * and the states from which no final state can be reached (dead ends).
 */
export function coverage<M extends AnyStateMachine>(
  machine: M,
  options: {
    input?: unknown;
    events: Array<EventObject & Record<string, unknown>>;
    // biome-ignore lint/suspicious/noExplicitAny: each machine's snapshot type differs
    serialize?: (snapshot: any) => string;
  },
) {
  const serializeState =
    options.serialize ?? ((s: { value: StateValue; context: unknown }) => JSON.stringify([s.value, s.context]));
  const adj = getAdjacencyMap(machine, {
    input: options.input,
    events: options.events as never,
    serializeState: serializeState as never,
    serializeEvent: (e: EventObject) => JSON.stringify(e) as never,
  });
  const keys = Object.keys(adj) as Array<keyof typeof adj>;
  const reached = new Set<string>();
  for (const key of keys) for (const id of activeIds(machine.id, adj[key]!.state.value)) reached.add(id);
  const unreachable = allStateIds(machine.root).filter((id) => !reached.has(id));

  const into = new Map<string, string[]>();
  for (const key of keys) {
    for (const t of Object.values(adj[key]!.transitions)) {
      const to = serializeState(t.state as never);
      into.set(to, [...(into.get(to) ?? []), key as string]);
    }
  }
  const canFinish = new Set(keys.filter((k) => adj[k]!.state.status === 'done') as string[]);
  const queue = [...canFinish];
  while (queue.length) {
    for (const from of into.get(queue.pop()!) ?? []) {
      if (!canFinish.has(from)) {
        canFinish.add(from);
        queue.push(from);
      }
    }
  }
  const deadEnds = keys.filter((k) => !canFinish.has(k as string)).map((k) => JSON.stringify(adj[k]!.state.value));
  const errors = keys
    .filter((k) => adj[k]!.state.status === 'error')
    .map((k) => String((adj[k]!.state as { error?: unknown }).error));
  return { states: keys.length, unreachable, deadEnds, errors };
}
