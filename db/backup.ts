import SqliteDatabase from 'better-sqlite3'
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { dirname } from 'node:path'
import { databaseTarget } from './database-url'
import { migrations } from './migrations/index'

/*
 * Online backup and restore of the SQLite file (reliability note D8, D9, T4).
 *
 * Backup uses SQLite's online backup API (better-sqlite3 `db.backup`), never a file copy, which
 * could catch a transaction half-way. It copies every page in one step, i.e. inside one read
 * transaction: in WAL mode that does not block the server's writes, and the copy is the
 * database as of one instant. The copy is written beside the destination, switched to a
 * single-file (rollback journal) database, checked, and only then renamed into place.
 *
 * Restore checks the backup (on a private copy, so the backup file is never touched), refuses
 * while anything has the database open, keeps the current file as
 * `<db>.before-restore-<time>`, then renames the checked copy into place.
 */

/** An expected failure, with a message for the person running the command (no stack trace). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

/**
 * The SQLite file DATABASE_URL names. PostgreSQL has its own tools for this, which also run
 * while the servers do: pg_dump and pg_restore (README, "Running on PostgreSQL").
 */
export function sqliteFileToBackUp(env: NodeJS.ProcessEnv = process.env): string {
  const target = databaseTarget(env)
  if (target.kind === 'sqlite') return target.file
  throw new BackupError(
    `DATABASE_URL names PostgreSQL at ${target.where}, and this command copies a SQLite file; ` +
      'use pg_dump and pg_restore as the README describes under "Running on PostgreSQL"',
  )
}

export interface DatabaseSummary {
  /** The last migration applied, e.g. '2026_12_03_0005_deprivation_trends'. */
  migration: string
  /** Known migrations not yet applied (an older backup): the server applies them at start. */
  pendingMigrations: number
  bytes: number
  currentDataVersion: string | null
  rows: { organisations: number; users: number; scenarios: number; auditLog: number }
}

export interface BackupResult {
  destination: string
  summary: DatabaseSummary
  ms: number
}

export interface RestoreResult {
  database: string
  summary: DatabaseSummary
  /** Where the database that was replaced now is; null when there was none. */
  keptAs: string | null
  /** Set when the replaced database could not even be opened (why a restore was needed). */
  previousUnreadable: string | null
}

/** Copy everything in one backup step: one read transaction, so one consistent instant. */
const ALL_PAGES = 0x7fffffff

type SqliteErrorLike = Error & { code?: string }

/** SQLite's error codes for the failures people meet, in words. */
function explain(file: string, error: unknown): string {
  const code = (error as SqliteErrorLike).code ?? ''
  if (code === 'SQLITE_NOTADB') return `${file} is not a SQLite database`
  if (code.startsWith('SQLITE_CORRUPT'))
    return `${file} is damaged (SQLite: ${(error as Error).message})`
  if (code.startsWith('SQLITE_CANTOPEN')) return `${file} cannot be opened`
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `${file} is locked by another program`
  }
  return `${file} could not be read (${(error as Error).message})`
}

/** The whole check of a database file, opened by the caller; throws BackupError saying what is wrong. */
function summarise(sqlite: SqliteDatabase.Database, file: string): DatabaseSummary {
  const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') {
    const first = integrity.slice(0, 3).map((r) => r.integrity_check)
    throw new BackupError(`${file} failed SQLite's integrity check: ${first.join('; ')}`)
  }
  const broken = sqlite.pragma('foreign_key_check') as { table: string }[]
  if (broken.length > 0) {
    throw new BackupError(
      `${file} has ${broken.length} rows whose references are broken (foreign_key_check), first in table ${broken[0]!.table}`,
    )
  }
  const hasTable = (name: string) =>
    sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(name) !==
    undefined
  if (!hasTable('kysely_migration') || !hasTable('data_versions')) {
    throw new BackupError(`${file} is a SQLite database, but not one of Coverage 2030`)
  }
  const applied = (
    sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[]
  ).map((r) => r.name)
  const unknown = applied.filter((name) => !(name in migrations))
  if (unknown.length > 0) {
    throw new BackupError(
      `${file} was made by a newer version of Coverage 2030 (migration ${unknown[0]} is unknown to this one); upgrade first`,
    )
  }
  if (applied.length === 0) throw new BackupError(`${file} has no migrations applied`)
  const count = (table: string) =>
    (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
  const current = sqlite.prepare('select id from data_versions where is_current = 1').get() as
    { id: string } | undefined
  return {
    migration: applied.at(-1)!,
    pendingMigrations: Object.keys(migrations).length - applied.length,
    bytes: statSync(file).size,
    currentDataVersion: current?.id ?? null,
    rows: {
      organisations: count('organisations'),
      users: count('users'),
      scenarios: count('scenarios'),
      auditLog: count('audit_log'),
    },
  }
}

/**
 * Makes `file` (a copy of ours) a single-file database in rollback-journal mode, so it opens
 * anywhere without -wal/-shm files beside it, then checks it. The server switches it back to
 * WAL when it opens it.
 */
function normaliseAndCheck(file: string): DatabaseSummary {
  let sqlite: SqliteDatabase.Database | undefined
  try {
    sqlite = new SqliteDatabase(file, { fileMustExist: true })
    sqlite.pragma('journal_mode = DELETE')
    sqlite.close()
    sqlite = new SqliteDatabase(file, { fileMustExist: true, readonly: true })
    return summarise(sqlite, file)
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError(explain(file, error))
  } finally {
    sqlite?.close()
  }
}

