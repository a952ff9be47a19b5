import * as z from 'zod/mini';

// The room's wire format, checked on both ends. zod/mini keeps the phone's bundle small.

import { MAX_NAME } from './codes';
import { exerciseReport, exerciseView, exerciseYou, scoreMessage } from './exerciseProtocol';
import { dealMessage, seatMessage, seatsReport, seatsView, seatsYou } from './seatsProtocol';

export { CODE_ALPHABET, CODE_LENGTH, MAX_MESSAGE_BYTES, displayCode, normalizeCode } from './codes';

const id = z.string().check(z.minLength(1), z.maxLength(120));
const code = z.string().check(z.minLength(4), z.maxLength(16));

const CONTROL_ACTIONS = [
  'start',
  'next',
  'back',
  'reveal',
  'lock',
  'unlock',
  'blank',
  'tiebreak',
  'vetoes',
  'close',
  /** Take a participant out of the room (their votes leave the tally); the control's `pid` says who. */
  'remove',
  /** A new facilitator key: every other host window and host link stops working. */
  'rekey',
  'secondPass',
  /** Seats: open the full packet to every seat. */
  'unseal',
  /** Seats: the kernel decides each committee on its votes, once every voter revised or held. */
  'decide',
] as const;

const ROOM_MODES = ['path', 'committee', 'calibration', 'seats'] as const;

export const clientMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('create'), scenario: id, mode: z.enum(ROOM_MODES) }),
  z.object({
    t: z.literal('join'),
    code,
    pid: z.optional(id),
    token: z.optional(id),
    /** This phone's own token (the same for every room), so a re-sent join is the same participant. */
    device: z.optional(id),
    name: z.optional(z.string().check(z.maxLength(MAX_NAME))),
  }),
  /** Is there an open room with this code? Asked before anyone types a name. */
  z.object({ t: z.literal('peek'), code }),
  z.object({ t: z.literal('watch'), code }),
  z.object({ t: z.literal('facilitate'), code, secret: id }),
  z.object({
    t: z.literal('vote'),
    id: z.number().check(z.int()),
    step: id,
    choice: id,
    veto: z.optional(z.boolean()),
  }),
  z.object({
    t: z.literal('control'),
    action: z.enum(CONTROL_ACTIONS),
    choice: z.optional(id),
    pid: z.optional(id),
  }),
  z.object({ t: z.literal('export') }),
  scoreMessage,
  seatMessage,
  dealMessage,
]);
export type ClientMessage = z.infer<typeof clientMessage>;

const option = z.object({ id: z.string(), text: z.string() });
const privateOption = z.object({
  id: z.string(),
  text: z.string(),
  note: z.optional(z.string()),
  coach: z.optional(z.string()),
});
const tally = z.array(z.object({ id: z.string(), votes: z.number() }));
const outcome = z.object({
  decision: z.string(),
  label: z.string(),
  rules: z.array(z.object({ rule: z.string(), by: z.string(), reason: z.string() })),
  recordedDecision: z.string(),
  recordedLabel: z.string(),
});
const committee = z.object({
  votes: z.array(z.object({ name: z.string(), role: z.string(), recommendation: z.string(), calibrated: z.number() })),
  consensus: z.nullable(z.number()),
});

// A seated room is 'seating' (private views), then 'voting', 'revising', and 'revealed' once decided.
const ROOM_STATUSES = [
  'lobby',
  'reading',
  'voting',
  'locked',
  'scoring',
  'revealed',
  'closed',
  'seating',
  'revising',
] as const;

