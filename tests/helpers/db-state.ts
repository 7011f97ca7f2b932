/**
 * Looking at and breaking a test database in the same way on both stores: fingerprints of what
 * it holds, the names of its columns and indexes, the errors a constraint raises, and a fault
 * injected into one table's inserts.
 */
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../../db/dialect'
import { sqliteHandle } from '../../db/open-db'
import type { Database } from '../../db/schema'

/** A CHECK constraint refused the row (SQLite's words, then PostgreSQL's). */
export const CHECK_FAILED = /CHECK constraint failed|violates check constraint/
export const UNIQUE_FAILED = /UNIQUE constraint failed|duplicate key value violates unique/
export const FOREIGN_KEY_FAILED = /FOREIGN KEY constraint failed|violates foreign key constraint/
export const NOT_NULL_FAILED = /NOT NULL constraint failed|violates not-null constraint/

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

/**
 * The whole database: any write, even one rolled back oddly, changes it. SQLite: the file's
 * bytes. PostgreSQL: every row of every table in a fixed order, and where each sequence is.
 */
export async function databaseChecksum(db: Kysely<Database>): Promise<string> {
  if (dialectOf(db) === 'sqlite') return sha256(sqliteHandle(db).serialize())
  const { rows: tables } = await sql<{ name: string; kind: string }>`
    select relname as name, relkind::text as kind from pg_class
    where relnamespace = current_schema()::regnamespace and relkind in ('r', 'S')
    order by relname`.execute(db)
  const parts: string[] = []
  for (const { name, kind } of tables) {
    const { rows } = await sql<{ h: string | null }>`${
      kind === 'S'
        ? sql`select last_value::text || ':' || is_called::text as h from ${sql.table(name)}`
        : sql`select md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.table(name)} t`
    }`.execute(db)
    parts.push(`${name}:${rows[0]?.h ?? ''}`)
  }
  return sha256(parts.join('\n'))
}

/**
 * Changes made so far, to show that something wrote nothing. SQLite counts every changed row
 * (total_changes); on PostgreSQL, where no such count is kept, the rows of the tables an import
 * or a save writes.
 */
export async function writeCount(db: Kysely<Database>): Promise<string> {
  if (dialectOf(db) === 'sqlite') {
    return String(sqliteHandle(db).prepare('select total_changes()').pluck().get())
  }
  const { rows } = await sql<{ n: string }>`select concat_ws(',',
      (select count(*) from data_versions), (select count(*) from data_imports),
      (select count(*) from population), (select count(*) from audit_log),
      (select count(*) from scenarios)) as n`.execute(db)
  return rows[0]!.n
}

export async function columnsOf(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await (
    dialectOf(db) === 'sqlite'
      ? sql<{ name: string }>`select name from pragma_table_info(${table})`
      : sql<{ name: string }>`select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table} order by ordinal_position`
  ).execute(db)
  return rows.map((r) => r.name)
}

export async function indexesOf(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await (
    dialectOf(db) === 'sqlite'
      ? sql<{
          name: string
        }>`select name from sqlite_master where type = 'index' and tbl_name = ${table}`
      : sql<{ name: string }>`select indexname as name from pg_indexes
        where schemaname = current_schema() and tablename = ${table}`
  ).execute(db)
  return rows.map((r) => r.name)
}

/**
 * Makes every insert into `table` fail with `message` until the returned function is called:
 * a fault part-way through a transaction, after its other writes went through.
 */
export async function failInserts(
  db: Kysely<Database>,
  table: keyof Database & string,
  message = 'simulated fault',
): Promise<() => Promise<void>> {
  const name = sql.raw(`test_fault_${table}`)
  if (dialectOf(db) === 'sqlite') {
    await sql`create temp trigger ${name} before insert on ${sql.table(table)}
      begin select raise(abort, ${sql.lit(message)}); end`.execute(db)
    return async () => void (await sql`drop trigger ${name}`.execute(db))
  }
  await sql`create function ${name}() returns trigger language plpgsql as $$
    begin raise exception ${sql.lit(message)}; end $$`.execute(db)
  await sql`create trigger ${name} before insert on ${sql.table(table)}
    for each row execute function ${name}()`.execute(db)
  return async () => void (await sql`drop function ${name}() cascade`.execute(db))
}
