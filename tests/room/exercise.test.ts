import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { roomMachine, type RoomEvent } from '../../machines/roomMachine';
import { createRoomPlan } from '../../machines/room/plan';
import { refusalOf } from '../../machines/room/refusal';
import { passIcc, leniencyIn } from '../../machines/room/exerciseResults';
import { GOLDEN, hubHarness, participant } from './harness';

const PLAN = createRoomPlan(GOLDEN, 'calibration');
const ANSWERS = PLAN.exercise!.answers.map((a) => a.id);

function room() {
  const actor = createActor(roomMachine, { input: { plan: PLAN } }).start();
  const send = (e: RoomEvent) => {
    const refusal = refusalOf(actor.getSnapshot(), e);
    if (actor.getSnapshot().status === 'active') actor.send(e);
    return refusal;
  };
  for (const pid of ['ann', 'bo', 'cy']) send({ type: 'participant.join', pid, name: pid, tokenHash: 'x' });
  return { actor, send, ex: () => actor.getSnapshot().context.exercise!, snap: () => actor.getSnapshot() };
}

type ScoreEvent = Extract<RoomEvent, { type: 'participant.score' }>;
const score = (pid: string, pass: number, answer: string, framing: number, structure: number): ScoreEvent => ({
  type: 'participant.score',
  pid,
  pass,
  answer,
  scores: { framing, structure },
  recommendation: framing + structure >= 7 ? 'yes' : 'no',
});

/** Everyone scores every answer of the pass: ann generous, cy harsh, bo in between, each a little off. */
function scorePass(r: ReturnType<typeof room>, pass: number, spread: number) {
  for (const [i, answer] of ANSWERS.entries()) {
    const level = [4, 3, 2][i]!;
    r.send(score('ann', pass, answer, Math.min(5, level + spread), level));
    r.send(score('bo', pass, answer, level, level));
    r.send(score('cy', pass, answer, Math.max(1, level - spread), level - (i === 1 ? 1 : 0)));
    if (i < ANSWERS.length - 1) expect(r.send({ type: 'room.next' })).toBeNull();
  }
}

describe('the calibration exercise as states of the room machine', () => {
  it('takes its answers from one prompt on one rubric, each with the score the scenario records', () => {
    expect(ANSWERS).toEqual(['s1-strong', 's1-ok', 's1-late']);
    const strong = PLAN.exercise!.answers[0]!;
    expect(strong.recorded).toEqual({ framing: 5, structure: 5 });
    expect(PLAN.exercise!.dimensions.map((d) => d.id)).toEqual(['framing', 'structure']);
    expect(PLAN.exercise!.anchors).toHaveLength(5);
  });

  it('starts in scoring, seals each sheet, and refuses a sheet that misses a dimension or is off the scale', () => {
    const r = room();
    expect(r.send(score('ann', 1, ANSWERS[0]!, 3, 3))).toBe('nothing is being scored');
    r.send({ type: 'room.start' });
    expect(r.snap().matches({ exercise: 'scoring' })).toBe(true);
    expect(r.send({ ...score('ann', 1, ANSWERS[0]!, 3, 3), scores: { framing: 3 } })).toBe(
      'score Structure before sending',
    );
    expect(r.send(score('ann', 1, ANSWERS[0]!, 6, 3))).toBe('Framing: expected a whole score from 1 to 5');
    expect(r.send(score('ann', 1, ANSWERS[1]!, 3, 3))).toBe('that answer is no longer on screen');
    expect(r.send(score('zed', 1, ANSWERS[0]!, 3, 3))).toBe('join the room before scoring');
    expect(
      r.send({ ...score('ann', 1, ANSWERS[0]!, 3, 3), scores: { framing: 3, structure: 3, constructor: 2 } }),
    ).toBe('"constructor" is not a dimension of this rubric');
    expect(r.send(score('ann', 1, ANSWERS[0]!, 3, 3))).toBeNull();
    expect(r.send(score('ann', 1, ANSWERS[0]!, 4, 4))).toBeNull();
    expect(r.ex().sheets[0]!.get(ANSWERS[0]!)!.get('ann')!.scores).toEqual({ framing: 4, structure: 4 });
  });

  it('reveals only once two people have scored every answer, then shows each ICC and each leniency', () => {
    const r = room();
    r.send({ type: 'room.start' });
    r.send(score('ann', 1, ANSWERS[0]!, 4, 4));
    expect(r.send({ type: 'room.reveal' })).toBe(
      'at least two people must score every answer before the reveal (0 have)',
    );
    r.send({ type: 'room.back' });
    scorePass(r, 1, 1);
    expect(r.send({ type: 'room.next' })).toBe('this is the last answer: reveal the pass, or close the room');
    expect(r.send({ type: 'room.reveal' })).toBeNull();
    expect(r.snap().matches({ exercise: 'revealed' })).toBe(true);
    expect(r.send(score('ann', 1, ANSWERS[0]!, 4, 4))).toBe('the scores of this pass have been revealed');
    const icc = passIcc(r.ex(), 1);
    expect(icc).toMatchObject({ raters: 3, partial: 0, problem: null });
    expect(icc.table!.targets).toBe(6);
    // ann scored framing one above bo, cy one below (and structure one below on one answer): ann is generous.
    expect(leniencyIn(r.ex(), 1, 'ann')).toBeGreaterThan(0.3);
    expect(leniencyIn(r.ex(), 1, 'cy')).toBeLessThan(-0.3);
  });

  it('a second pass after discussion keeps the first, and agreement can be compared before and after', () => {
    const r = room();
    r.send({ type: 'room.start' });
    scorePass(r, 1, 2);
    r.send({ type: 'room.reveal' });
    expect(r.send({ type: 'room.secondPass' })).toBeNull();
    expect(r.snap().matches({ exercise: 'scoring' })).toBe(true);
    expect(r.ex()).toMatchObject({ pass: 2, index: 0, revealed: 1 });
    expect(r.send(score('ann', 1, ANSWERS[0]!, 4, 4))).toBe('that pass is over');
    scorePass(r, 2, 0);
    r.send({ type: 'room.reveal' });
    const before = passIcc(r.ex(), 1).table!;
    const after = passIcc(r.ex(), 2).table!;
    expect(after.icc2.value).toBeGreaterThan(before.icc2.value);
    expect(r.send({ type: 'room.secondPass' })).toBe('both passes are done');
    expect(r.send({ type: 'room.close' })).toBeNull();
    expect(r.snap().status).toBe('done');
  });
});

