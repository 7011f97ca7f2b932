import { setTimeout as sleep } from 'node:timers/promises'
import { sql, type Kysely } from 'kysely'
import { beginWrite, isRetryable, type WriteIsolation } from '../dialect'
import type { Database } from '../schema'

/** Enough for a burst of sign-ins from many processes; each retry waits longer. */
const MAX_ATTEMPTS = 12

/**
 * Runs `work` as one write transaction on one connection: BEGIN IMMEDIATE on SQLite, and on
 * PostgreSQL SERIALIZABLE or, for 'row locks', READ COMMITTED with the rows it changes locked
 * (db/dialect.ts). Either way a read-then-write (check the version, then update) cannot be
 * overtaken by another process, such as a second server or the `npm run user` command line.
 * PostgreSQL may instead refuse a transaction that would have been overtaken (or deadlocked);
 * it is then run again from the start, so keep `work` to database calls only (it may run more
 * than once, and the connection is held until it returns). SQLite may already have rolled back
 * by itself (e.g. on SQLITE_FULL), so a failing ROLLBACK must not hide the first error.
 */
export function writeTransaction<T>(
  db: Kysely<Database>,
  work: (conn: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return run(db, 'serializable', work)
}

/**
 * A write transaction that guards itself: it locks the rows it changes (lockRows) and checks
 * their versions, so on PostgreSQL it needs no more than READ COMMITTED (db/dialect.ts).
 */
export function rowLockedTransaction<T>(
  db: Kysely<Database>,
  work: (conn: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return run(db, 'row locks', work)
}

function run<T>(
  db: Kysely<Database>,
  isolation: WriteIsolation,
  work: (conn: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return retried(() =>
    db.connection().execute(async (conn) => {
      await beginWrite(conn, isolation).execute(conn)
      try {
        const result = await work(conn)
        await sql`commit`.execute(conn)
        return result
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined)
        throw error
      }
    }),
  )
}

/**
 * Runs `work` again from the start when PostgreSQL refused it as a whole (db/dialect.ts
 * isRetryable): a write transaction, or a write that is one statement (its own transaction).
 */
export async function retried<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error
      // Jittered and growing, so transactions that collided do not collide again in step.
      await sleep(Math.random() * Math.min(50, 2 ** attempt))
    }
  }
}
