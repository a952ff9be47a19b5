import { createActor, type Actor } from 'xstate';
import QRCode from 'qrcode';
import type { ResolvedScenario } from '../../machines/content/resolve';
import { roomMachine, type ReplayEvent, type RoomEvent } from '../../machines/roomMachine';
import { createRoomPlan } from '../../machines/room/plan';
import { currentOf } from '../../machines/room/context';
import { refusalOf } from '../../machines/room/refusal';
import {
  clientMessage,
  MAX_MESSAGE_BYTES,
  normalizeCode,
  serverMessage,
  type ClientMessage,
  type RoomView,
  type ServerMessage,
} from '../room/protocol';
import type { RoomRecord, RoomStore } from './store';
import { bucketsByKey, LIMITS, perMinute, tokenBucket } from './limits';
import { hashSecret, newParticipantId, newRoomCode, newSecret, secretMatches } from './secrets';
import { roomViewOf } from './view';
import { roomReportOf } from './report';
import { exerciseYouOf } from './exerciseView';
import { seatEventOf, seatsPhase, seatsYouOf } from './seatsView';

/** One client's socket as the hub sees it. */
export interface Transport {
  send(text: string): void;
  close(): void;
  /** The client's address, for the per-address limits. */
  ip: string;
  /** The origin the client reached the server on (http://host:port), for the join link. */
  origin: string;
}

export type Limits = { [K in keyof typeof LIMITS]: number };

export interface HubOptions {
  store: RoomStore;
  loadScenario(id: string): ResolvedScenario | null;
  /** The origin phones should use (the LAN address or --public-url); the facilitator's own origin when unset. */
  publicOrigin?: () => string | undefined;
  /** Told when a room opens, with the link phones join it by (serve prints it). */
  onRoomOpened?: (room: { code: string; joinUrl: string }) => void;
  now?: () => number;
  /**
   * Votes arriving within this many ms go out in one tally update (15 ms by default, under a frame).
   * A count-only update goes to the projector and hosts alone, so its cost does not grow with the
   * room and the window need not either.
   */
  flushMs?: number;
  /** Tighter or looser bounds than LIMITS (tests). */
  limits?: Partial<Limits>;
}

type Role = 'participant' | 'projector' | 'facilitator';

interface Conn {
  transport: Transport;
  role: Role | null;
  room: LiveRoom | null;
  pid: string | null;
  bucket: ReturnType<typeof tokenBucket>;
  /** A code is being looked up for this socket: one at a time, so a slowed address cannot pile them up. */
  busy: boolean;
  closed: boolean;
}

interface LiveRoom {
  record: RoomRecord;
  actor: Actor<typeof roomMachine>;
  conns: Set<Conn>;
  /** Device-token hashes to participant ids, removed ones included (so a removed phone stays out). */
  devices: Map<string, string>;
  origin: string | null;
  flush: ReturnType<typeof setTimeout> | null;
  /** What the phones were last sent, less the counts (see `schedule`). */
  phoneShape: string | null;
  /** Votes checked but not yet stored: written in one commit at the end of this turn of the event loop (see `queueVote`). */
  votes: Array<{ conn: Conn; event: VoteEvent; id: number }>;
  commit: ReturnType<typeof setImmediate> | null;
  /** The public view last built, and the room state and join link it was built from (see `publicState`). */
  shown: { snap: unknown; joinUrl: string; view: RoomView; text: string } | null;
}

type VoteEvent = Extract<RoomEvent, { type: 'participant.vote' }>;

/** Control actions that are one room event each; `tiebreak`, `remove` and `rekey` carry more and are handled apart. */
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
  unseal: 'room.unseal',
  decide: 'room.decide',
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

