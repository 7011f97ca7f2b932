import fc from 'fast-check'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, testStore } from '../../tests/helpers/test-db'
import { migrateToLatest } from '../migrate'
import { openDb, sqliteHandle } from '../open-db'
import type { Database } from '../schema'
import { globToRegex } from './portable'

/* One set of migrations builds the same schema on both stores (portable.ts holds the few
   differences); the PostgreSQL half runs in the postgres test project, beside a SQLite copy. */

describe('globToRegex', () => {
  const sqlite = openDb(':memory:')
  let postgres: Kysely<Database> | null = null
  beforeAll(async () => {
    if (testStore() === 'postgres') postgres = await createTestDb()
  })
  afterAll(() => sqlite.destroy())
  const glob = (text: string, pattern: string) =>
    sqliteHandle(sqlite).prepare('select ? glob ?').pluck().get(text, pattern) === 1
  /** PostgreSQL's own `~` where it runs; elsewhere a JS model of it (`.` matches a newline). */
  const regex = async (text: string, pattern: string) =>
    postgres
      ? (await sql<{ m: boolean }>`select ${text} ~ ${pattern} as m`.execute(postgres)).rows[0]!.m
      : new RegExp(pattern, 's').test(text)

  it('matches exactly what SQLite GLOB matches, for the patterns the migrations use', async () => {
    const patterns = [
      '[a-z0-9]*',
      '*[^a-z0-9-]*',
      '[12][0-9][0-9][0-9]-[01][0-9]',
      '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:*Z',
      'seed-[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]-*',
      '*[^a-zA-Z.-]*',
      'a?c.d+e',
    ]
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'az09-.:TZ+?x[]^\n'.split('')), maxLength: 30 }),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom('seed-2026-11-23-5f191ddf', 'abcxd+e', 'abc.d+e', 'scenario.save'),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...patterns), text, async (pattern, value) => {
        expect(await regex(value, globToRegex(pattern)), `${value} ~ ${pattern}`).toBe(
          glob(value, pattern),
        )
      }),
      { numRuns: 2000 },
    )
  })
})

/** Tables, their columns (name, kind of type, not null), keys, indexes and triggers. */
interface Shape {
  [table: string]: {
    columns: string[]
    primaryKey: string[]
    foreignKeys: string[]
    indexes: string[]
    triggers: string[]
  }
}

/** Each store's column types, as the kind of value they hold; anything else shows as itself. */
const SQLITE_TYPES: Record<string, string> = { text: 'text', integer: 'integer', real: 'real' }
// PostgreSQL's `real` (float4) is missing on purpose: it would lose digits SQLite's REAL keeps.
const POSTGRES_TYPES: Record<string, string> = {
  text: 'text',
  int4: 'integer',
  int8: 'integer',
  float8: 'real',
}

async function sqliteShape(db: Kysely<Database>): Promise<Shape> {
  const handle = sqliteHandle(db)
  const all = <T>(query: string, ...params: unknown[]) =>
    handle.prepare(query).all(...params) as T[]
  const shape: Shape = {}
  const tables = all<{ name: string }>(
    `select name from sqlite_master where type = 'table' and name not like 'kysely%' and name not like 'sqlite%'`,
  )
  for (const { name } of tables) {
    const columns = all<{ name: string; type: string; notnull: number; pk: number }>(
      'select * from pragma_table_info(?)',
      name,
    )
    shape[name] = {
      columns: columns.map(
        (c) =>
          `${c.name} ${SQLITE_TYPES[c.type.toLowerCase()] ?? c.type}${c.notnull || c.pk ? ' not null' : ''}`,
      ),
      primaryKey: columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      foreignKeys: all<{ from: string; table: string; to: string; on_delete: string }>(
        'select * from pragma_foreign_key_list(?)',
        name,
      )
        .map((f) => `${f.from} → ${f.table}.${f.to} on delete ${f.on_delete.toLowerCase()}`)
        .sort(),
      indexes: all<{ name: string; unique: number }>(
        `select name, "unique" from pragma_index_list(?) where origin = 'c'`,
        name,
      )
        .map((i) => `${i.name}${i.unique ? ' unique' : ''}`)
        .sort(),
      triggers: all<{ name: string }>(
        `select name from sqlite_master where type = 'trigger' and tbl_name = ?`,
        name,
      )
        .map((t) => t.name)
        .sort(),
    }
  }
  return shape
}

