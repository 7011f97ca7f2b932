import type SqliteDatabase from 'better-sqlite3'
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely'

/**
 * Kysely's SQLite driver asks for a fresh prepared statement on every query; compiling the SQL
 * again was about a tenth of the server's CPU under load (issue #7). This hands it the statement
 * prepared the first time for the same SQL text instead. A better-sqlite3 statement can be run any
 * number of times; one still being iterated (a streamed select) is `busy`, and then a new one is
 * prepared for that call. SQLite itself re-prepares a statement after a schema change.
 *
 * It also sees every statement before it runs, so it can tell when a table may have changed:
 * `stamp(tables)` is a number that is different after any write naming one of them on this
 * connection, or any commit by another connection (`PRAGMA data_version`, e.g. the user
 * command-line tool run beside the server). Callers keep an answer only while the stamp holds.
 */

/** Distinct SQL texts kept; beyond it the oldest go. Queries with `in (?, ?, …)` lists vary. */
const MAX_STATEMENTS = 500

interface Cached {
  statement: SqliteDatabase.Statement
  /** For a write, the lower-case words of its SQL (table names among them); null for a read. */
  words: readonly string[] | null
}

export class StatementCache implements KyselySqliteDatabase {
  private readonly statements = new Map<string, Cached>()
  /** Writes seen per watched table (only tables someone asked a stamp for). */
  private readonly writes = new Map<string, number>()
  private readonly dataVersion: SqliteDatabase.Statement
  private lastDataVersion: number
  private otherConnections = 0

  constructor(private readonly sqlite: SqliteDatabase.Database) {
    this.dataVersion = sqlite.prepare('pragma data_version').pluck()
    this.lastDataVersion = this.dataVersion.get() as number
  }

  prepare(sql: string): SqliteStatement {
    let cached = this.statements.get(sql)
    if (cached === undefined) {
      const statement = this.sqlite.prepare(sql)
      // `readonly`, not `reader`: an UPDATE … RETURNING gives rows, and is still a write.
      cached = { statement, words: statement.readonly ? null : wordsOf(sql) }
      if (this.statements.size >= MAX_STATEMENTS) {
        this.statements.delete(this.statements.keys().next().value!)
      }
      this.statements.set(sql, cached)
    }
    if (cached.words !== null && this.writes.size > 0) this.noteWrite(cached.words)
    return cached.statement.busy ? this.sqlite.prepare(sql) : cached.statement
  }

  close(): void {
    this.statements.clear()
    this.sqlite.close()
  }

  /** Changes whenever any of `tables` may have changed since the last call that returned it. */
  stamp(tables: readonly string[]): number {
    const version = this.dataVersion.get() as number
    if (version !== this.lastDataVersion) {
      this.lastDataVersion = version
      this.otherConnections += 1
    }
    let sum = this.otherConnections
    for (const table of tables) {
      const count = this.writes.get(table)
      if (count === undefined) this.writes.set(table, 0)
      else sum += count
    }
    return sum
  }

  private noteWrite(words: readonly string[]) {
    for (const word of words) {
      const count = this.writes.get(word)
      if (count !== undefined) this.writes.set(word, count + 1)
    }
  }
}

/** Every identifier-like word, so a table is found quoted ("users") or bare (raw SQL). */
function wordsOf(sql: string): string[] {
  return [...new Set(sql.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? [])]
}
