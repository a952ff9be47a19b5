import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { RoomEvent } from '../../machines/roomMachine';
import type { RoomMode } from '../../machines/room/types';
import { foldCode } from '../room/codes';

/** What a room was opened with; everything after is its event log. */
export interface RoomRecord {
  code: string;
  scenario: string;
  mode: RoomMode;
  /** SHA-256 of the facilitator's secret; the secret itself is never stored. */
  secretHash: string;
  createdAt: number;
}

/**
 * Where rooms live. Every method is synchronous and throws when the write did not happen, so the
 * server acknowledges an event only once it is on disk. Another engine (Postgres, Redis streams)
 * fits behind the same few calls.
 */
export interface RoomStore {
  createRoom(room: RoomRecord): void;
  /** The room a typed code means: the exact code, else the one whose look-alike fold matches. */
  findRoom(code: string): RoomRecord | null;
  /** Replace the facilitator key's hash (revoking every other host). */
  setSecretHash(code: string, secretHash: string): void;
  /** Append one event to a room's log; throws if it could not be written. */
  append(code: string, event: RoomEvent, at: number): void;
  /** Append several events in order, all or none (one commit, so a burst of votes costs one write). */
  appendAll(code: string, events: RoomEvent[], at: number): void;
  events(code: string): RoomEvent[];
  close(): void;
}

/** The default data folder, under the directory the server runs in. */
const DEFAULT_ROOM_DIR = '.debrief';

/** The folder the server keeps rooms in: DEBRIEF_ROOM_DIR when set, else .debrief/. */
export const roomDir = (dir?: string) => resolve(dir ?? process.env.DEBRIEF_ROOM_DIR ?? DEFAULT_ROOM_DIR);

/** A store in one SQLite file, `rooms.sqlite` in `dir` (created if missing). */
export function openSqliteStore(dir: string): RoomStore {
  // Names, key hashes and every vote: readable by this user only.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const file = join(dir, 'rooms.sqlite');
  // Created 0600 before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode.
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const db = new Database(file);
  // WAL with synchronous=NORMAL: a committed write survives the process being killed (only a power cut can lose the last ones).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (code TEXT PRIMARY KEY, scenario TEXT NOT NULL, mode TEXT NOT NULL, secret_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS events (code TEXT NOT NULL REFERENCES rooms(code), seq INTEGER NOT NULL, at INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (code, seq));
  `);
  // Files from before look-alike codes: add the fold column and fill it in.
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(rooms)').all();
  if (!columns.some((c) => c.name === 'fold')) {
    db.exec('ALTER TABLE rooms ADD COLUMN fold TEXT');
    const fill = db.prepare('UPDATE rooms SET fold = ? WHERE code = ?');
    for (const { code } of db.prepare<[], { code: string }>('SELECT code FROM rooms').all())
      fill.run(foldCode(code), code);
  }
  db.exec('CREATE INDEX IF NOT EXISTS rooms_fold ON rooms(fold)');
  // Older files may have left their -wal and -shm readable to others.
  for (const f of [`${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
  const insertRoom = db.prepare(
    'INSERT INTO rooms (code, scenario, mode, secret_hash, created_at, fold) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectRoom = db.prepare<
    [string, string, string],
    { code: string; scenario: string; mode: RoomMode; secret_hash: string; created_at: number }
  >(
    'SELECT code, scenario, mode, secret_hash, created_at FROM rooms WHERE code = ? OR fold = ? ORDER BY code = ? DESC LIMIT 1',
  );
  const updateSecret = db.prepare('UPDATE rooms SET secret_hash = ? WHERE code = ?');
  const insertEvent = db.prepare(
    'INSERT INTO events (code, seq, at, body) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE code = ?), ?, ?)',
  );
  const appendAll = db.transaction((code: string, events: RoomEvent[], at: number) => {
    for (const e of events) insertEvent.run(code, code, at, JSON.stringify(e));
  });
  const selectEvents = db.prepare<[string], { body: string }>('SELECT body FROM events WHERE code = ? ORDER BY seq');
  const wrap = <T>(what: string, fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      throw new Error(`room store ${file}: could not ${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return {
    createRoom: (r) =>
      void wrap(`create room ${r.code}`, () =>
        insertRoom.run(r.code, r.scenario, r.mode, r.secretHash, r.createdAt, foldCode(r.code)),
      ),
    setSecretHash: (code, hash) => void wrap(`change the key of room ${code}`, () => updateSecret.run(hash, code)),
    findRoom(code) {
      const row = wrap(`read room ${code}`, () => selectRoom.get(code, foldCode(code), code));
      return row
        ? {
            code: row.code,
            scenario: row.scenario,
            mode: row.mode,
            secretHash: row.secret_hash,
            createdAt: row.created_at,
          }
        : null;
    },
    append: (code, event, at) =>
      void wrap(`record ${event.type} in room ${code}`, () => insertEvent.run(code, code, at, JSON.stringify(event))),
    appendAll: (code, events, at) =>
      void wrap(`record ${events.length} events in room ${code}`, () => appendAll(code, events, at)),
    events: (code) =>
      wrap(`read the events of room ${code}`, () => selectEvents.all(code).map((r) => JSON.parse(r.body) as RoomEvent)),
    close: () => db.close(),
  };
}
