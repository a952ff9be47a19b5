import type { SnapshotFrom } from 'xstate';
import type { RoomEvent, roomMachine } from '../../machines/roomMachine';
import type { Scorecard } from '../../machines/rules/types';
import { displayName, type Titles } from '../../machines/displayName';
import { RECOMMENDATION_LABELS } from '../../machines/format';
import { RECOMMENDATIONS } from '../../machines/content/schema';
import {
  committeeResults,
  committeeSeats,
  decideProblem,
  revisionProblem,
  type SeatingContext,
  unsealProblem,
} from '../../machines/room/seating';
import { committeesSummary } from '../../machines/room/seats';
import type { Participant } from '../../machines/room/context';
import type { SeatCard, SeatMessage, SeatsReport, SeatsView, SeatsYou } from '../room/seatsProtocol';

type RoomSnapshot = SnapshotFrom<typeof roomMachine>;
type Phase = SeatsView['phase'];

const PHASES: Phase[] = ['private', 'voting', 'revising', 'decided'];

/** Where a seated room stands, or null when it is not seated (the lobby, closed). */
export function seatsPhase(snap: RoomSnapshot): Phase | null {
  if (snap.status !== 'active' || !snap.matches('seated')) return null;
  return PHASES.find((p) => snap.matches({ seated: p })) ?? null;
}

/** The room's status word for a seated phase. */
export const seatsStatus = (phase: Phase) =>
  (({ private: 'seating', voting: 'voting', revising: 'revising', decided: 'revealed' }) as const)[phase];

/** The count the projector shows beside the people in: seated, then voted, then revised. */
export function seatsCount(s: SeatingContext, phase: Phase): number {
  if (phase === 'private') return s.sits.size;
  if (phase === 'voting') return s.votes.size;
  return s.revisions.size;
}

/** A scorecard as a seat reads it: names, not ids, through the scenario's own titles. */
function cardOf(c: Scorecard, titles: Titles): SeatCard {
  return {
    round: c.round,
    roundTitle: c.roundTitle,
    interviewer: c.interviewer,
    interviewerName: c.interviewerName,
    recommendation: c.recommendation,
    overall: c.overall,
    scores: Object.entries(c.scores).map(([id, score]) => ({ label: displayName(id, titles), score })),
    notes: c.notes,
  };
}

/** What the kernel decides for every committee on the votes in, and the summary across them. */
function resultsOf(s: SeatingContext) {
  const committees = committeeResults(s);
  const summary = committeesSummary(committees.map((c) => c.decision));
  return { committees, summary };
}

/**
 * What every window sees of a seated room: the seats; the packet once unsealed; once decided, each
 * committee's seats, decision and rules beside the real committee's and the lab's. The facilitator
 * adds who sits where and whether each person voted and revised (never what they voted).
 */
export function seatsViewOf(
  snap: RoomSnapshot,
  s: SeatingContext,
  participants: ReadonlyMap<string, Participant>,
  facilitator: boolean,
): SeatsView {
  // The lobby shows the seats to come; a closed room keeps the phase it ended in as far as the context knows.
  const phase = seatsPhase(snap) ?? (s.decided ? 'decided' : 'private');
  const plan = s.plan;
  const results = phase === 'decided' ? resultsOf(s) : null;
  const view: SeatsView = {
    phase,
    committees: s.committees,
    seats: plan.seats.map((x) => ({ member: x.member, name: x.name, role: x.role, round: x.own?.roundTitle ?? null })),
    recommendations: RECOMMENDATIONS.map((id) => ({ id, text: RECOMMENDATION_LABELS[id] })),
    packet: phase === 'private' ? null : plan.packet.map((c) => cardOf(c, plan.titles)),
    results: results && {
      committees: results.committees.map((c) => ({
        committee: c.committee,
        seats: c.seats.map((x) => ({
          member: x.seat.member,
          name: x.seat.name,
          people: x.people.length,
          vote: x.vote,
          revised: x.revised,
          reason: x.reason,
        })),
        decision: c.decision.decision,
        label: c.decision.label,
        consensus: c.decision.consensus,
        rules: c.decision.rules,
      })),
      decisions: results.summary.decisions,
      rules: results.summary.rules,
      recorded: plan.recorded,
      lab: plan.lab(),
    },
  };
  if (facilitator) {
    const people = [...participants.keys()];
    view.facilitator = {
      sits: [...participants].map(([pid, p]) => {
        const sit = s.sits.get(pid);
        return {
          pid,
          name: p.name || 'Someone',
          committee: sit?.committee ?? null,
          seat: sit?.seat ?? null,
          voted: s.votes.has(pid),
          revised: s.revisions.has(pid),
        };
      }),
      problem:
        phase === 'private'
          ? unsealProblem(s, people)
          : phase === 'voting'
            ? revisionProblem(s)
            : phase === 'revising'
              ? decideProblem(s)
              : null,
    };
  }
  return view;
}

/** A phone's own part of a seated room: its seat and its member's card, its votes, and its committee's votes once the revision round opens. */
export function seatsYouOf(snap: RoomSnapshot, s: SeatingContext, pid: string): SeatsYou {
  const sit = s.sits.get(pid) ?? null;
  const seat = sit ? s.plan.seats.find((x) => x.member === sit.seat) : undefined;
  const phase = seatsPhase(snap);
  const open = phase === 'revising' || phase === 'decided' || snap.status !== 'active';
  // Only the committee's own seats: the kernel's decision is not needed for the table, and 40 phones ask at once.
  const mine = open && sit ? committeeSeats(s, sit.committee) : undefined;
  return {
    committee: sit?.committee ?? null,
    seat: sit?.seat ?? null,
    own: seat?.own ? cardOf(seat.own, s.plan.titles) : null,
    vote: s.votes.get(pid) ?? null,
    revision: s.revisions.get(pid) ?? null,
    table: mine
      ? mine.map((x) => ({ member: x.seat.member, name: x.seat.name, vote: x.vote, people: x.people.length }))
      : null,
  };
}

/** The room event a phone's seat message asks for. */
export function seatEventOf(msg: SeatMessage, pid: string): RoomEvent {
  if (msg.action === 'sit') return { type: 'participant.sit', pid, seat: msg.seat ?? '' };
  if (msg.action === 'vote') return { type: 'participant.seatVote', pid, recommendation: msg.recommendation ?? '' };
  return { type: 'participant.revise', pid, recommendation: msg.recommendation ?? null, reason: msg.reason ?? '' };
}

/** Each committee's people with their own sealed and revised votes, and the kernel's decision: for the export and the handout. */
export function seatsReportOf(s: SeatingContext, participants: ReadonlyMap<string, Participant>): SeatsReport {
  const { committees } = resultsOf(s);
  return {
    decided: s.decided,
    recorded: s.plan.recorded,
    committees: committees.map((c) => ({
      committee: c.committee,
      decision: c.decision.decision,
      label: c.decision.label,
      consensus: c.decision.consensus,
      rules: c.decision.rules.map(({ rule, label }) => ({ rule, label })),
      votes: c.seats.flatMap((x) =>
        x.people.map((pid) => {
          const vote = s.votes.get(pid) ?? null;
          const r = s.revisions.get(pid);
          return {
            pid,
            name: participants.get(pid)?.name ?? '',
            seat: x.seat.name,
            vote,
            revised: r ? (r.recommendation ?? vote) : null,
            reason: r?.reason ?? '',
          };
        }),
      ),
    })),
  };
}