async function postgresShape(db: Kysely<Database>): Promise<Shape> {
  const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows
  const shape: Shape = {}
  const tables = await rows<{ name: string }>(sql`select tablename as name from pg_tables
    where schemaname = current_schema() and tablename not like 'kysely%'`)
  for (const { name } of tables) {
    const columns = await rows<{ name: string; type: string; nullable: string }>(sql`
      select column_name as name, udt_name as type, is_nullable as nullable
      from information_schema.columns
      where table_schema = current_schema() and table_name = ${name} order by ordinal_position`)
    const constraint = (type: 'p' | 'f') =>
      rows<{
        def: string
        columns: string[]
        target: string | null
        target_columns: string[] | null
      }>(sql`
        select pg_get_constraintdef(c.oid) as def,
          array(select a.attname from unnest(c.conkey) with ordinality k(n, i)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i)::text[] as columns,
          c.confrelid::regclass::text as target,
          array(select a.attname from unnest(c.confkey) k(n)
            join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n)::text[] as target_columns
        from pg_constraint c
        where c.conrelid = ${name}::regclass and c.contype = ${type}`)
    const onDelete = (def: string) =>
      (/on delete (cascade|set null|restrict)/i.exec(def)?.[1] ?? 'no action').toLowerCase()
    shape[name] = {
      columns: columns.map(
        (c) =>
          `${c.name} ${POSTGRES_TYPES[c.type] ?? c.type}${c.nullable === 'NO' ? ' not null' : ''}`,
      ),
      primaryKey: (await constraint('p'))[0]?.columns ?? [],
      foreignKeys: (await constraint('f'))
        .map(
          (f) =>
            `${f.columns[0]} → ${f.target}.${f.target_columns![0]} on delete ${onDelete(f.def)}`,
        )
        .sort(),
      // Indexes the migrations name; those behind a PRIMARY KEY or UNIQUE constraint are keys.
      indexes: (
        await rows<{ name: string; unique: boolean }>(sql`
          select i.relname as name, x.indisunique as unique from pg_index x
          join pg_class i on i.oid = x.indexrelid
          where x.indrelid = ${name}::regclass
            and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`)
      )
        .map((i) => `${i.name}${i.unique ? ' unique' : ''}`)
        .sort(),
      // TRUNCATE skips row triggers on PostgreSQL, so the audit log has one more there.
      triggers: (
        await rows<{ name: string }>(sql`select tgname as name from pg_trigger
          where tgrelid = ${name}::regclass and not tgisinternal and tgname not like '%_no_truncate'`)
      )
        .map((t) => t.name)
        .sort(),
    }
  }
  return shape
}

describe.runIf(testStore() === 'postgres')('the schema on both stores', () => {
  let postgres: Kysely<Database>
  let sqlite: Kysely<Database>
  beforeAll(async () => {
    postgres = await createTestDb()
    sqlite = openDb(':memory:')
    await migrateToLatest(sqlite)
  })
  afterAll(() => sqlite.destroy())

  it('has the same tables, columns, keys, indexes and triggers', async () => {
    const [onSqlite, onPostgres] = [await sqliteShape(sqlite), await postgresShape(postgres)]
    expect(Object.keys(onPostgres).sort()).toEqual(Object.keys(onSqlite).sort())
    for (const table of Object.keys(onSqlite)) {
      expect(onPostgres[table], table).toEqual(onSqlite[table])
    }
  })
})