/** Flushes a file, or a folder's entries (a rename), to disk. */
function fsyncPath(path: string) {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`]

function moveWithSidecars(from: string, to: string) {
  renameSync(from, to)
  const targets = sidecars(to)
  sidecars(from).forEach((sidecar, i) => {
    if (existsSync(sidecar)) renameSync(sidecar, targets[i]!)
  })
}

function removeWithSidecars(file: string) {
  for (const path of [file, ...sidecars(file)]) rmSync(path, { force: true })
}

/** Backs `source` up to `destination` (which must not exist yet) while the server may be running. */
export async function backupDatabase(source: string, destination: string): Promise<BackupResult> {
  const started = performance.now()
  if (!existsSync(source)) throw new BackupError(`there is no database at ${source}`)
  if (existsSync(destination)) {
    throw new BackupError(
      `${destination} already exists; choose a new file name, so no earlier backup is overwritten`,
    )
  }
  if (!existsSync(dirname(destination))) {
    throw new BackupError(`the folder ${dirname(destination)} does not exist`)
  }
  const partial = `${destination}.partial-${process.pid}`
  try {
    let sqlite: SqliteDatabase.Database | undefined
    try {
      sqlite = new SqliteDatabase(source, { fileMustExist: true, timeout: 5000 })
      await sqlite.backup(partial, { progress: () => ALL_PAGES })
    } catch (error) {
      throw new BackupError(explain(source, error))
    } finally {
      sqlite?.close()
    }
    let summary: DatabaseSummary
    try {
      summary = normaliseAndCheck(partial)
    } catch (error) {
      if (!(error instanceof BackupError)) throw error
      throw new BackupError(error.message.replace(partial, `the copy of ${source}`))
    }
    fsyncPath(partial)
    renameSync(partial, destination)
    fsyncPath(dirname(destination))
    return {
      destination,
      summary: { ...summary, bytes: statSync(destination).size },
      ms: performance.now() - started,
    }
  } finally {
    removeWithSidecars(partial)
  }
}

/**
 * Whether another connection has `file` open. Every process of the app opens the database in WAL
 * mode (db/open-db.ts), and leaving WAL mode needs the database to itself, so
 * `journal_mode = DELETE` fails with SQLITE_BUSY while any process (a running server, an import)
 * has it open, whatever it is doing; the operating system drops those locks when a process dies,
 * so unlike a pid file this cannot go stale after a crash. When the switch succeeds it has also
 * checkpointed the WAL into the file, so the file alone is the whole database.
 * Returns 'in use', 'free', or the reason the file could not be opened at all.
 */
function claim(file: string): 'in use' | 'free' | { unreadable: string } {
  let sqlite: SqliteDatabase.Database | undefined
  try {
    sqlite = new SqliteDatabase(file, { fileMustExist: true, timeout: 0 })
    sqlite.pragma('journal_mode = DELETE')
    return 'free'
  } catch (error) {
    const code = (error as SqliteErrorLike).code ?? ''
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'in use'
    return { unreadable: explain(file, error) }
  } finally {
    sqlite?.close()
  }
}

/** `2026-11-23T21-05-09Z`: sorts by time and is a valid file name everywhere. */
const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')

/** Puts the backup in place of `database`; refuses while the server (or anything) has it open. */
export function restoreDatabase(
  backup: string,
  database: string,
  options: { now?: Date } = {},
): RestoreResult {
  if (!existsSync(backup)) throw new BackupError(`there is no backup file at ${backup}`)
  if (!existsSync(dirname(database))) {
    throw new BackupError(`the folder ${dirname(database)} does not exist`)
  }
  // Checked on a copy beside the database: the backup itself is never opened for writing, and
  // the final rename stays on one filesystem (atomic).
  const copy = `${database}.restoring-${process.pid}`
  try {
    copyFileSync(backup, copy)
    let summary: DatabaseSummary
    try {
      summary = normaliseAndCheck(copy)
    } catch (error) {
      const reason =
        error instanceof BackupError ? error.message.replace(copy, backup) : String(error)
      throw new BackupError(`${reason}; the current database was not changed`)
    }
    let keptAs: string | null = null
    let previousUnreadable: string | null = null
    if (existsSync(database)) {
      const state = claim(database)
      if (state === 'in use') {
        throw new BackupError(
          `${database} is in use (is the server running?): stop the server first; the current database was not changed`,
        )
      }
      if (state !== 'free') previousUnreadable = state.unreadable
      keptAs = `${database}.before-restore-${stamp(options.now ?? new Date())}`
      if (existsSync(keptAs))
        throw new BackupError(`${keptAs} already exists; try again in a second`)
      // Normally the claim left a single file; an unreadable database keeps its -wal and -shm.
      moveWithSidecars(database, keptAs)
    }
    fsyncPath(copy)
    try {
      renameSync(copy, database)
    } catch (error) {
      if (keptAs) moveWithSidecars(keptAs, database) // put the previous database back
      throw error
    }
    fsyncPath(dirname(database))
    return {
      database,
      summary: { ...summary, bytes: statSync(database).size },
      keptAs,
      previousUnreadable,
    }
  } finally {
    removeWithSidecars(copy)
  }
}

/** One line about a checked database, for the command line. */
export function describeSummary(s: DatabaseSummary): string {
  const mb = (s.bytes / 1024 / 1024).toFixed(1)
  const pending = s.pendingMigrations
    ? `; ${s.pendingMigrations} newer migrations will be applied when the server starts`
    : ''
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
  return (
    `${mb} MB; integrity_check ok, foreign keys ok; migration ${s.migration}${pending}; ` +
    `data version ${s.currentDataVersion ?? 'none'}; ` +
    `${n(s.rows.organisations, 'organisation', 'organisations')}, ${n(s.rows.users, 'user', 'users')}, ` +
    `${n(s.rows.scenarios, 'saved scenario', 'saved scenarios')}, ${n(s.rows.auditLog, 'audit entry', 'audit entries')}`
  )
}