/** The log as the actor replays it: each run of joins or of votes as one event. */
function* replayBatches(events: RoomEvent[]): Generator<RoomEvent | ReplayEvent> {
  for (let i = 0; i < events.length; ) {
    const e = events[i]!;
    if (e.type !== 'participant.join' && e.type !== 'participant.vote') {
      yield e;
      i++;
      continue;
    }
    let j = i;
    while (j < events.length && events[j]!.type === e.type) j++;
    const run = events.slice(i, j);
    yield e.type === 'participant.join'
      ? { type: 'replay.joins', joins: run as Array<Extract<RoomEvent, { type: 'participant.join' }>> }
      : { type: 'replay.votes', votes: run as Array<Extract<RoomEvent, { type: 'participant.vote' }>> };
    i = j;
  }
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The rooms a server holds. It checks every message at the boundary, decides who may send what
 * (only the facilitator's secret moves the room; a participant only ever votes as themselves),
 * writes each accepted event to the store before applying and acknowledging it, and sends each
 * room's new view to its clients. Nothing a client sends throws out of it.
 */
export class RoomHub {
  private readonly rooms = new Map<string, LiveRoom>();
  private readonly now: () => number;
  private readonly limits: Limits;
  private readonly failedJoins;
  private readonly creations;
  private readonly joins;
  private readonly sockets = new Map<string, number>();

  constructor(private readonly options: HubOptions) {
    this.now = options.now ?? Date.now;
    this.limits = { ...LIMITS, ...options.limits };
    this.failedJoins = perMinute(this.limits.failedJoinsPerMinute, this.now);
    this.creations = perMinute(this.limits.roomsPerMinute, this.now);
    this.joins = bucketsByKey(this.limits.joinBurst, this.limits.joinsPerSecond, this.now);
  }

  /** A new client; returns what its socket calls on each message and on close. */
  connect(transport: Transport) {
    const ip = transport.ip;
    const open = (this.sockets.get(ip) ?? 0) + 1;
    if (open > this.limits.socketsPerAddress) {
      transport.send(
        outgoing({ t: 'error', code: 'busy', message: 'Too many connections from this address: try again shortly.' }),
      );
      transport.close();
      return { receive: () => {}, close: () => {} };
    }
    this.sockets.set(ip, open);
    const conn: Conn = {
      transport,
      role: null,
      room: null,
      pid: null,
      bucket: tokenBucket(this.limits.burst, this.limits.perSecond, this.now),
      busy: false,
      closed: false,
    };
    return {
      receive: (raw: string) => this.receive(conn, raw),
      close: () => {
        if (conn.closed) return;
        conn.closed = true;
        conn.room?.conns.delete(conn);
        const left = (this.sockets.get(ip) ?? 1) - 1;
        if (left > 0) this.sockets.set(ip, left);
        else this.sockets.delete(ip);
      },
    };
  }

  /** Stop every room's pending updates (the store is closed by its owner). Votes not yet stored were not acknowledged either: their phones send them again. */
  close() {
    for (const room of this.rooms.values()) {
      if (room.flush) clearTimeout(room.flush);
      if (room.commit) clearImmediate(room.commit);
      room.actor.stop();
    }
    this.rooms.clear();
  }

  private send(conn: Conn, msg: ServerMessage) {
    if (!conn.closed) conn.transport.send(outgoing(msg));
  }

  private error(conn: Conn, code: string, message: string, id?: number) {
    this.send(conn, { t: 'error', code, message, ...(id !== undefined ? { id } : {}) });
  }

  private receive(conn: Conn, raw: string) {
    try {
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
      this.dispatch(conn, parsed.data).catch((err) => this.failed(conn, err));
    } catch (err) {
      this.failed(conn, err);
    }
  }

  /** A bug met while handling one message: said on the console and to that client, never a crash. */
  private failed(conn: Conn, err: unknown) {
    console.error(`room server: ${messageOf(err)}`);
    try {
      this.error(conn, 'server', 'The room server could not handle that message.');
    } catch {
      // The socket is gone; nothing more to tell.
    }
  }

  private async dispatch(conn: Conn, msg: ClientMessage) {
    switch (msg.t) {
      case 'create':
        return this.create(conn, msg);
      case 'join':
      case 'peek':
      case 'watch':
      case 'facilitate':
        return this.enter(conn, msg);
      case 'vote': {
        if (conn.role !== 'participant' || !conn.room || !conn.pid)
          return this.error(conn, 'forbidden', 'Join a room before voting.', msg.id);
        const event: VoteEvent = {
          type: 'participant.vote',
          pid: conn.pid,
          step: msg.step,
          choice: msg.choice,
          veto: msg.veto === true,
        };
        return this.queueVote(conn, conn.room, event, msg.id);
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
      case 'seat': {
        if (conn.role !== 'participant' || !conn.room || !conn.pid)
          return this.error(conn, 'forbidden', 'Join a room before taking a seat.', msg.id);
        if (!this.apply(conn, conn.room, seatEventOf(msg, conn.pid), msg.id)) return;
        this.send(conn, { t: 'ack', id: msg.id });
        this.sendYou(conn);
        return;
      }
      case 'deal': {
        if (conn.role !== 'facilitator' || !conn.room)
          return this.error(conn, 'forbidden', "Only the facilitator's window can deal the seats.");
        if (!this.apply(conn, conn.room, { type: 'room.deal', committees: msg.committees })) return;
        // Everyone may have a new seat: each phone is told its own.
        for (const c of conn.room.conns) if (c.role === 'participant') this.sendYou(c);
        return;
      }
      case 'export':
        if (conn.role !== 'facilitator' || !conn.room)
          return this.error(conn, 'forbidden', "Only the facilitator's window can export the room.");
        return this.send(conn, {
          t: 'export',
          report: roomReportOf(conn.room.record, conn.room.actor.getSnapshot().context),
        });
      case 'control':
        if (conn.role !== 'facilitator' || !conn.room)
          return this.error(conn, 'forbidden', "Only the facilitator's window can run the room.");
        return this.control(conn, conn.room, msg);
    }
  }

  private async control(conn: Conn, room: LiveRoom, msg: Extract<ClientMessage, { t: 'control' }>) {
    if (msg.action === 'rekey') return this.rekey(conn, room);
    if (msg.action === 'remove') {
      const pid = msg.pid ?? '';
      if (!this.apply(conn, room, { type: 'participant.remove', pid })) return;
      for (const c of room.conns) {
        if (c.pid !== pid) continue;
        this.error(c, 'removed', 'The facilitator removed you from this room.');
        this.detach(c);
      }
      // Their seat, vote and revision have left the room: the phones left see their committee's table without them.
      for (const c of room.conns) if (c.role === 'participant') this.sendYou(c);
      return;
    }
    const event: RoomEvent =
      msg.action === 'tiebreak'
        ? { type: 'room.tiebreak', choice: msg.choice ?? '' }
        : { type: CONTROL_EVENTS[msg.action] };
    const stepBefore = this.onScreen(room);
    if (!this.apply(conn, room, event)) return;
    // A new step on screen: every phone shows its own vote there (none yet, or the earlier one after going back).
    if (this.onScreen(room) !== stepBefore) {
      for (const c of room.conns) if (c.role === 'participant') this.sendYou(c);
    }
  }

  /** A new facilitator key: this window gets it (and a new host link); every other host window is let go. */
  private async rekey(conn: Conn, room: LiveRoom) {
    const secret = newSecret();
    const secretHash = hashSecret(secret);
    try {
      this.options.store.setSecretHash(room.record.code, secretHash);
    } catch (err) {
      console.error(messageOf(err));
      return this.error(conn, 'storage', `The key was not changed: ${messageOf(err)}`);
    }
    room.record = { ...room.record, secretHash };
    for (const c of [...room.conns]) {
      if (c === conn || c.role !== 'facilitator') continue;
      this.error(
        c,
        'revoked',
        "This room's facilitator key was changed from another window: ask the host for the new link.",
      );
      this.detach(c);
    }
    this.send(conn, { t: 'rekeyed', secret });
    this.send(conn, { t: 'welcome', role: 'facilitator', ...(await this.codes(room, secret)) });
  }

  /** False (and an error to the sender) when the room refuses the event in its present state. */
  private allowed(conn: Conn, room: LiveRoom, event: RoomEvent, id?: number): boolean {
    const refusal = refusalOf(room.actor.getSnapshot(), event);
    if (!refusal) return true;
    this.error(
      conn,
      room.actor.getSnapshot().status !== 'active' ? 'closed' : 'refused',
      `${refusal[0]!.toUpperCase()}${refusal.slice(1)}.`,
      id,
    );
    return false;
  }

  /**
   * A vote is checked now and stored with every other vote that arrived in the same turn of the
   * event loop, in one commit; only then is it applied, acknowledged and counted. One commit per
   * burst instead of per vote, and one copy of the step's votes instead of one per vote, is most of
   * what a thousand phones voting at once cost. Whether a vote counts never depends on the other
   * votes, and every other event stores the waiting votes first, so the log keeps the order the
   * room saw.
   */
  private queueVote(conn: Conn, room: LiveRoom, event: VoteEvent, id: number) {
    if (!this.allowed(conn, room, event, id)) return;
    room.votes.push({ conn, event, id });
    room.commit ??= setImmediate(() => this.commitVotes(room));
  }

  /** Store the waiting votes in one commit, then apply, acknowledge and count them; none of them when the write failed. */
  private commitVotes(room: LiveRoom) {
    if (room.commit) clearImmediate(room.commit);
    room.commit = null;
    const batch = room.votes;
    if (!batch.length) return;
    room.votes = [];
    try {
      this.options.store.appendAll(
        room.record.code,
        batch.map((v) => v.event),
        this.now(),
      );
    } catch (err) {
      console.error(messageOf(err));
      for (const v of batch) this.error(v.conn, 'storage', `Not saved, so not counted: ${messageOf(err)}`, v.id);
      return;
    }
    // The machine's run-of-votes event, as the log's rows are replayed after a restart; one by one in
    // a state that takes votes but not runs of them, so a stored, acknowledged vote is always applied.
    const votes = batch.map((v) => v.event);
    if (room.actor.getSnapshot().can({ type: 'replay.votes', votes })) room.actor.send({ type: 'replay.votes', votes });
    else for (const e of votes) room.actor.send(e);
    this.schedule(room);
    for (const v of batch) {
      this.send(v.conn, { t: 'ack', id: v.id });
      this.sendYou(v.conn);
    }
  }

  /** Check, store, then apply one event; false (and an error to the sender) when it was refused or not stored. */
  private apply(conn: Conn, room: LiveRoom, event: RoomEvent, id?: number): boolean {
    // Votes waiting for their commit go first, so the log and the room see the same order.
    this.commitVotes(room);
    if (!this.allowed(conn, room, event, id)) return false;
    try {
      this.options.store.append(room.record.code, event, this.now());
    } catch (err) {
      console.error(messageOf(err));
      this.error(conn, 'storage', `Not saved, so not counted: ${messageOf(err)}`, id);
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
    const secret = newSecret();
    try {
      // No two rooms share a code's look-alike fold, so a forgiving lookup never finds the wrong room.
      let code = newRoomCode();
      for (let i = 0; i < 20 && this.options.store.findRoom(code); i++) code = newRoomCode();
      const record: RoomRecord = {
        code,
        scenario: msg.scenario,
        mode: msg.mode,
        secretHash: hashSecret(secret),
        createdAt: this.now(),
      };
      const room = this.roomFrom(record, resolved, []);
      this.options.store.createRoom(record);
      room.origin = this.options.publicOrigin?.() ?? conn.transport.origin;
      this.send(conn, { t: 'created', code, secret });
      this.options.onRoomOpened?.({ code, joinUrl: this.joinUrl(room) });
    } catch (err) {
      return this.error(conn, 'storage', `Could not open the room: ${messageOf(err)}`);
    }
  }

  private async enter(conn: Conn, msg: Extract<ClientMessage, { t: 'join' | 'peek' | 'watch' | 'facilitate' }>) {
    const ip = conn.transport.ip;
    // Many wrong codes from an address slow every answer to it, right codes included, but never refuse one:
    // a whole venue may share the address, and the right code must still get them in.
    if (!this.failedJoins.allowed(ip)) {
      // One slowed lookup at a time per socket, so waiting answers cannot pile up.
      if (conn.busy)
        return this.error(conn, 'rate_limited', 'One code at a time: wait for the answer to the last one.');
      conn.busy = true;
      await sleep(this.limits.slowAnswerMs);
      conn.busy = false;
      if (conn.closed) return;
    }
    const typed = normalizeCode(msg.code);
    let room: LiveRoom | null;
    try {
      room = this.room(typed);
    } catch (err) {
      return this.error(conn, 'unavailable', messageOf(err));
    }
    if (!room) {
      this.failedJoins.hit(ip);
      return this.error(conn, 'unknown_code', `No room has the code ${typed}: check the code on the screen.`);
    }
    const code = room.record.code;
    const snap = room.actor.getSnapshot();
    const open = snap.status === 'active';
    if (msg.t === 'peek') return this.send(conn, { t: 'peek', code, title: snap.context.plan.title, open });
    if (!open) return this.error(conn, 'closed', 'This room is closed.');
    if (msg.t === 'facilitate' && !secretMatches(msg.secret, room.record.secretHash)) {
      this.failedJoins.hit(ip);
      return this.error(conn, 'forbidden', "That is not this room's facilitator key.");
    }
    if (msg.t === 'join') {
      if (!this.join(conn, room, msg)) return;
    } else {
      const role = msg.t === 'watch' ? 'projector' : 'facilitator';
      if (role === 'facilitator' || !room.origin) room.origin = this.options.publicOrigin?.() ?? conn.transport.origin;
      this.detach(conn);
      this.attach(conn, room, role);
      const codes = await this.codes(room, msg.t === 'facilitate' ? msg.secret : null);
      this.send(conn, { t: 'welcome', role, ...codes });
    }
    if (conn.role !== 'facilitator') {
      if (!conn.closed) conn.transport.send(this.publicState(room).text);
      return;
    }
    this.send(conn, {
      t: 'state',
      room: roomViewOf(room.actor.getSnapshot(), { code, joinUrl: this.joinUrl(room) }, true),
    });
  }

  /** The projector's and phones' view, built and checked once per room state: a thousand phones rejoining share it. */
  private publicState(room: LiveRoom) {
    const snap = room.actor.getSnapshot();
    const joinUrl = this.joinUrl(room);
    if (room.shown?.snap !== snap || room.shown.joinUrl !== joinUrl) {
      const view = roomViewOf(snap, { code: room.record.code, joinUrl }, false);
      room.shown = { snap, joinUrl, view, text: outgoing({ t: 'state', room: view }) };
    }
    return room.shown;
  }

  /**
   * A phone joins: the same socket again, a known participant's token, or a known device token is
   * the same participant; anyone else is new, within the address's join rate and the room's size.
   */
  private join(conn: Conn, room: LiveRoom, msg: Extract<ClientMessage, { t: 'join' }>): boolean {
    const ctx = room.actor.getSnapshot().context;
    const deviceHash = msg.device ? hashSecret(msg.device) : null;
    const byDevice = deviceHash ? room.devices.get(deviceHash) : undefined;
    if ((msg.pid && ctx.removed.has(msg.pid)) || (byDevice && ctx.removed.has(byDevice))) {
      this.error(conn, 'removed', 'The facilitator removed you from this room.');
      return false;
    }
    const known = msg.pid ? ctx.participants.get(msg.pid) : undefined;
    const tokenFits =
      known &&
      msg.token &&
      (secretMatches(msg.token, known.tokenHash) || secretMatches(msg.token, known.deviceHash ?? ''));
    let pid: string | null = null;
    let token: string | undefined;
    if (conn.role === 'participant' && conn.room === room && conn.pid && ctx.participants.has(conn.pid)) pid = conn.pid;
    else if (tokenFits) pid = msg.pid!;
    else if (byDevice && ctx.participants.has(byDevice)) {
      pid = byDevice;
      // The device token proves the phone, so it serves as this participant's token from now on.
      token = msg.device;
    }
    if (pid) {
      this.detach(conn);
      conn.pid = pid;
      this.attach(conn, room, 'participant');
      this.send(conn, {
        t: 'welcome',
        role: 'participant',
        pid,
        name: ctx.participants.get(pid)!.name,
        ...(token ? { token } : {}),
      });
      this.sendYou(conn);
      return true;
    }
    if (ctx.participants.size >= this.limits.participantsPerRoom) {
      this.error(conn, 'full', 'This room is full.');
      return false;
    }
    if (!this.joins.take(conn.transport.ip)) {
      this.error(conn, 'rate_limited', 'Many people just joined from this network: try again in a few seconds.');
      return false;
    }
    pid = newParticipantId();
    token = newSecret();
    const name = (msg.name ?? '')
      .replace(/[\p{C}]/gu, '')
      .trim()
      .slice(0, 40);
    const event: RoomEvent = {
      type: 'participant.join',
      pid,
      name,
      tokenHash: hashSecret(token),
      ...(deviceHash ? { deviceHash } : {}),
    };
    if (!this.apply(conn, room, event)) return false;
    if (deviceHash) room.devices.set(deviceHash, pid);
    this.detach(conn);
    conn.pid = pid;
    this.attach(conn, room, 'participant');
    this.send(conn, { t: 'welcome', role: 'participant', pid, token, name });
    this.sendYou(conn);
    return true;
  }

  /** The join QR, and for a facilitator who proved the key, the host link (key in the fragment, never sent to a server) and its QR. */
  private async codes(room: LiveRoom, secret: string | null) {
    const svg = (text: string) => QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    const qr = await svg(this.joinUrl(room));
    if (!secret) return { qr };
    const url = `${this.origin(room)}/#/room/${room.record.code}/facilitator?key=${encodeURIComponent(secret)}`;
    return { qr, host: { url, qr: await svg(url) } };
  }

  private attach(conn: Conn, room: LiveRoom, role: Role) {
    conn.role = role;
    conn.room = room;
    room.conns.add(conn);
  }

  private detach(conn: Conn) {
    conn.room?.conns.delete(conn);
    conn.role = null;
    conn.room = null;
    conn.pid = null;
  }

  private origin(room: LiveRoom) {
    return room.origin ?? this.options.publicOrigin?.() ?? '';
  }

  private joinUrl(room: LiveRoom) {
    return `${this.origin(room)}/j/${room.record.code}`;
  }

  /** What a phone's own part depends on: the step, or the exercise's pass, answer and whether it is revealed. */
  private onScreen(room: LiveRoom): string | undefined {
    const snap = room.actor.getSnapshot();
    const ex = snap.context.exercise;
    if (ex) return `${ex.pass}/${ex.index}/${snap.matches({ exercise: 'revealed' })}/${snap.matches('exercise')}`;
    if (snap.context.seating) return `seats/${seatsPhase(snap)}`;
    return currentOf(snap.context)?.step.id;
  }

  private sendYou(conn: Conn) {
    if (!conn.room) return;
    const snap = conn.room.actor.getSnapshot();
    const ctx = snap.context;
    const cur = currentOf(ctx);
    const vote = cur && conn.pid ? (cur.votes.get(conn.pid) ?? null) : null;
    const exercise =
      ctx.exercise && conn.pid
        ? { exercise: exerciseYouOf(ctx.exercise, conn.pid, snap.matches({ exercise: 'revealed' })) }
        : {};
    const seats = ctx.seating && conn.pid ? { seats: seatsYouOf(snap, ctx.seating, conn.pid) } : {};
    this.send(conn, { t: 'you', step: cur?.step.id ?? null, vote, ...exercise, ...seats });
  }

  /** A room in memory, or rebuilt from the store by replaying its events; null when no room has the code. */
  private room(code: string): LiveRoom | null {
    const live = this.rooms.get(code);
    if (live) return live;
    const record = this.options.store.findRoom(code);
    if (!record) return null;
    const found = this.rooms.get(record.code);
    if (found) return found;
    const resolved = this.options.loadScenario(record.scenario);
    if (!resolved)
      throw new Error(`Room ${record.code} plays "${record.scenario}", which is no longer in the server's library.`);
    return this.roomFrom(record, resolved, this.options.store.events(record.code));
  }

  private roomFrom(record: RoomRecord, resolved: ResolvedScenario, events: RoomEvent[]): LiveRoom {
    const actor = createActor(roomMachine, { input: { plan: createRoomPlan(resolved, record.mode) } });
    actor.start();
    const devices = new Map<string, string>();
    for (const e of events) if (e.type === 'participant.join' && e.deviceHash) devices.set(e.deviceHash, e.pid);
    for (const batch of replayBatches(events)) actor.send(batch);
    const room: LiveRoom = {
      record,
      actor,
      conns: new Set(),
      devices,
      origin: null,
      flush: null,
      phoneShape: null,
      votes: [],
      commit: null,
      shown: null,
    };
    this.rooms.set(record.code, room);
    return room;
  }

  /**
   * Send the room's view to its clients soon, once for a burst of votes. A phone shows nothing of
   * the live counts, so when only the counts changed (a vote, a join) only the projector and the
   * hosts are sent the view: a thousand phones voting cost a few sends per update, not a thousand.
   */
  private schedule(room: LiveRoom) {
    if (room.flush) return;
    room.flush = setTimeout(() => {
      room.flush = null;
      try {
        const snap = room.actor.getSnapshot();
        const base = { code: room.record.code, joinUrl: this.joinUrl(room) };
        const { view, text: pub } = this.publicState(room);
        const shape = phoneShape(view);
        const phonesToo = shape !== room.phoneShape;
        room.phoneShape = shape;
        let fac: string | null = null;
        for (const c of room.conns) {
          if (c.role === 'facilitator')
            c.transport.send((fac ??= outgoing({ t: 'state', room: roomViewOf(snap, base, true) })));
          else if (phonesToo || c.role !== 'participant') c.transport.send(pub);
        }
      } catch (err) {
        console.error(`room server: could not send room ${room.record.code}'s view: ${messageOf(err)}`);
      }
    }, this.options.flushMs ?? 15);
  }
}

/** The part of a view a phone shows: everything but the live counts. */
function phoneShape(view: RoomView): string {
  const { votesIn: _votes, participants: _people, ...rest } = view;
  return JSON.stringify(rest);
}
