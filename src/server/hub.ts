import { createActor, type Actor } from 'xstate';
import QRCode from 'qrcode';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { roomMachine, type RoomEvent } from '../../machines/roomMachine';
import { createRoomPlan } from '../../machines/room/plan';
import { currentOf } from '../../machines/room/context';
import { refusalOf } from '../../machines/room/refusal';
import {
  clientMessage,
  MAX_MESSAGE_BYTES,
  normalizeCode,
  serverMessage,
  type ClientMessage,
  type ServerMessage,
} from '../room/protocol';
import type { RoomRecord, RoomStore } from './store';
import { LIMITS, perMinute, tokenBucket } from './limits';
import { hashSecret, newParticipantId, newRoomCode, newSecret, secretMatches } from './secrets';
import { roomViewOf } from './view';
import { roomReportOf } from './report';
import { exerciseYouOf } from './exerciseView';

/** One client's socket as the hub sees it. */
export interface Transport {
  send(text: string): void;
  close(): void;
  /** The client's address, for the join and creation limits. */
  ip: string;
  /** The origin the client reached the server on (http://host:port), for the join link. */
  origin: string;
}

export interface HubOptions {
  store: RoomStore;
  loadScenario(id: string): ResolvedScenario | null;
  /** The origin phones should use (the LAN address); the facilitator's own origin when unset. */
  publicOrigin?: () => string | undefined;
  now?: () => number;
  /** Votes arriving within this many ms go out in one tally update. */
  flushMs?: number;
}

type Role = 'participant' | 'projector' | 'facilitator';

interface Conn {
  transport: Transport;
  role: Role | null;
  room: LiveRoom | null;
  pid: string | null;
  bucket: ReturnType<typeof tokenBucket>;
}

interface LiveRoom {
  record: RoomRecord;
  actor: Actor<typeof roomMachine>;
  conns: Set<Conn>;
  origin: string | null;
  flush: ReturnType<typeof setTimeout> | null;
}

const CONTROL_EVENTS = {
  start: 'room.start',
  next: 'room.next',
  back: 'room.back',
  reveal: 'room.reveal',
  lock: 'room.lock',
  unlock: 'room.unlock',
  blank: 'room.blank',
  vetoes: 'room.showVetoes',
  close: 'room.close',
  secondPass: 'room.secondPass',
} as const;

