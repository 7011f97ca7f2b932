import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Kysely } from 'kysely'
import { migrateToLatest } from './migrate'
import { openDb } from './open-db'
import type { Database } from './schema'
import { seedIfEmpty } from './seed'

/** Opens (creating the folder), migrates and seeds the database: everything a first start needs. */
export async function prepareDatabase(filename: string): Promise<Kysely<Database>> {
  if (filename !== ':memory:' && filename !== '') mkdirSync(dirname(filename), { recursive: true })
  const db = openDb(filename)
  try {
    await migrateToLatest(db)
    await seedIfEmpty(db)
    return db
  } catch (error) {
    await db.destroy()
    throw error
  }
}
