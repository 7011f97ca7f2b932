import type { Kysely } from 'kysely'
import { migrateToLatest } from '../../db/migrate'
import { openDb } from '../../db/open-db'
import type { Database } from '../../db/schema'
import { seedIfEmpty } from '../../db/seed'
import { loadSeedBundle } from '../../db/seed-bundle'

/**
 * A fresh in-memory database, migrated and seeded with the committed seed. The parsed seed is
 * cached per process by loadSeedBundle, so each call costs only the inserts (tens of ms).
 * Call `db.destroy()` when done.
 */
export async function createTestDb(): Promise<Kysely<Database>> {
  const db = openDb(':memory:')
  await migrateToLatest(db)
  await seedIfEmpty(db, loadSeedBundle())
  return db
}
