import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Kysely } from 'kysely'
import { migrateToLatest } from './migrate'
import { openDb } from './open-db'
import { refreshReference } from './reference-refresh'
import type { Database } from './schema'
import { seedIfEmpty } from './seed'

/**
 * Opens (creating the folder), migrates and seeds the database: everything a first start needs.
 * A database from an earlier release gets the current model's reference rows instead.
 */
export async function prepareDatabase(filename: string): Promise<Kysely<Database>> {
  if (filename !== ':memory:' && filename !== '') mkdirSync(dirname(filename), { recursive: true })
  const db = openDb(filename)
  try {
    await migrateToLatest(db)
    if (!(await seedIfEmpty(db))) await refreshReference(db)
    return db
  } catch (error) {
    await db.destroy()
    throw error
  }
}
