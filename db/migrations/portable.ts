import {
  PostgresAdapter,
  sql,
  type CreateTableBuilder,
  type Expression,
  type Kysely,
  type RawBuilder,
} from 'kysely'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>. */

// Frozen with the migrations that use it: add a helper, never change one. The migrations were
// written for SQLite; these are the few places where PostgreSQL spells the same schema another
// way. On SQLite each gives exactly the text the migrations had before PostgreSQL came, so a
// SQLite database is built as it always was (db/migrations/portable.test.ts compares both).

export interface Portable {
  postgres: boolean
  /** SQLite's STRICT tables; PostgreSQL's columns are strictly typed already. */
  strict: RawBuilder<unknown>
  /** An 8-byte float: SQLite's REAL is one, PostgreSQL's `real` has only 4 bytes. */
  real: 'real' | 'double precision'
  /** `expression glob 'pattern'`; on PostgreSQL the same pattern as an anchored regex. */
  glob(expression: Expression<unknown>, pattern: string): RawBuilder<unknown>
  notGlob(expression: Expression<unknown>, pattern: string): RawBuilder<unknown>
  /** Text that is valid JSON (null passes, as in SQLite). */
  json(column: string): RawBuilder<unknown>
  /** Text that is a JSON object. */
  jsonObject(column: string): RawBuilder<unknown>
  /** The expression an index uses to make a text column unique ignoring case. */
  ignoringCase(column: string): RawBuilder<unknown>
  /** An `id` primary key numbered by the database. */
  autoIncrementId<T extends CreateTableBuilder<any, any>>(table: T): T
  /** Triggers that refuse every UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) of `table`. */
  createAppendOnlyTriggers(table: 'audit_log'): Promise<void>
  dropAppendOnlyTriggers(table: 'audit_log'): Promise<void>
}

/** SQLite GLOB → PostgreSQL POSIX regex: `*` any run, `?` one character, `[…]` as written. */
export function globToRegex(pattern: string): string {
  let regex = '^'
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*') regex += '.*'
    else if (c === '?') regex += '.'
    else if (c === '[') {
      // A ']' straight after '[' or '[^' is a member of the set, as in GLOB.
      const close = pattern.indexOf(']', pattern[i + 1] === '^' ? i + 3 : i + 2)
      if (close < 0) throw new Error(`Unclosed [ in GLOB pattern ${pattern}`)
      regex += pattern.slice(i, close + 1)
      i = close
    } else regex += /[\\^$.|+(){}]/.test(c) ? `\\${c}` : c
  }
  return `${regex}$`
}

export function portable(db: Kysely<any>): Portable {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter
  const match = (expression: Expression<unknown>, pattern: string, negate: boolean) =>
    postgres
      ? sql`${expression} ${sql.raw(negate ? '!~' : '~')} ${sql.lit(globToRegex(pattern))}`
      : sql`${expression} ${sql.raw(negate ? 'not glob' : 'glob')} ${sql.lit(pattern)}`
  // A cast that fails refuses the row, as json_valid does; jsonb_typeof of null is null.
  const jsonType = (column: string) => sql`jsonb_typeof(${sql.ref(column)}::jsonb)`
  return {
    postgres,
    strict: postgres ? sql`` : sql`strict`,
    real: postgres ? 'double precision' : 'real',
    glob: (expression, pattern) => match(expression, pattern, false),
    notGlob: (expression, pattern) => match(expression, pattern, true),
    json: (column) =>
      postgres
        ? sql`${jsonType(column)} is not null or ${sql.ref(column)} is null`
        : sql`json_valid(${sql.raw(column)})`,
    jsonObject: (column) =>
      postgres
        ? sql`${jsonType(column)} = 'object'`
        : sql`json_valid(${sql.raw(column)}) and json_type(${sql.raw(column)}) = 'object'`,
    ignoringCase: (column) =>
      postgres ? sql`lower(${sql.ref(column)})` : sql`${sql.raw(column)} collate nocase`,
    autoIncrementId: (table) =>
      table.addColumn('id', postgres ? 'bigint' : 'integer', (c) =>
        postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
      ) as typeof table,
    async createAppendOnlyTriggers(table) {
      const message = sql.lit(`${table} is append-only`)
      if (!postgres) {
        await sql`create trigger ${sql.raw(`${table}_no_update`)} before update on ${sql.raw(table)}
    begin select raise(abort, ${message}); end`.execute(db)
        await sql`create trigger ${sql.raw(`${table}_no_delete`)} before delete on ${sql.raw(table)}
    begin select raise(abort, ${message}); end`.execute(db)
        return
      }
      const refuse = sql.raw(`${table}_refuse_change`)
      await sql`create function ${refuse}() returns trigger language plpgsql as $$
        begin raise exception ${message}; end $$`.execute(db)
      for (const [name, event, each] of [
        ['no_update', 'update', 'row'],
        ['no_delete', 'delete', 'row'],
        ['no_truncate', 'truncate', 'statement'],
      ] as const) {
        await sql`create trigger ${sql.raw(`${table}_${name}`)} before ${sql.raw(event)}
          on ${sql.ref(table)} for each ${sql.raw(each)} execute function ${refuse}()`.execute(db)
      }
    },
    async dropAppendOnlyTriggers(table) {
      if (!postgres) {
        await sql`drop trigger if exists ${sql.raw(`${table}_no_update`)}`.execute(db)
        await sql`drop trigger if exists ${sql.raw(`${table}_no_delete`)}`.execute(db)
        return
      }
      await sql`drop function if exists ${sql.raw(`${table}_refuse_change`)}() cascade`.execute(db)
    },
  }
}
