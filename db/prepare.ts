import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Kysely } from 'kysely'
import { parseDatabaseUrl } from './database-url'
import { exclusively, openDatabase, type OpenOptions } from './dialect'
import { migrateToLatest } from './migrate'
import { refreshReference } from './reference-refresh'
import type { Database } from './schema'
import { seedIfEmpty } from './seed'

/**
 * Opens the database a DATABASE_URL names (a SQLite file, creating its folder, or PostgreSQL;
 * the default file when undefined),
 * migrates and seeds it: everything a first start needs. A database from an earlier release gets
 * the current model's reference rows instead. On PostgreSQL one process at a time does this.
 */
export async function prepareDatabase(
  url: string | undefined,
  options: OpenOptions = {},
): Promise<Kysely<Database>> {
  const target = parseDatabaseUrl(url)
  if (target.kind === 'sqlite' && target.file !== ':memory:' && target.file !== '') {
    mkdirSync(dirname(target.file), { recursive: true })
  }
  const db = await openDatabase(target, options)
  try {
    await exclusively(db, async () => {
      await migrateToLatest(db)
      if (!(await seedIfEmpty(db))) await refreshReference(db)
    })
    return db
  } catch (error) {
    await db.destroy()
    throw error
  }
}
