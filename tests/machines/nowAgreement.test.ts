import { describe, expect, it } from 'vitest';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';
import { negotiationOf, offerEventOf, playPath, reportOf } from '../../machines/engine/playPath';
import { replayPlay } from '../../machines/play/driver';
import { now, type Now } from '../../machines/play/now';
import { createRoomPlan } from '../../machines/room/plan';
import type { RoomStep } from '../../machines/room/types';
import { viewOf } from '../../src/candidate/view';

const shipped = loadLibrary([REPO_SCENARIOS]).scenarios.filter((s) => s.scenario.paths.recorded);

/** Everything now() says at a step, its content named by id, so two readings compare as data. */
function seen(at: Now): unknown {
  switch (at.kind) {
    case 'prompt':
      return {
        kind: at.kind,
        round: at.round.id,
        roundIndex: at.roundIndex,
        prompt: at.prompt.id,
        options: at.options,
        answered: at.answered.map((a) => a.option.id),
        may: at.may,
      };
    case 'scorecard':
      return { kind: at.kind, round: at.round.id, roundIndex: at.roundIndex, may: at.may };
    case 'votes':
    case 'advance':
      return { kind: at.kind, stage: at.stage, votes: Object.keys(at.committee.votes), may: at.may };
    case 'offer':
      return { kind: at.kind, stage: at.stage, terms: at.offer.terms, log: at.offer.log, may: at.may };
    default:
      return at;
  }
}

// The CLI (playPath), the candidate screen (viewOf over now(), acting as its steps do) and the
// room's plan all read the loop through the one public face: on every shipped scenario's recorded
// path, the CLI and the screen see the same now() at every step, from the first prompt through the
// debrief and the offer to the end, and the room asks the same prompts with the same answers and
// reaches the same decision.
describe('now() is the same for the CLI, the screens and the room', () => {
  it('covers every shipped scenario', () => {
    expect(shipped.length).toBe(loadLibrary([REPO_SCENARIOS]).scenarios.length);
  });

  it.each(shipped.map((s) => [s.scenario.id, s] as const))('%s: recorded path', (_id, resolved) => {
    const recorded = resolved.scenario.paths.recorded!;
    const cliSeen: unknown[] = [];
    const cli = playPath(
      resolved,
      { name: 'recorded', choices: recorded.choices, negotiation: recorded.negotiation },
      1,
      (at) => cliSeen.push(seen(at)),
    );

    // The screen: RoundStep answers, DebriefStep advances, OfferStep sends the offer's events.
    const { play } = replayPlay(resolved, []);
    const screenSeen: unknown[] = [];
    const answers = [...recorded.choices];
    const negotiation = negotiationOf(recorded.negotiation);
    for (let guard = 0; guard < 500; guard++) {
      const at = play.now();
      screenSeen.push(seen(at));
      const view = viewOf(at);
      if (view.phase === 'ended') break;
      const event =
        view.phase === 'round'
          ? { type: 'candidate.answer' as const, option: answers.shift()! }
          : view.phase === 'debrief'
            ? { type: 'debrief.advance' as const }
            : offerEventOf(negotiation.shift()!);
      expect(play.send(event)).toBeNull();
    }
    const screenDecision = reportOf(play.actor.getSnapshot(), resolved, 'screen', []).decision;
    play.stop();

    const plan = createRoomPlan(resolved, 'path');
    const history: Array<{ step: RoomStep; winner: string | null }> = [];
    const roomPrompts: Array<{ prompt: string; options: string[] }> = [];
    let roomDecision: string | null = null;
    for (let step = plan.next(history); step; step = plan.next(history)) {
      if (step.kind === 'decision') {
        roomDecision = step.outcome!.decision;
        history.push({ step, winner: roomDecision });
        continue;
      }
      roomPrompts.push({ prompt: step.id.slice(step.id.indexOf('-') + 1), options: step.options.map((o) => o.id) });
      history.push({ step, winner: recorded.choices[roomPrompts.length - 1]! });
    }

    expect(cliSeen.at(-1)).toMatchObject({ kind: 'ended' });
    expect(screenSeen).toEqual(cliSeen);
    const cliPrompts = cliSeen.flatMap((s) => {
      const at = s as { kind: string; prompt?: string; options?: string[] };
      return at.kind === 'prompt' ? [{ prompt: at.prompt, options: at.options }] : [];
    });
    expect(roomPrompts).toEqual(cliPrompts);
    expect(cliPrompts.map((p) => p.prompt)).toEqual(cli.transcript.map((t) => t.prompt));
    expect(screenDecision).toBe(cli.decision);
    expect(roomDecision).toBe(cli.decision);
  });
});

// A screen's useSelector reads now() on every snapshot the loop emits, not only between the steps a
// player takes: a round filing its scorecard emits one with the loop still interviewing. now() must
// read each of them (before, it threw there, on every round change of every scenario).
describe('now() reads every snapshot the loop emits', () => {
  it.each(shipped.map((s) => [s.scenario.id, s] as const))('%s: every named path', (_id, resolved) => {
    for (const [name, path] of Object.entries(resolved.scenario.paths)) {
      const { play } = replayPlay(resolved, []);
      const read: Array<Now['kind']> = [];
      const problems: string[] = [];
      const sub = play.actor.subscribe((snap) => {
        try {
          const at = now(snap);
          read.push(at.kind);
          if (at.kind === 'prompt' && !at.prompt) problems.push(`${name}: a prompt step with no prompt`);
        } catch (err) {
          problems.push(`${name}, loop at ${JSON.stringify(snap.value)}: ${(err as Error).message}`);
        }
      });
      const answers = [...path.choices];
      const negotiation = negotiationOf(path.negotiation);
      for (let guard = 0; guard < 500; guard++) {
        const view = viewOf(play.now());
        if (view.phase === 'ended') break;
        if (view.phase === 'round' && !answers.length) break;
        const event =
          view.phase === 'round'
            ? { type: 'candidate.answer' as const, option: answers.shift()! }
            : view.phase === 'debrief'
              ? { type: 'debrief.advance' as const }
              : negotiation.length
                ? offerEventOf(negotiation.shift()!)
                : { type: 'candidate.accept' as const };
        if (play.send(event)) break;
      }
      sub.unsubscribe();
      play.stop();
      expect(problems).toEqual([]);
      // A round change was among the snapshots read: the loop's rounds were all sat or the path ended early.
      expect(read.length).toBeGreaterThan(path.choices.length);
    }
  });
});
