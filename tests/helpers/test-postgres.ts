/**
 * PostgreSQL for tests: the machine's own server (trust authentication), database `test`, one
 * schema per test database so that test files running in parallel never share state.
 *
 * Migrating and seeding a schema takes about a second, too slow for the many tests that each
 * want a fresh database. So the global setup (postgres-global-setup.ts) seeds one schema per
 * run; each test file migrates schemas of its own as it needs them, and every createTestDb()
 * hands out one of the file's schemas with the seed copied in afresh (TRUNCATE and INSERT …
 * SELECT, a few tens of ms). Databases made during a test are closed after it, those made in
 * beforeAll when the file ends (postgres-setup.ts); then the file's schemas are dropped.
 */
import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import pg from 'pg'
import { inject } from 'vitest'
import { migrateToLatest } from '../../db/migrate'
import { openPostgres } from '../../db/open-postgres'
import type { Database } from '../../db/schema'
import { quoted, SCHEMA_PREFIX, schemaUrl, TEST_POSTGRES_URL } from './postgres-url'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by postgres-global-setup.ts for the postgres test project. */
    postgres: { runId: string; seedSchema: string }
  }
}

let adminPool: pg.Pool | null = null
const admin = () => (adminPool ??= new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 2 }))

interface Held {
  schema: string
  /** Made while a test ran (or in its beforeEach): closed when it ends. */
  duringTest: boolean
}

let phase: 'file' | 'test' = 'file'
const held = new Map<Kysely<Database>, Held>()
/** Schemas of this file not in use, ready to be reset and handed out again. */
const idle: string[] = []
/** Every schema this file made, to drop at its end. */
const made = new Set<string>()
let layout: Promise<{ tables: string[]; identities: { table: string; column: string }[] }> | null =
  null
let seedFingerprint: Promise<string> | null = null

export function setPhase(next: 'file' | 'test') {
  phase = next
}

function run() {
  const provided = inject('postgres')
  if (!provided) throw new Error('The PostgreSQL test project was started without its setup')
  return provided
}

/** The seed schema's tables (the migrator's own excepted) and identity columns. */
function seedLayout() {
  layout ??= (async () => {
    const { seedSchema } = run()
    const tables = await admin().query<{ name: string }>(
      `select tablename as name from pg_tables
       where schemaname = $1 and tablename not like 'kysely\\_%' order by tablename`,
      [seedSchema],
    )
    const identities = await admin().query<{ table: string; column: string }>(
      `select table_name as table, column_name as column from information_schema.columns
       where table_schema = $1 and is_identity = 'YES'`,
      [seedSchema],
    )
    return { tables: tables.rows.map((r) => r.name), identities: identities.rows }
  })()
  return layout
}

/** Names of every table, column, constraint, index, trigger and function in a schema. */
async function fingerprint(schema: string): Promise<string> {
  const { rows } = await admin().query<{ f: string }>(
    `select string_agg(x, ',' order by x) as f from (
       select c.relname || ':' || c.relkind::text as x from pg_class c
         where c.relnamespace = $1::regnamespace
       union all select c.relname || '.' || a.attname || ':' || format_type(a.atttypid, a.atttypmod)
         from pg_attribute a join pg_class c on c.oid = a.attrelid
         where c.relnamespace = $1::regnamespace and a.attnum > 0 and not a.attisdropped
       union all select conname || ':' || replace(pg_get_constraintdef(oid), $1 || '.', '')
         from pg_constraint
         where connamespace = $1::regnamespace
       union all select t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
         where c.relnamespace = $1::regnamespace and not t.tgisinternal
       union all select proname from pg_proc where pronamespace = $1::regnamespace
     ) parts`,
    [schema],
  )
  return rows[0]?.f ?? ''
}

async function newSchema(): Promise<string> {
  const schema = `${SCHEMA_PREFIX}${run().runId}_${randomBytes(4).toString('hex')}`
  await admin().query(`create schema ${quoted(schema)}`)
  made.add(schema)
  const db = openPostgres(schemaUrl(schema, { fast: true }), { poolSize: 2 })
  try {
    await migrateToLatest(db)
  } finally {
    await db.destroy()
  }
  return schema
}

/** Empties `schema` and copies the seed in, as if it had just been migrated and seeded. */
async function resetToSeed(schema: string): Promise<void> {
  const { seedSchema } = run()
  const { tables, identities } = await seedLayout()
  const target = (table: string) => `${quoted(schema)}.${quoted(table)}`
  // As a replica, triggers (the audit log's refusals) and foreign-key checks stand aside.
  await admin().query(
    [
      'set session_replication_role = replica',
      `truncate ${tables.map(target).join(', ')} restart identity`,
      ...tables.map(
        (t) => `insert into ${target(t)} select * from ${quoted(seedSchema)}.${quoted(t)}`,
      ),
      ...identities.map(
        ({ table, column }) =>
          `select setval(pg_get_serial_sequence('${target(table)}', '${column}'),
             (select coalesce(max(${quoted(column)}), 0) + 1 from ${target(table)}), false)`,
      ),
      'reset session_replication_role',
    ].join(';\n'),
  )
}

/** A fresh, migrated and seeded PostgreSQL database (a schema) for one test or one file. */
export async function postgresTestDb(): Promise<Kysely<Database>> {
  const schema = await postgresTestSchema()
  const db = openPostgres(schemaUrl(schema, { fast: true }), { poolSize: 4 })
  held.set(db, { schema, duringTest: phase === 'test' })
  return db
}

/**
 * A seeded schema for a server process (its DATABASE_URL is schemaUrl(schema)); it stays this
 * file's until the file ends.
 */
export async function postgresTestSchema(): Promise<string> {
  const schema = idle.pop() ?? (await newSchema())
  await resetToSeed(schema)
  return schema
}

/**
 * Closes the databases a test made (or all, at the end of a file). A schema goes back to be
 * reused only if the test left its structure as the migrations made it; otherwise (a
 * migration run down, an injected trigger) it is dropped.
 */
export async function releaseTestDbs(which: 'test' | 'all'): Promise<void> {
  for (const [db, { schema, duringTest }] of held) {
    if (which === 'test' && !duringTest) continue
    held.delete(db)
    await db.destroy()
    const expected = await (seedFingerprint ??= fingerprint(run().seedSchema))
    if ((await fingerprint(schema)) === expected) idle.push(schema)
    else await dropSchema(schema)
  }
}

async function dropSchema(schema: string) {
  made.delete(schema)
  await admin().query(`drop schema if exists ${quoted(schema)} cascade`)
}

/** The end of a file: every database closed, every schema it made dropped. */
export async function dropFileSchemas(): Promise<void> {
  await releaseTestDbs('all')
  idle.length = 0
  for (const schema of made) await dropSchema(schema)
  await adminPool?.end()
  adminPool = null
}