const roomView = z.object({
  code: z.string(),
  title: z.string(),
  mode: z.enum(ROOM_MODES),
  joinUrl: z.string(),
  status: z.enum(ROOM_STATUSES),
  blank: z.boolean(),
  /** 1-based step number; 0 in the lobby. */
  position: z.number(),
  participants: z.number(),
  votesIn: z.number(),
  step: z.nullable(
    z.object({
      id: z.string(),
      kind: z.string(),
      heading: z.string(),
      text: z.string(),
      options: z.array(option),
      asksVeto: z.boolean(),
      body: z.array(z.string()),
    }),
  ),
  /** Only after the reveal. */
  reveal: z.nullable(
    z.object({
      tally,
      recorded: z.nullable(z.string()),
      winner: z.nullable(z.string()),
      tied: z.array(z.string()),
      notes: z.array(privateOption),
      outcome: z.optional(outcome),
      committee: z.optional(committee),
      vetoes: z.number(),
      vetoers: z.nullable(z.array(z.string())),
    }),
  ),
  /** Only for the facilitator: the live tally, the notes, and why "next" would be refused. */
  facilitator: z.optional(
    z.object({
      tally,
      options: z.array(privateOption),
      recorded: z.nullable(z.string()),
      nextProblem: z.nullable(z.string()),
      canBack: z.boolean(),
      vetoers: z.array(z.string()),
      /** Who is in, and whether they voted on the step on screen. */
      people: z.array(z.object({ pid: z.string(), name: z.string(), voted: z.boolean() })),
      removed: z.number(),
    }),
  ),
  /** The calibration exercise, in calibration mode. */
  exercise: z.optional(exerciseView),
  /** Seats and parallel committees, in seats mode. */
  seats: z.optional(seatsView),
});
export type RoomView = z.infer<typeof roomView>;

/** Every step the room played with its votes: what the facilitator exports and prints. */
const roomReport = z.object({
  code: z.string(),
  scenario: z.string(),
  title: z.string(),
  mode: z.enum(ROOM_MODES),
  participants: z.number(),
  /** People the facilitator removed; their votes are not in any tally below. */
  removed: z.array(z.object({ name: z.string(), votes: z.number() })),
  steps: z.array(
    z.object({
      position: z.number(),
      id: z.string(),
      kind: z.string(),
      heading: z.string(),
      text: z.string(),
      revealed: z.boolean(),
      /** Replaced when an earlier answer changed: the room moved on along another path. */
      superseded: z.boolean(),
      recorded: z.nullable(z.string()),
      winner: z.nullable(z.string()),
      /** The facilitator's pick when the room was tied. */
      tiebreak: z.nullable(z.string()),
      options: z.array(z.object({ id: z.string(), text: z.string(), votes: z.number() })),
      vetoes: z.number(),
      outcome: z.optional(outcome),
      committee: z.optional(committee),
    }),
  ),
  exercise: z.optional(exerciseReport),
  seats: z.optional(seatsReport),
});
export type RoomReport = z.infer<typeof roomReport>;

export const serverMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('export'), report: roomReport }),
  z.object({ t: z.literal('created'), code: z.string(), secret: z.string() }),
  z.object({
    t: z.literal('welcome'),
    role: z.enum(['participant', 'projector', 'facilitator']),
    pid: z.optional(z.string()),
    token: z.optional(z.string()),
    name: z.optional(z.string()),
    qr: z.optional(z.string()),
    /** Only to the facilitator: a link (key in the fragment) and its QR to run the room from another device. */
    host: z.optional(z.object({ url: z.string(), qr: z.string() })),
  }),
  z.object({
    t: z.literal('peek'),
    code: z.string(),
    title: z.string(),
    open: z.boolean(),
  }),
  z.object({ t: z.literal('rekeyed'), secret: z.string() }),
  z.object({ t: z.literal('state'), room: roomView }),
  z.object({
    t: z.literal('you'),
    step: z.nullable(z.string()),
    vote: z.nullable(z.object({ choice: z.string(), veto: z.boolean() })),
    exercise: z.optional(exerciseYou),
    seats: z.optional(seatsYou),
  }),
  z.object({ t: z.literal('ack'), id: z.number() }),
  z.object({ t: z.literal('error'), code: z.string(), message: z.string(), id: z.optional(z.number()) }),
]);
export type ServerMessage = z.infer<typeof serverMessage>;