/** A message as it goes out, checked against the same zod schema the windows read it with: a bug here must not reach a phone. */
function outgoing(msg: ServerMessage): string {
  const checked = serverMessage.safeParse(msg);
  if (!checked.success)
    throw new Error(
      `room server: refusing to send a malformed ${msg.t} message: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return JSON.stringify(checked.data);
}

/**
 * The rooms a server holds. It checks every message at the boundary, decides who may send what
 * (only the facilitator's secret moves the room; a participant only ever votes as themselves),
 * writes each accepted event to the store before applying and acknowledging it, and sends each
 * room's new view to its clients.
 */
export class RoomHub {
  private readonly rooms = new Map<string, LiveRoom>();
  private readonly now: () => number;
  private readonly failedJoins;
  private readonly creations;

  constructor(private readonly options: HubOptions) {
    this.now = options.now ?? Date.now;
    this.failedJoins = perMinute(LIMITS.failedJoinsPerMinute, this.now);
    this.creations = perMinute(LIMITS.roomsPerMinute, this.now);
  }

  /** A new client; returns what its socket calls on each message and on close. */
  connect(transport: Transport) {
    const conn: Conn = {
      transport,
      role: null,
      room: null,
      pid: null,
      bucket: tokenBucket(LIMITS.burst, LIMITS.perSecond, this.now),
    };
    return {
      receive: (raw: string) => this.receive(conn, raw),
      close: () => conn.room?.conns.delete(conn),
    };
  }

  /** Stop every room's pending updates (the store is closed by its owner). */
  close() {
    for (const room of this.rooms.values()) {
      if (room.flush) clearTimeout(room.flush);
      room.actor.stop();
    }
    this.rooms.clear();
  }

  private send(conn: Conn, msg: ServerMessage) {
    conn.transport.send(outgoing(msg));
  }

  private error(conn: Conn, code: string, message: string, id?: number) {
    this.send(conn, { t: 'error', code, message, ...(id !== undefined ? { id } : {}) });
  }

  private receive(conn: Conn, raw: string) {
    if (!conn.bucket.take()) return this.error(conn, 'rate_limited', 'Too many messages: slow down.');
    if (raw.length > MAX_MESSAGE_BYTES)
      return this.error(conn, 'too_large', `Message too large: at most ${MAX_MESSAGE_BYTES} bytes.`);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return this.error(conn, 'malformed', 'Message is not JSON.');
    }
    const parsed = clientMessage.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return this.error(
        conn,
        'malformed',
        `Message not understood: ${first ? `${first.path.join('.') || '(message)'}: ${first.message}` : 'unexpected shape'}.`,
      );
    }
    void this.dispatch(conn, parsed.data);
  }

  private async dispatch(conn: Conn, msg: ClientMessage) {
    switch (msg.t) {
      case 'create':
        return this.create(conn, msg);
      case 'join':
      case 'watch':
      case 'facilitate':
        return this.enter(conn, msg);
      case 'vote': {
        if (conn.role !== 'participant' || !conn.room || !conn.pid)
          return this.error(conn, 'forbidden', 'Join a room before voting.', msg.id);
        const event: RoomEvent = {
          type: 'participant.vote',
          pid: conn.pid,
          step: msg.step,
          choice: msg.choice,
          veto: msg.veto === true,
        };
        if (!this.apply(conn, conn.room, event, msg.id)) return;
        this.send(conn, { t: 'ack', id: msg.id });
        this.sendYou(conn);
        return;
      }
      case 'score': {
        if (conn.role !== 'participant' || !conn.room || !conn.pid)
          return this.error(conn, 'forbidden', 'Join a room before scoring.', msg.id);
        const { pass, answer, scores, recommendation } = msg;
        const event: RoomEvent = { type: 'participant.score', pid: conn.pid, pass, answer, scores, recommendation };
        if (!this.apply(conn, conn.room, event, msg.id)) return;
        this.send(conn, { t: 'ack', id: msg.id });
        this.sendYou(conn);
        return;
      }
      case 'export':
        if (conn.role !== 'facilitator' || !conn.room)
          return this.error(conn, 'forbidden', "Only the facilitator's window can export the room.");
        return this.send(conn, {
          t: 'export',
          report: roomReportOf(conn.room.record, conn.room.actor.getSnapshot().context),
        });
      case 'control': {
        if (conn.role !== 'facilitator' || !conn.room)
          return this.error(conn, 'forbidden', "Only the facilitator's window can run the room.");
        const event: RoomEvent =
          msg.action === 'tiebreak'
            ? { type: 'room.tiebreak', choice: msg.choice ?? '' }
            : { type: CONTROL_EVENTS[msg.action] };
        const stepBefore = this.onScreen(conn.room);
        if (!this.apply(conn, conn.room, event)) return;
        // A new step on screen: every phone shows its own vote there (none yet, or the earlier one after going back).
        if (this.onScreen(conn.room) !== stepBefore) {
          for (const c of conn.room.conns) if (c.role === 'participant') this.sendYou(c);
        }
        return;
      }
    }
  }

  /** Check, store, then apply one event; false (and an error to the sender) when it was refused or not stored. */
  private apply(conn: Conn, room: LiveRoom, event: RoomEvent, id?: number): boolean {
    const refusal = refusalOf(room.actor.getSnapshot(), event);
    if (refusal) {
      this.error(
        conn,
        room.actor.getSnapshot().status !== 'active' ? 'closed' : 'refused',
        `${refusal[0]!.toUpperCase()}${refusal.slice(1)}.`,
        id,
      );
      return false;
    }
    try {
      this.options.store.append(room.record.code, event, this.now());
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      console.error(message);
      this.error(conn, 'storage', `Not saved, so not counted: ${message}`, id);
      return false;
    }
    room.actor.send(event);
    this.schedule(room);
    return true;
  }

  private create(conn: Conn, msg: Extract<ClientMessage, { t: 'create' }>) {
    const ip = conn.transport.ip;
    if (!this.creations.allowed(ip))
      return this.error(conn, 'rate_limited', 'Too many rooms opened from this address: wait a minute.');
    this.creations.hit(ip);
    const resolved = this.options.loadScenario(msg.scenario);
    if (!resolved)
      return this.error(conn, 'unknown_scenario', `There is no scenario "${msg.scenario}" in the server's library.`);
    const code = newRoomCode();
    const secret = newSecret();
    const record: RoomRecord = {
      code,
      scenario: msg.scenario,
      mode: msg.mode,
      secretHash: hashSecret(secret),
      createdAt: this.now(),
    };
    try {
      this.roomFrom(record, resolved, []);
      this.options.store.createRoom(record);
    } catch (err) {
      return this.error(
        conn,
        'storage',
        `Could not open the room: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    this.send(conn, { t: 'created', code, secret });
  }

  private async enter(conn: Conn, msg: Extract<ClientMessage, { t: 'join' | 'watch' | 'facilitate' }>) {
    const ip = conn.transport.ip;
    if (!this.failedJoins.allowed(ip))
      return this.error(
        conn,
        'rate_limited',
        'Too many wrong codes from this address: wait a minute and check the code.',
      );
    const code = normalizeCode(msg.code);
    let room: LiveRoom | null;
    try {
      room = this.room(code);
    } catch (err) {
      return this.error(conn, 'unavailable', err instanceof Error ? err.message : String(err));
    }
    if (!room) {
      this.failedJoins.hit(ip);
      return this.error(conn, 'unknown_code', `No room has the code ${code}: check the code on the screen.`);
    }
    if (room.actor.getSnapshot().status !== 'active') return this.error(conn, 'closed', 'This room is closed.');
    if (msg.t === 'facilitate' && !secretMatches(msg.secret, room.record.secretHash)) {
      this.failedJoins.hit(ip);
      return this.error(conn, 'forbidden', "That is not this room's facilitator key.");
    }
    conn.room?.conns.delete(conn);
    if (msg.t === 'join') {
      const known = msg.pid ? room.actor.getSnapshot().context.participants.get(msg.pid) : undefined;
      if (known && msg.pid && msg.token && secretMatches(msg.token, known.tokenHash)) {
        conn.pid = msg.pid;
        this.attach(conn, room, 'participant');
        this.send(conn, { t: 'welcome', role: 'participant', pid: msg.pid, name: known.name });
      } else {
        if (room.actor.getSnapshot().context.participants.size >= LIMITS.participantsPerRoom)
          return this.error(conn, 'full', 'This room is full.');
        const pid = newParticipantId();
        const token = newSecret();
        const name = (msg.name ?? '')
          .replace(/[\p{C}]/gu, '')
          .trim()
          .slice(0, 40);
        if (!this.apply(conn, room, { type: 'participant.join', pid, name, tokenHash: hashSecret(token) })) return;
        conn.pid = pid;
        this.attach(conn, room, 'participant');
        this.send(conn, { t: 'welcome', role: 'participant', pid, token, name });
      }
      this.sendYou(conn);
    } else {
      const role = msg.t === 'watch' ? 'projector' : 'facilitator';
      if (role === 'facilitator' || !room.origin) room.origin = this.options.publicOrigin?.() ?? conn.transport.origin;
      this.attach(conn, room, role);
      const qr = await QRCode.toString(this.joinUrl(room), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      this.send(conn, { t: 'welcome', role, qr });
    }
    this.send(conn, {
      t: 'state',
      room: roomViewOf(room.actor.getSnapshot(), { code, joinUrl: this.joinUrl(room) }, conn.role === 'facilitator'),
    });
  }

  private attach(conn: Conn, room: LiveRoom, role: Role) {
    conn.role = role;
    conn.room = room;
    room.conns.add(conn);
  }

  private joinUrl(room: LiveRoom) {
    return `${room.origin ?? this.options.publicOrigin?.() ?? ''}/j/${room.record.code}`;
  }

  /** What a phone's own part depends on: the step, or the exercise's pass, answer and whether it is revealed. */
  private onScreen(room: LiveRoom): string | undefined {
    const snap = room.actor.getSnapshot();
    const ex = snap.context.exercise;
    if (ex) return `${ex.pass}/${ex.index}/${snap.matches({ exercise: 'revealed' })}/${snap.matches('exercise')}`;
    return currentOf(snap.context)?.step.id;
  }

  private sendYou(conn: Conn) {
    const snap = conn.room!.actor.getSnapshot();
    const ctx = snap.context;
    const cur = currentOf(ctx);
    const vote = cur && conn.pid ? (cur.votes.get(conn.pid) ?? null) : null;
    const exercise =
      ctx.exercise && conn.pid
        ? { exercise: exerciseYouOf(ctx.exercise, conn.pid, snap.matches({ exercise: 'revealed' })) }
        : {};
    this.send(conn, { t: 'you', step: cur?.step.id ?? null, vote, ...exercise });
  }

  /** A room in memory, or rebuilt from the store by replaying its events; null when no room has the code. */
  private room(code: string): LiveRoom | null {
    const live = this.rooms.get(code);
    if (live) return live;
    const record = this.options.store.findRoom(code);
    if (!record) return null;
    const resolved = this.options.loadScenario(record.scenario);
    if (!resolved)
      throw new Error(`Room ${code} plays "${record.scenario}", which is no longer in the server's library.`);
    return this.roomFrom(record, resolved, this.options.store.events(code));
  }

  private roomFrom(record: RoomRecord, resolved: ResolvedScenario, events: RoomEvent[]): LiveRoom {
    const actor = createActor(roomMachine, { input: { plan: createRoomPlan(resolved, record.mode) } });
    actor.start();
    for (const e of events) actor.send(e);
    const room: LiveRoom = { record, actor, conns: new Set(), origin: null, flush: null };
    this.rooms.set(record.code, room);
    return room;
  }

  /** Send the room's view to its clients soon, once for a burst of votes. */
  private schedule(room: LiveRoom) {
    if (room.flush) return;
    room.flush = setTimeout(() => {
      room.flush = null;
      const snap = room.actor.getSnapshot();
      const base = { code: room.record.code, joinUrl: this.joinUrl(room) };
      const pub = outgoing({ t: 'state', room: roomViewOf(snap, base, false) });
      let fac: string | null = null;
      for (const c of room.conns) {
        if (c.role === 'facilitator')
          c.transport.send((fac ??= outgoing({ t: 'state', room: roomViewOf(snap, base, true) })));
        else c.transport.send(pub);
      }
    }, this.options.flushMs ?? 15);
  }
}
