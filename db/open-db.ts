import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema'

export type SqliteHandle = SqliteDatabase.Database

const handles = new WeakMap<Kysely<Database>, SqliteHandle>()

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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  handles.set(db, sqlite)
  return db
}

/** The better-sqlite3 handle behind a database opened with openDb (e.g. for `backup`). */
export function sqliteHandle(db: Kysely<Database>): SqliteHandle {
  const handle = handles.get(db)
  if (!handle) throw new Error('This Kysely instance was not opened with openDb')
  return handle
}
