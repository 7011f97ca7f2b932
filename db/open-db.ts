import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema'
import { StatementCache } from './statement-cache'

export type SqliteHandle = SqliteDatabase.Database

const handles = new WeakMap<Kysely<Database>, SqliteHandle>()
const caches = new WeakMap<Kysely<Database>, StatementCache>()

const isMemory = (filename: string) => filename === ':memory:' || filename === ''

/**
 * Opens a better-sqlite3 handle with the pragmas the app depends on, and reads each back: a
 * pragma that silently fails (e.g. WAL on a network filesystem) must stop start-up, not lose data.
 */
export function openSqlite(filename: string): SqliteHandle {
  const sqlite = new SqliteDatabase(filename)
  try {
    const expected: [pragma: string, value: string | number][] = [
      ['foreign_keys', 1],
      ['synchronous', 2], // FULL
      ['busy_timeout', 5000],
    ]
    if (!isMemory(filename)) expected.unshift(['journal_mode', 'wal'])
    sqlite.pragma(`busy_timeout = 5000`)
    if (!isMemory(filename)) sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('synchronous = FULL')
    for (const [pragma, value] of expected) {
      const actual: unknown = sqlite.pragma(pragma, { simple: true })
      const matches =
        typeof value === 'string' ? String(actual).toLowerCase() === value : actual === value
      if (!matches) {
        throw new Error(
          `SQLite pragma ${pragma} is ${String(actual)}, expected ${value} (${filename})`,
        )
      }
    }
    return sqlite
  } catch (error) {
    sqlite.close()
    throw error
  }
}

export function openDb(filename: string): Kysely<Database> {
  const sqlite = openSqlite(filename)
  const statements = new StatementCache(sqlite)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) })
  handles.set(db, sqlite)
  caches.set(db, statements)
  return db
}

/**
 * A number that changes whenever one of `tables` may have changed (statement-cache.ts), or null
 * for a database not opened with openDb, or inside a transaction, where nothing may be kept.
 */
export function tableStamp(db: Kysely<Database>, tables: readonly string[]): number | null {
  return caches.get(db)?.stamp(tables) ?? null
}

/**
 * The better-sqlite3 handle behind a database opened with openDb (e.g. for `backup`). Writes made
 * through it directly are not seen by tableStamp: make them through Kysely.
 */
export function sqliteHandle(db: Kysely<Database>): SqliteHandle {
  const handle = handles.get(db)
  if (!handle) throw new Error('This Kysely instance was not opened with openDb')
  return handle
}
