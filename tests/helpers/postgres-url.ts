/**
 * The PostgreSQL server tests and benchmarks use, and names of the schemas they make in it.
 * Nothing here needs vitest, so the benchmark can use it too.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The server the tests use; TEST_POSTGRES_URL may name another. */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'

/** Every schema a test run or benchmark makes starts with this, then the run's id. */
export const SCHEMA_PREFIX = 'c2030_t_'

/**
 * A DATABASE_URL whose connections work in `schema` only. `fast`: commits do not wait for the
 * WAL to reach the disk, for the unit tests' own connections. It risks nothing a unit test checks
 * (only a crash of PostgreSQL itself would lose such a commit); servers started by tests get the
 * plain URL, which the server's start-up check insists on, so the crash tests run as deployed.
 */
export function schemaUrl(schema: string, { fast = false } = {}, base = TEST_POSTGRES_URL): string {
  const url = new URL(base)
  url.searchParams.set(
    'options',
    `-c search_path=${schema}${fast ? ' -c synchronous_commit=off' : ''}`,
  )
  return url.toString()
}

export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/** True when the test server answers; false (never a throw) when it is down or unknown. */
export async function postgresReachable(url = TEST_POSTGRES_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** A run id for schema names: when it started (base 36, so old ones can be told), and by whom. */
export const runId = (started = Date.now()) => `${started.toString(36)}_${process.pid}`

/** When the run that made `schema` started, or NaN for a name not made here. */
export const runStarted = (schema: string) =>
  parseInt(schema.slice(SCHEMA_PREFIX.length).split('_')[0]!, 36)

/** A new, empty schema of its own (for a server to migrate and seed), and how to drop it. */
export async function createScratchSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `${SCHEMA_PREFIX}${runId()}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 })
  await admin.query(`create schema ${quoted(schema)}`)
  return {
    url: schemaUrl(schema),
    drop: async () => {
      await admin.query(`drop schema if exists ${quoted(schema)} cascade`)
      await admin.end()
    },
  }
}
