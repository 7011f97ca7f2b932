import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely'
import type { DatabaseTarget } from './database-url'
import { openDb } from './open-db'
import { DatabaseUnavailableError, openPostgres } from './open-postgres'
import type { Database } from './schema'

/*
 * The few things the embedded SQLite file and a shared PostgreSQL server do differently at run
 * time. The repositories are written once over Kysely; the schema's differences are in
 * migrations/portable.ts.
 */

export type Dialect = 'sqlite' | 'postgres'

export function dialectOf(db: Kysely<Database>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

export interface OpenOptions {
  /** PostgreSQL only: connections this process keeps (DATABASE_POOL_SIZE). */
  poolSize?: number
  log?: (message: string) => void
}

/**
 * Opens the database DATABASE_URL names. A PostgreSQL server is asked at once for the settings
 * durability rests on, so a server that is down, refuses us, or could lose acknowledged commits
 * stops start-up with one line naming its host, as a SQLite pragma that did not hold does.
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Kysely<Database>> {
  if (target.kind === 'sqlite') return openDb(target.file)
  const db = openPostgres(target.url, options)
  let settings: { fsync: string; synchronous_commit: string } | undefined
  try {
    const { rows } = await sql<{ fsync: string; synchronous_commit: string }>`
      select current_setting('fsync') as fsync,
        current_setting('synchronous_commit') as synchronous_commit`.execute(db)
    settings = rows[0]
  } catch (error) {
    await db.destroy()
    throw new DatabaseUnavailableError(target.where, error)
  }
  for (const [name, value] of Object.entries(settings ?? {})) {
    if (value === 'off') {
      await db.destroy()
      throw new Error(
        `PostgreSQL at ${target.where} has ${name}=off, so a crash could lose saved work; turn it on.`,
      )
    }
  }
  return db
}

/*
 * Write transactions. SQLite: BEGIN IMMEDIATE takes the one write lock up front, so writers run
 * one at a time. PostgreSQL runs them side by side, in one of two ways:
 * - 'serializable' (imports, the teams register, accounts, sign-in counts, the seed): the result
 *   is as if they ran one at a time (two imports cannot both build on the same current
 *   version); where it could not be, one fails with a serialization failure and is run again
 *   from the start, when it sees the other's commit;
 * - 'row locks' (saved scenarios, the busiest writes): READ COMMITTED, the row to change read
 *   with FOR UPDATE (lockRows) and written only if its version is still the one read. Saves of
 *   different scenarios then never wait for or fail because of each other, which SERIALIZABLE
 *   cannot promise: on a small table its reads lock the whole table, not just the row.
 */
export type WriteIsolation = 'serializable' | 'row locks'

export function beginWrite(db: Kysely<Database>, isolation: WriteIsolation): RawBuilder<unknown> {
  if (dialectOf(db) === 'sqlite') return sql`begin immediate`
  return isolation === 'serializable'
    ? sql`begin isolation level serializable`
    : sql`begin isolation level read committed`
}

/** Whether a 'row locks' transaction must lock what it reads (SQLite's write lock covers all). */
export const lockRows = (db: Kysely<Database>) => dialectOf(db) === 'postgres'

/** PostgreSQL's serialization failure and deadlock: the whole transaction may be run again. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === '40001' || code === '40P01'
}

/**
 * Where the migrator keeps its own tables: on PostgreSQL the schema the connection works in
 * (search_path), named outright, since Kysely otherwise takes a table of that name in any
 * schema of the database for its own.
 */
export async function migrationTableSchema(db: Kysely<Database>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  return rows[0]?.schema
}

/** Any number; it only has to be the same in every process of this app. */
const PREPARE_LOCK = 2030_0014

/**
 * Runs `work` in no other process at the same time: on PostgreSQL under an advisory lock, so
 * several processes starting at once on an empty database migrate and seed it once. SQLite
 * serialises writers itself. Holds one pooled connection while `work` uses others.
 */
export async function exclusively<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  if (dialectOf(db) !== 'postgres') return work()
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${PREPARE_LOCK})`.execute(conn)
    try {
      return await work()
    } finally {
      await sql`select pg_advisory_unlock(${PREPARE_LOCK})`.execute(conn)
    }
  })
}
