import { expect } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { roomMachine, type ReplayEvent, type RoomEvent } from '../../machines/roomMachine';
import type { RoomPlan } from '../../machines/room/plan';

type Path = { test: (params: never) => Promise<unknown> };

/**
 * Follows every path xstate/graph found with a real room actor, checking after each event that the
 * actor is where the model said it would be: a counted path that was never walked proves nothing.
 */
export async function followEveryPath(
  paths: readonly Path[],
  plan: RoomPlan,
  events: readonly (RoomEvent | ReplayEvent)[],
  serialize: (s: SnapshotFrom<typeof roomMachine>) => string,
) {
  for (const path of paths) {
    const actor = createActor(roomMachine, { input: { plan } }).start();
    await path.test({
      events: Object.fromEntries(
        [...new Set(events.map((e) => e.type))].map((t) => [
          t,
          ({ event }: { event: RoomEvent | ReplayEvent }) => void actor.send(event),
        ]),
      ),
      states: { '*': (state: unknown) => expect(serialize(actor.getSnapshot())).toBe(serialize(state as never)) },
    } as never);
    actor.stop();
  }
}

/** The room machine as an xstate/graph test model over these events, its states told apart by `serialize`. */
export function roomModel(
  plan: RoomPlan,
  events: readonly (RoomEvent | ReplayEvent)[],
  serialize: (s: SnapshotFrom<typeof roomMachine>) => string,
) {
  return createTestModel(roomMachine, {
    input: { plan },
    events: events as never,
    serializeState: serialize as never,
    serializeEvent: (e: RoomEvent) => JSON.stringify(e) as never,
  } as never);
}
