import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'

/**
 * Runs `work` inside BEGIN IMMEDIATE … COMMIT on the one connection. IMMEDIATE takes the write
 * lock up front, so a read-then-write (check the version, then update) cannot be overtaken by
 * another process such as the `npm run user` command line. Keep `work` to database calls only:
 * the connection is held until it returns. SQLite may already have rolled back by itself (e.g.
 * on SQLITE_FULL), so a failing ROLLBACK must not hide the first error.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (conn: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn)
    try {
      const result = await work(conn)
      await sql`commit`.execute(conn)
      return result
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined)
      throw error
    }
  })
}
