import { describe, expect, it } from 'vitest';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { playPath, reportOf } from '../../machines/engine/playPath';
import { replayPlay } from '../../machines/play/driver';
import { createRoomPlan } from '../../machines/room/plan';
import type { RoomStep } from '../../machines/room/types';
import { viewOf } from '../../src/candidate/view';

const shipped = loadLibrary([REPO_SCENARIOS]).scenarios.filter((s) => s.scenario.paths.recorded);

// The CLI (playPath), the candidate screen (viewOf over now()) and the room's plan all read the loop
// through the one public face: on every shipped scenario's recorded path they must meet the same
// prompts in the same order and reach the same decision.
describe('now() is the same for the CLI, the screens and the room', () => {
  it.each(shipped.map((s) => [s.scenario.id, s] as const))('%s: recorded path', (_id, resolved) => {
    const recorded = resolved.scenario.paths.recorded!;
    const cli = playPath(resolved, { name: 'recorded', choices: recorded.choices, negotiation: recorded.negotiation });
    const cliPrompts = cli.transcript.map((t) => t.prompt);

    const { play } = replayPlay(resolved, []);
    const screenPrompts: string[] = [];
    for (const option of recorded.choices) {
      const view = viewOf(play.now());
      if (view.phase !== 'round') break;
      screenPrompts.push(view.prompt.id);
      expect(play.send({ type: 'candidate.answer', option })).toBeNull();
    }
    for (let guard = 0; guard < 10 && viewOf(play.now()).phase === 'debrief'; guard++)
      expect(play.send({ type: 'debrief.advance' })).toBeNull();
    const screenDecision = reportOf(play.actor.getSnapshot(), resolved, 'screen', []).decision;
    play.stop();

    const plan = createRoomPlan(resolved, 'path');
    const history: Array<{ step: RoomStep; winner: string | null }> = [];
    const roomPrompts: string[] = [];
    let roomDecision: string | null = null;
    for (let step = plan.next(history); step; step = plan.next(history)) {
      if (step.kind === 'decision') {
        roomDecision = step.outcome!.decision;
        history.push({ step, winner: roomDecision });
        continue;
      }
      const prompt = step.id.slice(step.id.indexOf('-') + 1);
      roomPrompts.push(prompt);
      history.push({ step, winner: recorded.choices[roomPrompts.length - 1]! });
    }

    expect(screenPrompts).toEqual(cliPrompts);
    expect(roomPrompts).toEqual(cliPrompts);
    expect(screenDecision).toBe(cli.decision);
    expect(roomDecision).toBe(cli.decision);
  });
});