describe('the calibration exercise through the hub', () => {
  const h = hubHarness();

  it('phones score sealed, the projector sees counts only until the reveal, and each phone its own leniency', async () => {
    const fac = h.client('10.0.0.99');
    fac.send({ t: 'create', scenario: 'golden', mode: 'calibration' });
    const { code, secret } = await fac.next('created');
    fac.send({ t: 'facilitate', code, secret });
    await fac.view((v) => v.status === 'lobby' && v.mode === 'calibration');
    const projector = h.client('10.0.0.98');
    projector.send({ t: 'watch', code });
    const phones = await Promise.all(['Ann', 'Bo', 'Cy'].map((n, i) => participant(h, code, n, `10.2.0.${i}`)));
    fac.send({ t: 'control', action: 'start' });
    const first = await projector.view((v) => v.status === 'scoring');
    expect(first.exercise).toMatchObject({ pass: 1, index: 0, count: 3, sheetsIn: 0, reveal: null });
    let id = 1;
    for (const [a, answer] of ANSWERS.entries()) {
      for (const [i, { p }] of phones.entries()) {
        p.send({
          t: 'score',
          id: id++,
          pass: 1,
          answer,
          scores: { framing: [4, 3, 2][a]! + i - 1, structure: [4, 3, 2][a]! },
          recommendation: 'yes',
        });
      }
      const seen = await projector.view((v) => v.exercise?.sheetsIn === 3 && v.exercise.index === a);
      // Sealed: the projector's view carries counts, never anyone's scores.
      expect(JSON.stringify(seen)).not.toMatch(/"framing":\d/);
      if (a < 2) fac.send({ t: 'control', action: 'next' });
    }
    fac.send({ t: 'control', action: 'reveal' });
    const revealed = await projector.view((v) => v.exercise?.revealed === true);
    expect(revealed.exercise!.reveal!.icc).toHaveLength(1);
    expect(revealed.exercise!.reveal!.icc[0]!.icc3).not.toBeNull();
    expect(revealed.exercise!.reveal!.lab!.query).toMatch(/^q=fragility&n=10000&err=[\d.]+&len=[\d.]+&seed=1$/);
    const you = await phones[2]!.p.next('you');
    // Cy scored framing one above the room on every answer and structure with it: half a point on average.
    expect(you.exercise!.leniency).toBeCloseTo(0.5, 9);
    const report = await (async () => {
      fac.send({ t: 'export' });
      return (await fac.next('export')).report;
    })();
    expect(report.exercise!.ratings).toHaveLength(3 * 3 * 2);
    expect(report.exercise!.icc[0]!.raters).toBe(3);
    h.dispose();
  });
});
