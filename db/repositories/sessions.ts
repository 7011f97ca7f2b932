import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { SessionUser } from '../../shared/domain/saved-scenario'
import { tableStamp } from '../open-db'
import type { Database } from '../schema'
import { findSessionUser, type UserRecord } from './users'

/*
 * Timeouts follow NIST SP 800-63B rev 3 for AAL2 (reliability note §2, item 17): a session ends
 * after 30 minutes without a request, and 12 hours after sign-in whatever happens.
 */
export const IDLE_TIMEOUT_MS = 30 * 60_000
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000
/** last_seen_at is written at most this often, so reading a page is not a write every time. */
const TOUCH_INTERVAL_MS = 60_000

/** The cookie carries the token; the table keeps only its SHA-256. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex')

export interface NewSession {
  token: string
  id: string
  expiresAt: Date
}

/** Inside the caller's transaction (the login is audited with it). 256 random bits. */
export async function insertSession(
  conn: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url')
  const id = sessionIdOf(token)
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS)
  await conn
    .insertInto('sessions')
    .values({
      id,
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute()
  return { token, id, expiresAt }
}

/**
 * Every request looks its session up; the rows it reads are kept, per session, for as long as
 * nothing has written to these tables since (db/statement-cache.ts: any insert, update or delete
 * naming one of them on this connection, or any commit by another process). Signing out, a new
 * password, a new role, disabling, a renamed organisation: each is such a write, so the next
 * request reads the rows afresh. The checks below still run on every request, against the clock.
 */
const SESSION_TABLES = ['sessions', 'users', 'organisations'] as const
const MAX_REMEMBERED = 10_000

interface Remembered {
  stamp: number
  lastSeenAt: string
  expiresAt: string
  /** Not the password hash: nothing here needs it. */
  record: Pick<UserRecord, 'user' | 'disabled'>
}

const remembered = new WeakMap<Kysely<Database>, Map<string, Remembered>>()

function rememberedFor(db: Kysely<Database>): Map<string, Remembered> {
  let map = remembered.get(db)
  if (!map) {
    map = new Map()
    remembered.set(db, map)
  }
  return map
}

export interface SessionLookup {
  session: { sessionId: string; user: SessionUser } | null
  /**
   * The model's revision (model-revision.ts), read in the same query as the session's rows when
   * they came from the database; null when they did not (kept in memory, no such session).
   */
  modelRevision: number | null
}

/**
 * The signed-in user for a cookie token, or null when the session is unknown, idle too long,
 * past its absolute end, or its user is disabled. Expired rows are deleted as they are found.
 */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<{ sessionId: string; user: SessionUser } | null> {
  return (await lookUpSession(db, token, now)).session
}

/** findSession, and the model's revision when the session was read from the database. */
export async function lookUpSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<SessionLookup> {
  const none = { session: null, modelRevision: null }
  if (token.length < 20 || token.length > 100) return none
  const id = sessionIdOf(token)
  // Taken before reading: a write while the reads are under way makes what they found stale.
  const stamp = tableStamp(db, SESSION_TABLES)
  const cache = stamp === null ? null : rememberedFor(db)
  const known = cache?.get(id)
  const fresh = known !== undefined && known.stamp === stamp ? known : null
  if (known && !fresh) cache?.delete(id)
  const read = fresh ? null : await findSessionUser(db, id)
  const found = fresh ?? read
  if (!found) return none
  const modelRevision = read?.modelRevision ?? null
  const idle = now.getTime() - Date.parse(found.lastSeenAt)
  if (idle > IDLE_TIMEOUT_MS || now.getTime() >= Date.parse(found.expiresAt)) {
    await db.deleteFrom('sessions').where('id', '=', id).execute()
    return { session: null, modelRevision }
  }
  const { record } = found
  if (record.disabled) {
    await db.deleteFrom('sessions').where('id', '=', id).execute()
    return { session: null, modelRevision }
  }
  if (idle > TOUCH_INTERVAL_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
  } else if (cache && stamp !== null && !fresh) {
    if (cache.size >= MAX_REMEMBERED) cache.clear()
    const { lastSeenAt, expiresAt } = found
    cache.set(id, {
      stamp,
      lastSeenAt,
      expiresAt,
      record: { user: record.user, disabled: record.disabled },
    })
  }
  return { session: { sessionId: id, user: { ...record.user } }, modelRevision }
}

export async function deleteSession(conn: Kysely<Database>, sessionId: string): Promise<void> {
  await conn.deleteFrom('sessions').where('id', '=', sessionId).execute()
}

/** Housekeeping at start-up: sessions that can no longer be used. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', now.toISOString()),
        eb('last_seen_at', '<', new Date(now.getTime() - IDLE_TIMEOUT_MS).toISOString()),
      ]),
    )
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
