import type { SnapshotFrom } from 'xstate';
import type { roomMachine } from '../../machines/roomMachine';
import { currentOf, nextProblem } from '../../machines/room/context';
import { leaders, tallyOf, winnerOf } from '../../machines/room/tally';
import type { RoomView } from '../room/protocol';
import { exerciseViewOf } from './exerciseView';
import { sheetsOf } from '../../machines/room/exercise';
import { seatsCount, seatsPhase, seatsStatus, seatsViewOf } from './seatsView';

type RoomSnapshot = SnapshotFrom<typeof roomMachine>;

function statusOf(snap: RoomSnapshot): RoomView['status'] {
  if (snap.status !== 'active') return 'closed';
  if (snap.matches('lobby')) return 'lobby';
  if (snap.matches({ exercise: 'scoring' })) return 'scoring';
  if (snap.matches({ exercise: 'revealed' })) return 'revealed';
  const seated = seatsPhase(snap);
  if (seated) return seatsStatus(seated);
  for (const s of ['reading', 'voting', 'locked', 'revealed'] as const) if (snap.matches({ step: s })) return s;
  return 'closed';
}

/**
 * What a room shows. Everyone sees the question and how many have voted; the tally and what
 * happened only after the reveal. The facilitator's view adds the live tally, the notes and names.
 */
export function roomViewOf(
  snap: RoomSnapshot,
  base: { code: string; joinUrl: string },
  facilitator: boolean,
): RoomView {
  const ctx = snap.context;
  const cur = currentOf(ctx);
  const status = statusOf(snap);
  const step = cur?.step ?? null;
  const names = (pids: Iterable<string>) => [...pids].map((p) => ctx.participants.get(p)?.name || 'Someone');
  const vetoers = cur ? names([...cur.votes].filter(([, v]) => v.veto).map(([p]) => p)) : [];
  const revealed = cur?.revealed === true && step !== null;
  // Counted only where shown (after the reveal, or for the facilitator): phones rejoining mid-vote get this view by the thousand.
  const tally = step && cur && (revealed || facilitator) ? tallyOf(step.options, cur.votes) : [];
  const winner = step && cur && revealed ? winnerOf(step.options, cur.votes, cur.tiebreak) : null;
  const view: RoomView = {
    code: base.code,
    title: ctx.plan.title,
    mode: ctx.plan.mode,
    joinUrl: base.joinUrl,
    status,
    blank: ctx.blank,
    position: ctx.index + 1,
    participants: ctx.participants.size,
    votesIn: cur?.votes.size ?? 0,
    step: step && {
      id: step.id,
      kind: step.kind,
      heading: step.heading,
      text: step.text,
      options: step.options.map(({ id, text }) => ({ id, text })),
      asksVeto: step.asksVeto === true,
      body: step.body ?? [],
    },
    reveal:
      revealed && cur
        ? {
            tally,
            recorded: step.recorded,
            winner,
            tied: (() => {
              const top = leaders(step.options, cur.votes);
              return top.length > 1 ? top : [];
            })(),
            notes: step.options.filter((o) => o.id === step.recorded || o.id === winner),
            ...(step.outcome ? { outcome: step.outcome } : {}),
            ...(step.committee ? { committee: step.committee } : {}),
            vetoes: vetoers.length,
            vetoers: cur.vetoesShown ? vetoers : null,
          }
        : null,
  };
  if (ctx.exercise && status !== 'lobby')
    view.exercise = exerciseViewOf(ctx.exercise, snap.matches({ exercise: 'revealed' }));
  if (ctx.seating) {
    view.seats = seatsViewOf(snap, ctx.seating, ctx.participants, facilitator);
    view.votesIn = seatsCount(ctx.seating, view.seats.phase);
  }
  if (facilitator) {
    view.facilitator = {
      tally,
      options: step?.options ?? [],
      recorded: step?.recorded ?? null,
      nextProblem:
        status === 'lobby' ? null : status === 'closed' ? 'the room is closed' : ctx.exercise ? null : nextProblem(ctx),
      canBack: (ctx.exercise ? ctx.exercise.index > 0 : ctx.index > 0) && status !== 'closed',
      vetoers,
      people: [...ctx.participants].map(([pid, p]) => ({
        pid,
        name: p.name || 'Someone',
        // In the exercise, "voted" is whether they scored the answer on screen.
        voted: ctx.exercise
          ? sheetsOf(ctx.exercise, ctx.exercise.pass, ctx.exercise.plan.answers[ctx.exercise.index]!.id).has(pid)
          : ctx.seating
            ? ctx.seating.votes.has(pid)
            : (cur?.votes.has(pid) ?? false),
      })),
      removed: ctx.removed.size,
    };
  }
  return view;
}
