import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './schema'

/** Connections each server process keeps open; PostgreSQL's own limit is shared by all of them. */
export const DEFAULT_POOL_SIZE = 10
const CONNECT_TIMEOUT_MS = 5_000

const INT8 = 20
const NUMERIC = 1700

/*
 * pg returns 64-bit integers (count(*), sum of integers, bigint ids) and numerics as strings, so
 * as not to lose precision past 2^53. Every such value here is a count or a row id far below
 * that, and the repositories expect numbers, as better-sqlite3 gives them.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value)
    return pg.types.getTypeParser(oid, format)
  },
}

/** The database could not be reached or refused the connection; the message is safe to print. */
export class DatabaseUnavailableError extends Error {
  constructor(where: string, cause: unknown) {
    super(`Cannot connect to PostgreSQL at ${where} (DATABASE_URL): ${reasonOf(cause)}`, { cause })
    this.name = 'DatabaseUnavailableError'
  }
}

/** The driver's reason in a few words: never the address with its password. */
function reasonOf(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the server running?)'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found'
    case 'ETIMEDOUT':
      return 'no answer in time'
    case 'ENOENT':
      return 'no server socket at that path'
    case '28P01':
    case '28000':
      return 'the user name or password was refused'
    case '3D000':
      return 'that database does not exist'
    case '57P03':
      return 'the server is starting up or shutting down'
  }
  if (message === 'timeout expired' || message?.includes('timeout exceeded')) {
    return 'no answer in time'
  }
  return 'the connection failed'
}

/** Distinct statements prepared by name; beyond it, new ones are sent unnamed as before. */
const MAX_NAMED_STATEMENTS = 500
/** Larger statements (bulk inserts of the seed and imports) vary too much to be worth keeping. */
const MAX_NAMED_LENGTH = 4_000
const MAX_NAMED_PARAMETERS = 100
const NAMEABLE = /^\s*(select|insert|update|delete|with)\b/i

/**
 * The queries a server sends are the same few texts over and over (the session, a save, the
 * model's revision). Sent unnamed, PostgreSQL parses and plans each one again every time, which
 * was about two thirds of its work for a small query here (pgbench: 0.26 ms a query unnamed,
 * 0.09 ms prepared). Each text gets a name the first time, so every connection parses it once
 * and afterwards only binds and runs it (pg keeps which names each connection has prepared).
 * Only reads and writes are named, not DDL or transaction control, and so a statement prepared
 * before a migration that changes its result columns would fail: migrations run before the
 * server answers (db/prepare.ts), on connections that then serve the same schema.
 */
export function statementNamer(max = MAX_NAMED_STATEMENTS) {
  const names = new Map<string, string>()
  return (text: string, values: readonly unknown[] | undefined): string | undefined => {
    const known = names.get(text)
    if (known !== undefined) return known
    if (
      names.size >= max ||
      text.length > MAX_NAMED_LENGTH ||
      (values?.length ?? 0) > MAX_NAMED_PARAMETERS ||
      !NAMEABLE.test(text)
    ) {
      return undefined
    }
    const name = `c2030_${names.size + 1}`
    names.set(text, name)
    return name
  }
}

type QueryFn = (...args: unknown[]) => unknown

/** Sends the queries Kysely makes (`query(text, values)`) as named statements where it can. */
function prepareByName(client: pg.PoolClient, nameOf: ReturnType<typeof statementNamer>) {
  const query = client.query.bind(client) as QueryFn
  const named: QueryFn = (...args) => {
    const [text, values] = args
    if (typeof text === 'string' && Array.isArray(values) && args.length === 2) {
      const name = nameOf(text, values)
      if (name !== undefined) return query({ name, text, values })
    }
    return query(...args)
  }
  ;(client as unknown as { query: QueryFn }).query = named
}

/**
 * A pooled PostgreSQL database. `log` hears of connections that fail while idle in the pool (the
 * server restarting, a network cut): pg raises those as 'error' events, which would otherwise end
 * the process; the pool drops the connection and the next query opens a new one.
 */
export function openPostgres(
  url: string,
  options: { poolSize?: number; log?: (message: string) => void } = {},
): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types,
  })
  const nameOf = statementNamer()
  pool.on('connect', (client) => prepareByName(client, nameOf))
  const log = options.log ?? console.error
  pool.on('error', (error: Error & { code?: string }) =>
    log(
      `PostgreSQL connection lost while idle: ${reasonOf(error)}${error.code ? ` (${error.code})` : ''}`,
    ),
  )
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}
