import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import { writeTransaction } from './write-transaction'

/*
 * Failed sign-ins, in the database so that every server process counts the same ones. Keys are
 * 'email:…' or 'ip:…'; only their SHA-256 is stored. An attempt is counted before its password
 * is checked and forgotten if the password was right, so attempts made at the same moment, in
 * any process, cannot all slip in under the limit.
 */

export interface SignInPolicy {
  windowMs: number
  maxFailures: number
}

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex')

export interface Reservation {
  /** Milliseconds until an attempt may be made; 0 when this one was counted. */
  waitMs: number
  /** The rows that count this attempt. */
  ids: number[]
}

/**
 * Counts an attempt for every key, unless one of them already has `maxFailures` within the
 * window: then nothing is counted and `waitMs` says when enough of them will have aged out.
 * Failures older than the window are deleted on the way.
 */
export async function reserveSignInAttempt(
  db: Kysely<Database>,
  keys: readonly string[],
  now: Date,
  policy: SignInPolicy,
): Promise<Reservation> {
  const hashes = [...new Set(keys.map(hashOf))]
  const since = new Date(now.getTime() - policy.windowMs).toISOString()
  return writeTransaction(db, async (conn) => {
    await conn.deleteFrom('sign_in_failures').where('at', '<=', since).execute()
    const recent = await conn
      .selectFrom('sign_in_failures')
      .select(['key_hash', 'at'])
      .where('key_hash', 'in', hashes)
      .orderBy('at')
      .execute()
    let waitMs = 0
    for (const hash of hashes) {
      const times = recent.filter((r) => r.key_hash === hash).map((r) => Date.parse(r.at))
      if (times.length < policy.maxFailures) continue
      // Blocked until enough failures age out of the window to fall below the limit.
      const oldestThatCounts = times[times.length - policy.maxFailures]!
      waitMs = Math.max(waitMs, oldestThatCounts + policy.windowMs - now.getTime())
    }
    if (waitMs > 0) return { waitMs, ids: [] }
    const at = now.toISOString()
    const rows = await conn
      .insertInto('sign_in_failures')
      .values(hashes.map((key_hash) => ({ key_hash, at })))
      .returning('id')
      .execute()
    return { waitMs: 0, ids: rows.map((r) => r.id) }
  })
}

/** The password was right: the attempt was no failure, and `key`'s earlier failures are forgiven. */
export async function forgetSignInFailures(
  db: Kysely<Database>,
  reservation: Reservation,
  key?: string,
): Promise<void> {
  await db
    .deleteFrom('sign_in_failures')
    .where((eb) =>
      eb.or([
        ...(reservation.ids.length > 0 ? [eb('id', 'in', reservation.ids)] : []),
        ...(key === undefined ? [] : [eb('key_hash', '=', hashOf(key))]),
      ]),
    )
    .execute()
}
