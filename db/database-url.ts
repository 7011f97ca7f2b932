/**
 * What DATABASE_URL names: `postgres://…` (or `postgresql://…`) a shared PostgreSQL database,
 * anything else a SQLite file, optionally prefixed 'file:' or 'sqlite:' (':memory:' for a
 * throwaway one). The server and every command-line tool read it here, so they always agree.
 */
export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | {
      kind: 'postgres'
      url: string
      /** Host, port and database, without user or password: safe to print and log. */
      where: string
    }

export const DEFAULT_DATABASE_URL = './data/coverage2030.sqlite'

export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const url = raw?.trim() || DEFAULT_DATABASE_URL
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    return { kind: 'sqlite', file: url.replace(/^(sqlite|file):(\/\/)?/, '') }
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    // The text may hold a password: name only the part that is wrong.
    throw new Error('DATABASE_URL is not a valid postgres:// address')
  }
  const host = parsed.searchParams.get('host') || decodeURIComponent(parsed.hostname) || 'localhost'
  const database = decodeURIComponent(parsed.pathname.slice(1)) || '(default database)'
  return { kind: 'postgres', url, where: `${host}:${parsed.port || '5432'}/${database}` }
}

/** DATABASE_URL of the environment, as the server reads it. */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  return parseDatabaseUrl(env.DATABASE_URL)
}

/** For messages: the SQLite file, or the PostgreSQL host and database (never a password). */
export function describeTarget(target: DatabaseTarget): string {
  return target.kind === 'sqlite' ? target.file : `PostgreSQL at ${target.where}`
}
